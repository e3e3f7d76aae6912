package org.bulletincms.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    private final RetrySchedule schedule = new RetrySchedule(Duration.ofSeconds(5), Duration.ofHours(1), 15);

    @Test
    void theDelayDoublesWithEachFailedAttempt() {
        assertEquals(Duration.ofMillis(2500), schedule.delayAfter(1, () -> 0.0));
        assertEquals(Duration.ofSeconds(5), schedule.delayAfter(2, () -> 0.0));
        assertEquals(Duration.ofSeconds(10), schedule.delayAfter(3, () -> 0.0));
        assertEquals(Duration.ofSeconds(20), schedule.delayAfter(4, () -> 0.0));
    }

    @Test
    void jitterPicksAPointInTheUpperHalfOfTheDelay() {
        assertEquals(Duration.ofMillis(3750), schedule.delayAfter(1, () -> 0.5));
        Duration highest = schedule.delayAfter(1, () -> 0.999999999);
        assertTrue(highest.compareTo(Duration.ofMillis(4990)) > 0 && highest.compareTo(Duration.ofSeconds(5)) <= 0,
                highest::toString);
    }

    @Test
    void theDelayNeverExceedsTheMaximumHowEverManyAttemptsFailed() {
        assertEquals(Duration.ofMinutes(30), schedule.delayAfter(13, () -> 0.0));
        assertEquals(Duration.ofMinutes(30), schedule.delayAfter(1000, () -> 0.0));
        assertEquals(Duration.ofMinutes(30), schedule.delayAfter(Integer.MAX_VALUE, () -> 0.0));
        assertTrue(schedule.delayAfter(Integer.MAX_VALUE, () -> 0.999999999).compareTo(Duration.ofHours(1)) <= 0);
    }

    @Test
    void afterTheLastAttemptNoRetryFollows() {
        assertTrue(schedule.retriesAfter(14));
        assertFalse(schedule.retriesAfter(15));
    }

    @Test
    void nonsensicalSchedulesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new RetrySchedule(Duration.ZERO, Duration.ofHours(1), 3));
        assertThrows(IllegalArgumentException.class,
                () -> new RetrySchedule(Duration.ofSeconds(5), Duration.ofSeconds(1), 3));
        assertThrows(IllegalArgumentException.class,
                () -> new RetrySchedule(Duration.ofSeconds(5), Duration.ofHours(1), 0));
    }
}
