package org.bulletincms.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLTransientConnectionException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.hibernate.search.engine.reporting.FailureContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SearchIndexingFailuresTest {

    private final List<LogRecord> logged = new ArrayList<>();
    private final Logger logger = Logger.getLogger(SearchIndexingFailures.class.getName());
    private final Handler handler = new Handler() {
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
    private Instant now = Instant.parse("2026-12-06T02:00:00Z");
    private final SearchIndexingFailures failures = new SearchIndexingFailures(new Clock() {
        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    });

    @BeforeEach
    void listen() {
        logger.addHandler(handler);
    }

    @AfterEach
    void stopListening() {
        logger.removeHandler(handler);
    }

    @Test
    void theOutboxAgentPollingThroughADatabaseOutageIsOneWarningThatNothingIsLost() {
        for (int poll = 0; poll < 300; poll++) {
            failures.handle(failure(new IllegalStateException(new SQLTransientConnectionException("refused"))));
            now = now.plusMillis(100);
        }

        assertEquals(List.of(Level.WARNING), logged.stream().map(LogRecord::getLevel).toList());
        assertTrue(logged.get(0).getMessage().contains("nothing is lost"), logged.get(0).getMessage());
    }

    @Test
    void aFailureThatRecursAfterAQuietMinuteIsLoggedAgainWithHowManyWereLeftOut() {
        for (int poll = 0; poll < 10; poll++) {
            failures.handle(failure(new IllegalArgumentException("broken mapping")));
        }
        now = now.plus(SearchIndexingFailures.QUIET_PERIOD).plus(Duration.ofSeconds(1));
        failures.handle(failure(new IllegalArgumentException("broken mapping")));

        assertEquals(List.of(Level.SEVERE, Level.SEVERE), logged.stream().map(LogRecord::getLevel).toList());
        assertTrue(logged.get(1).getMessage().contains("9 alike left out"), logged.get(1).getMessage());
    }

    private static FailureContext failure(Throwable throwable) {
        FailureContext.Builder builder = FailureContext.builder();
        builder.throwable(throwable);
        builder.failingOperation("Processing an outbox event");
        return builder.build();
    }
}
