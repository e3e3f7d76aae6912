package org.bulletincms.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.logging.Level;
import org.bulletincms.testing.CapturedLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DatabaseOutageTest {

    private static final Instant BEGAN = Instant.parse("2026-12-06T01:00:00Z");
    private final DatabaseOutage outage = new DatabaseOutage(Clock.fixed(BEGAN, ZoneOffset.UTC));

    private CapturedLog log;

    @BeforeEach
    void captureTheLog() {
        log = CapturedLog.of(DatabaseOutage.class);
    }

    @AfterEach
    void releaseTheLog() {
        log.close();
    }

    @Test
    void anOutageIsLoggedOnceHoweverManyFailuresReportItAndItsEndOnce() {
        SQLException refused = new SQLException("Connection to localhost:5432 refused", "08001");

        for (int i = 0; i < 1000; i++) {
            assertTrue(outage.noticed(new RuntimeException(refused)));
        }
        assertEquals(BEGAN, outage.since().orElseThrow());
        outage.reached();
        outage.reached();

        assertEquals(List.of(Level.WARNING, Level.INFO), log.levels());
        assertTrue(
                log.records().get(0).getMessage().contains("Connection to localhost:5432 refused"),
                log.records().get(0)::getMessage);
        assertTrue(outage.since().isEmpty());
    }

    @Test
    void aFailureThatIsNotAboutTheDatabaseBeingAwayIsNoOutage() {
        assertFalse(outage.noticed(new IllegalStateException("a bug")));
        outage.reached();

        assertTrue(outage.since().isEmpty());
        assertEquals(List.of(), log.records());
    }
}
