package org.bulletincms.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DatabaseOutageTest {

    private static final Instant BEGAN = Instant.parse("2026-12-06T01:00:00Z");
    private final Logger log = Logger.getLogger(DatabaseOutage.class.getName());
    private final List<LogRecord> logged = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private final DatabaseOutage outage = new DatabaseOutage(Clock.fixed(BEGAN, ZoneOffset.UTC));

    @BeforeEach
    void captureTheLog() {
        log.addHandler(capture);
    }

    @AfterEach
    void releaseTheLog() {
        log.removeHandler(capture);
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

        assertEquals(List.of(Level.WARNING, Level.INFO), logged.stream().map(LogRecord::getLevel).toList());
        assertTrue(logged.get(0).getMessage().contains("Connection to localhost:5432 refused"), logged.get(0)::getMessage);
        assertTrue(outage.since().isEmpty());
    }

    @Test
    void aFailureThatIsNotAboutTheDatabaseBeingAwayIsNoOutage() {
        assertFalse(outage.noticed(new IllegalStateException("a bug")));
        outage.reached();

        assertTrue(outage.since().isEmpty());
        assertEquals(List.of(), logged);
    }
}
