package org.bulletincms.webhook;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * When a failed delivery is tried again: exponential backoff ({@code base × 2^(attempts-1)}, capped at
 * {@code max}) with "equal jitter" (a random point in the upper half of that delay), so receivers that come back
 * are not hit by every sender at the same instant. After {@code maxAttempts} attempts a delivery is given up.
 */
public record RetrySchedule(Duration base, Duration max, int maxAttempts) {

    public RetrySchedule {
        if (base.isNegative() || base.isZero()) {
            throw new IllegalArgumentException("the retry base delay must be positive, but is " + base);
        }
        if (max.compareTo(base) < 0) {
            throw new IllegalArgumentException("the longest retry delay " + max + " is shorter than the base " + base);
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("at least one attempt is needed, but the limit is " + maxAttempts);
        }
    }

    /** Whether a delivery that failed {@code attempts} times is tried again. */
    public boolean retriesAfter(int attempts) {
        return attempts < maxAttempts;
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
