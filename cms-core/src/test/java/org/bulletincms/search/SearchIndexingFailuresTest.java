package org.bulletincms.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.bulletincms.testing.CapturedLog;
import org.bulletincms.testing.MovableClock;
import org.hibernate.search.engine.reporting.FailureContext;
import org.hibernate.search.util.common.SearchException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SearchIndexingFailuresTest {

    private final MovableClock clock = new MovableClock();
    private final SearchIndexingFailures failures = new SearchIndexingFailures(clock);
    private CapturedLog log;

    @BeforeEach
    void listen() {
        log = CapturedLog.of(SearchIndexingFailures.class);
    }

    @AfterEach
    void stopListening() {
        log.close();
    }

    @Test
    void theOutboxAgentPollingThroughADatabaseOutageIsOneWarningThatNothingIsLost() {
        for (int poll = 0; poll < 300; poll++) {
            failures.handle(failure(new IllegalStateException(new SQLTransientConnectionException("refused"))));
            clock.advance(Duration.ofMillis(100));
        }

        assertEquals(List.of(Level.WARNING), log.levels());
        assertTrue(
                log.records().get(0).getMessage().contains("nothing is lost"),
                log.records().get(0).getMessage());
    }

    @Test
    void aFailureThatRecursAfterAQuietMinuteIsLoggedAgainWithHowManyWereLeftOut() {
        for (int poll = 0; poll < 10; poll++) {
            failures.handle(failure(new IllegalArgumentException("broken mapping")));
        }
        clock.advance(SearchIndexingFailures.QUIET_PERIOD.plusSeconds(1));
        failures.handle(failure(new IllegalArgumentException("broken mapping")));

        assertEquals(List.of(Level.SEVERE, Level.SEVERE), log.levels());
        assertTrue(
                log.records().get(1).getMessage().contains("9 alike left out"),
                log.records().get(1).getMessage());
    }

    @Test
    void theOutboxAgentMeetingAStoppedOpenSearchIsOneWarningWithoutAStackThatNothingIsLost() {
        System.setProperty(SearchEngine.SETTING, "opensearch");
        try {
            for (int poll = 0; poll < 100; poll++) {
                failures.handle(failure(new SearchException(
                        "HSEARCH400007: Elasticsearch request failed: Connection refused",
                        new ConnectException("Connection refused"))));
                clock.advance(Duration.ofMillis(100));
            }
        } finally {
            System.clearProperty(SearchEngine.SETTING);
        }

        assertEquals(List.of(Level.WARNING), log.levels());
        assertNull(log.records().get(0).getThrown());
        assertTrue(
                log.records().get(0).getMessage().contains("nothing is lost"),
                log.records().get(0).getMessage());
    }

    private static FailureContext failure(Throwable throwable) {
        FailureContext.Builder builder = FailureContext.builder();
        builder.throwable(throwable);
        builder.failingOperation("Processing an outbox event");
        return builder.build();
    }
}
