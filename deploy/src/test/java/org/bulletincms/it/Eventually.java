package org.bulletincms.it;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Reads again until what a user would see holds, for effects the product documents as following a commit
 * shortly rather than within it (the search index is updated from the database's outbox by a background agent).
 * Fails the test at the deadline with the last answer; never sleeps longer than one poll.
 */
public final class Eventually {

    /** The search index follows a commit within a second on a quiet machine; generous for a loaded CI machine. */
    public static final Duration INDEXED = Duration.ofSeconds(30);

    private static final Duration POLL = Duration.ofMillis(100);

    private Eventually() {}

    /** The first answer of {@code read} that {@code holds}, read again every 100 ms until {@code within} has passed. */
    public static <T> T until(Supplier<T> read, Predicate<T> holds, Duration within, String what) {
        Instant deadline = Instant.now().plus(within);
        while (true) {
            T answer = read.get();
            if (holds.test(answer)) {
                return answer;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(what + " did not happen within " + within + "; last answer: " + answer);
            }
            LockSupport.parkNanos(POLL.toNanos());
        }
    }

    /** The first reply of a search that finds something, for a text that was just published or extracted. */
    public static Api.Reply found(Supplier<Api.Reply> search, Predicate<Api.Reply> finds) {
        return until(search, reply -> reply.status() == 200 && finds.test(reply), INDEXED, "finding it by search");
    }
}
