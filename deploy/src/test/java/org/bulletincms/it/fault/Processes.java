package org.bulletincms.it.fault;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Function;

/**
 * The processes a suite of the tests' own runs, stopped in the reverse order of their start: a WildFly before the
 * database and the search engine it uses, so that it does not log a storm of failures at engines that went away
 * under it. Each start is timed and recorded ({@link FaultTimes}) so the README reports what was measured.
 */
public final class Processes implements AutoCloseable {

    private final Deque<AutoCloseable> stopFirst = new ArrayDeque<>();

    /**
     * Starts {@code process} with {@code start} (which returns how long the start took) and records the time; the
     * process is stopped with the others even when its start fails.
     */
    public <P extends AutoCloseable> P start(String what, P process, Function<P, Duration> start, Duration deadline) {
        stopFirst.push(process);
        FaultTimes.record(what, start.apply(process), deadline);
        return process;
    }

    /** A process the suite does not start (a test starts it when it needs it), stopped with the others. */
    public <P extends AutoCloseable> P stopWithTheOthers(P process) {
        stopFirst.push(process);
        return process;
    }

    @Override
    public void close() {
        while (!stopFirst.isEmpty()) {
            AutoCloseable process = stopFirst.pop();
            try {
                process.close();
            } catch (Exception e) {
                // the others must still stop: a process left behind holds its ports for the next run
                System.err.println("could not stop " + process + ": " + e);
            }
        }
    }
}
