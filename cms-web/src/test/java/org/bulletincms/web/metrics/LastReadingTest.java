package org.bulletincms.web.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.bulletincms.database.DatabaseOutage;
import org.bulletincms.testing.CapturedLog;
import org.bulletincms.testing.MovableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LastReadingTest {

    private static final Backlog FIVE_QUEUED = new Backlog(5, 1, 2, 7, 3, 4, 12.5);
    private static final Duration SHELF_LIFE = Duration.ofSeconds(15);

    private final MovableClock clock = new MovableClock();
    private final DatabaseOutage outage = new DatabaseOutage();
    private final LastReading reading = new LastReading(SHELF_LIFE, clock, outage);
    private CapturedLog log;

    @BeforeEach
    void listen() {
        log = CapturedLog.of(LastReading.class, DatabaseOutage.class);
    }

    @AfterEach
    void stopListening() {
        log.close();
    }

    @Test
    void beforeTheFirstReadingEveryFigureIsNaN() {
        assertTrue(Double.isNaN(reading.value(Backlog::sourcesQueued)));
    }

    @Test
    void aFreshReadingIsReportedUntilItsShelfLifeEnds() {
        reading.refresh(() -> FIVE_QUEUED);

        clock.advance(SHELF_LIFE);

        assertEquals(5.0, reading.value(Backlog::sourcesQueued));
        assertEquals(12.5, reading.value(Backlog::oldestPendingSeconds));
    }

    @Test
    void aReadingOlderThanItsShelfLifeIsNaNRatherThanAStaleFigure() {
        reading.refresh(() -> FIVE_QUEUED);

        clock.advance(SHELF_LIFE.plusSeconds(1));

        assertTrue(Double.isNaN(reading.value(Backlog::sourcesQueued)));
    }

    @Test
    void aFailedRefreshKeepsTheLastReadingWhileItIsFreshAndNeverThrows() {
        reading.refresh(() -> FIVE_QUEUED);
        clock.advance(Duration.ofSeconds(5));

        reading.refresh(LastReadingTest::databaseDown);

        assertEquals(5.0, reading.value(Backlog::sourcesQueued));
        clock.advance(SHELF_LIFE);
        assertTrue(Double.isNaN(reading.value(Backlog::sourcesQueued)));
    }

    @Test
    void aDatabaseOutageIsTheNodesOneOutageLoggedOnceWhenItStartsAndOnceWhenItEnds() {
        reading.refresh(() -> FIVE_QUEUED);
        for (int i = 0; i < 10; i++) {
            reading.refresh(LastReadingTest::databaseDown);
        }
        assertTrue(outage.since().isPresent(), "the node knows the database is away");
        reading.refresh(() -> FIVE_QUEUED);
        reading.refresh(() -> FIVE_QUEUED);

        assertEquals(List.of(DatabaseOutage.class.getName(), DatabaseOutage.class.getName()), log.loggerNames());
        assertEquals(List.of(Level.WARNING, Level.INFO), log.levels());
        assertTrue(outage.since().isEmpty());
        assertEquals(5.0, reading.value(Backlog::sourcesQueued));
    }

    @Test
    void anotherFailureToReadIsLoggedHereOnceWhenItStartsAndOnceWhenItEnds() {
        reading.refresh(() -> FIVE_QUEUED);
        for (int i = 0; i < 10; i++) {
            reading.refresh(LastReadingTest::queryBroken);
        }
        reading.refresh(() -> FIVE_QUEUED);

        assertEquals(List.of(Level.WARNING, Level.INFO), log.levels());
        assertEquals(List.of(LastReading.class.getName(), LastReading.class.getName()), log.loggerNames());
    }

    private static Backlog databaseDown() {
        throw new IllegalStateException(new java.sql.SQLTransientConnectionException("connection refused"));
    }

    private static Backlog queryBroken() {
        throw new IllegalStateException("column does not exist");
    }
}
