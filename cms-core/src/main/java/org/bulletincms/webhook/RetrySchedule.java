package org.bulletincms.webhook;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * When a failed delivery is tried again: exponential backoff ({@code base × 2^(attempts-1)}, capped at
 * {@code max}) with "equal jitter" (a random point in the upper half of that delay), so receivers that come back
 * are not hit by every sender at the same instant. A delivery is given up only once it has been tried for
 * {@code giveUpAfter} (72 hours by default): the limit is a duration rather than a number of attempts, so a
 * receiver that is down over a weekend still gets its events whatever the delays are set to.
 */
public record RetrySchedule(Duration base, Duration max, Duration giveUpAfter) {

    /** How long a delivery is retried by default: a receiver down from Friday evening to Monday morning. */
    public static final Duration DEFAULT_GIVE_UP_AFTER = Duration.ofHours(72);

    public RetrySchedule {
        if (base.isNegative() || base.isZero()) {
            throw new IllegalArgumentException("the retry base delay must be positive, but is " + base);
        }
        if (max.compareTo(base) < 0) {
            throw new IllegalArgumentException("the longest retry delay " + max + " is shorter than the base " + base);
        }
        if (giveUpAfter.compareTo(max) < 0) {
            throw new IllegalArgumentException("deliveries would be given up after " + giveUpAfter
                    + ", before even one longest retry delay (" + max + ")");
        }
    }

    /** Whether a delivery whose attempts began {@code tryingFor} ago, and which just failed again, is retried. */
    public boolean retriesAfter(Duration tryingFor) {
        return tryingFor.compareTo(giveUpAfter) < 0;
    }

    /** The pause after the {@code attempts}-th failed attempt; {@code random} yields values in [0, 1). */
    public Duration delayAfter(int attempts, DoubleSupplier random) {
        long capMillis = max.toMillis();
        long exponential = base.toMillis();
        for (int failed = 1; failed < attempts && exponential < capMillis; failed++) {
            exponential *= 2;
        }
        long capped = Math.min(exponential, capMillis);
        long half = capped / 2;
        return Duration.ofMillis(capped - half + (long) (random.getAsDouble() * half));
    }
}
