package org.bulletincms.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    /** The defaults of cms.webhooks.retry-base-millis, retry-max-millis and give-up-after-hours. */
    private final RetrySchedule schedule =
            new RetrySchedule(Duration.ofSeconds(5), Duration.ofHours(1), RetrySchedule.DEFAULT_GIVE_UP_AFTER);

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
        assertTrue(
                highest.compareTo(Duration.ofMillis(4990)) > 0 && highest.compareTo(Duration.ofSeconds(5)) <= 0,
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
    void aDeliveryIsRetriedUntilItHasBeenTriedForTheWholePeriodAndNoLonger() {
        assertTrue(schedule.retriesAfter(Duration.ofHours(72).minusMillis(1)));
        assertFalse(schedule.retriesAfter(Duration.ofHours(72)));
        assertFalse(schedule.retriesAfter(Duration.ofDays(30)));
    }

    /**
     * The span the schedule really covers, attempt by attempt, with the shortest and the longest jitter: a
     * receiver down for 72 hours (the old limit of 15 attempts gave up after 3 to 5 hours) still gets its event,
     * and the last attempt comes no later than one longest delay after the period.
     */
    @Test
    void withTheDefaultsADeliveryIsTriedForAtLeast72HoursAndGivenUpSoonAfter() {
        for (double jitter : new double[] {0.0, 0.999999999}) {
            Duration tried = Duration.ZERO; // the first attempt is at once
            int attempts = 1;
            while (schedule.retriesAfter(tried)) {
                tried = tried.plus(schedule.delayAfter(attempts, () -> jitter));
                attempts++;
            }
            Duration lastAttempt = tried;
            assertTrue(lastAttempt.compareTo(Duration.ofHours(72)) >= 0, "given up after " + lastAttempt);
            assertTrue(lastAttempt.compareTo(Duration.ofHours(73)) <= 0, "given up after " + lastAttempt);
            assertTrue(attempts >= 75 && attempts <= 160, attempts + " attempts");
        }
    }

    @Test
    void nonsensicalSchedulesAreRefused() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new RetrySchedule(Duration.ZERO, Duration.ofHours(1), Duration.ofHours(72)));
        assertThrows(
                IllegalArgumentException.class,
                () -> new RetrySchedule(Duration.ofSeconds(5), Duration.ofSeconds(1), Duration.ofHours(72)));
        assertThrows(
                IllegalArgumentException.class,
                () -> new RetrySchedule(Duration.ofSeconds(5), Duration.ofHours(2), Duration.ofHours(1)));
    }
}
