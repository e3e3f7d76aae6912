package org.bulletincms.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class BackOffTest {

    private static final Instant NOW = Instant.parse("2026-12-06T00:00:00Z");
    private final BackOff backOff = new BackOff(Duration.ofSeconds(1), Duration.ofSeconds(16));

    @Test
    void thePauseDoublesWithEachFailedRoundUpToTheLongest() {
        assertEquals(Duration.ofSeconds(1), backOff.failed(NOW));
        assertEquals(Duration.ofSeconds(2), backOff.failed(NOW));
        assertEquals(Duration.ofSeconds(4), backOff.failed(NOW));
        assertEquals(Duration.ofSeconds(8), backOff.failed(NOW));
        assertEquals(Duration.ofSeconds(16), backOff.failed(NOW));
        for (int i = 0; i < 100; i++) {
            assertEquals(Duration.ofSeconds(16), backOff.failed(NOW));
        }
    }

    @Test
    void aScheduledLoopSkipsItsRoundsUntilThePauseIsOver() {
        assertTrue(backOff.due(NOW), "no failure yet: every round is due");
        backOff.failed(NOW);
        backOff.failed(NOW);

        assertFalse(backOff.due(NOW.plusMillis(1999)));
        assertTrue(backOff.due(NOW.plusSeconds(2)));
    }

    @Test
    void aSuccessEndsThePauseAndTheNextFailureStartsSmallAgain() {
        backOff.failed(NOW);
        backOff.failed(NOW);
        backOff.failed(NOW);

        backOff.succeeded();

        assertTrue(backOff.due(NOW));
        assertEquals(Duration.ofSeconds(1), backOff.failed(NOW));
    }

    @Test
    void aBackOffWithoutAPositiveFirstPauseIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new BackOff(Duration.ZERO, Duration.ofSeconds(1)));
        assertThrows(IllegalArgumentException.class, () -> new BackOff(Duration.ofSeconds(2), Duration.ofSeconds(1)));
    }
}
