package org.bulletincms.database;

import java.time.Duration;
import java.time.Instant;

/**
 * How long a background loop waits after a failed round: {@code first}, then twice as long after each further
 * failure, never more than {@code longest}; back to no wait after a success. One per loop (or per worker thread):
 * not thread-safe.
 */
public final class BackOff {

    private final Duration first;
    private final Duration longest;
    private Duration current = Duration.ZERO;
    private Instant notBefore = Instant.MIN;

    public BackOff(Duration first, Duration longest) {
        if (first.isNegative() || first.isZero() || longest.compareTo(first) < 0) {
            throw new IllegalArgumentException("a back-off needs 0 < first <= longest, not " + first + ", " + longest);
        }
        this.first = first;
        this.longest = longest;
    }

    /** A round failed at {@code now}: answers how long to wait before the next one. */
    public Duration failed(Instant now) {
        current = current.isZero() ? first : min(current.multipliedBy(2), longest);
        notBefore = now.plus(current);
        return current;
    }

    public void succeeded() {
        current = Duration.ZERO;
        notBefore = Instant.MIN;
    }

    /** Whether a loop that is polled anyway (a scheduled task) should try a round at {@code now}. */
    public boolean due(Instant now) {
        return !now.isBefore(notBefore);
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
