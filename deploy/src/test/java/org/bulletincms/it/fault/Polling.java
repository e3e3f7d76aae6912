package org.bulletincms.it.fault;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/** Waiting without sleeping a guessed time: poll until something holds, fail at a deadline, report how long it took. */
public final class Polling {

    private static final Duration INTERVAL = Duration.ofMillis(200);

    private Polling() {}

    /** What a poll found, and how long after the start of the wait. */
    public record Found<T>(T value, Duration after) {}

    /**
     * Polls {@code probe} until it finds something; fails the test when {@code deadline} passes first. A probe that
     * throws counts as "not yet" (a server that is down refuses connections), but its failure is kept for the
     * message.
     */
    public static <T> Found<T> await(String what, Duration deadline, Supplier<Optional<T>> probe) {
        return await(what, deadline, INTERVAL, probe);
    }

    /** As {@link #await(String, Duration, Supplier)}, polling every {@code interval} (to measure short times). */
    public static <T> Found<T> await(String what, Duration deadline, Duration interval, Supplier<Optional<T>> probe) {
        long start = System.nanoTime();
        RuntimeException last = null;
        while (true) {
            try {
                Optional<T> found = probe.get();
                if (found.isPresent()) {
                    return new Found<>(found.get(), Duration.ofNanos(System.nanoTime() - start));
                }
            } catch (RuntimeException e) {
                last = e;
            }
            if (System.nanoTime() - start > deadline.toNanos()) {
                AssertionError failure = new AssertionError("no " + what + " within " + deadline);
                if (last != null) {
                    failure.initCause(last);
                }
                throw failure;
            }
            LockSupport.parkNanos(interval.toNanos());
        }
    }
}
