package org.bulletincms.deploy;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A child server process that is stopped with everything it started: SIGTERM to the whole tree, a grace period,
 * then SIGKILL to whatever is still alive. {@link #close()} returns only when no process of the tree is left, or
 * after a bounded time.
 *
 * <p>Why the whole tree and not the child: {@code standalone.sh} runs WildFly's JVM as its own child and dies at
 * once on SIGTERM, while the JVM takes its time to shut down (longer when it is busy). Waiting for the script
 * alone returned while WildFly was still running, and the run command exited leaving it an orphan. A process
 * whose parent died is re-parented to init and no longer shows among the descendants, so the tree is taken
 * before signalling and every member is waited for by its own handle.
 */
public final class ServerProcess implements AutoCloseable {

    /** How long a server may take to stop after SIGTERM before it is killed. */
    public static final Duration GRACE = Duration.ofSeconds(30);
    /** How long the kernel gets to reap killed processes. */
    static final Duration KILL_WAIT = Duration.ofSeconds(10);

    private final String name;
    private final Process process;
    private final Duration grace;

    public ServerProcess(String name, Process process) {
        this(name, process, GRACE);
    }

    ServerProcess(String name, Process process, Duration grace) {
        this.name = name;
        this.process = process;
        this.grace = grace;
    }

    public Process process() {
        return process;
    }

    public String name() {
        return name;
    }

    /**
     * Kills the server as a crash would: SIGKILL to the JVM, with no chance to finish a transaction or flush a
     * file. Then the children it leaves behind (the launch script, parser processes) are killed too, so a test
     * that crashes the server leaves no orphans.
     */
    public void kill() {
        List<ProcessHandle> family = process.descendants().toList();
        // the server's own JVM first (the script's child), so nothing else dies before it
        process.children().forEach(ServerProcess::killAndAwait);
        family.forEach(ServerProcess::killAndAwait);
        killAndAwait(process.toHandle());
    }

    private static void killAndAwait(ProcessHandle handle) {
        handle.destroyForcibly();
        try {
            handle.onExit().get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("process " + handle.pid() + " did not die within 30 s of SIGKILL", e);
        }
    }

    /** Stops the server and its descendants; returns after at most the grace period plus {@link #KILL_WAIT}. */
    @Override
    public void close() {
        Set<ProcessHandle> tree = new LinkedHashSet<>();
        collect(tree);
        if (tree.stream().noneMatch(ProcessHandle::isAlive)) {
            return;
        }
        // Children first: a script that dies first would leave its children to init before they are signalled.
        tree.stream().filter(handle -> !handle.equals(process.toHandle())).forEach(ProcessHandle::destroy);
        process.destroy();
        List<ProcessHandle> survivors = awaitExit(tree, grace);
        if (!survivors.isEmpty()) {
            System.out.println(name + " did not stop within " + grace.toSeconds() + " s; killing " + survivors.size()
                    + " process(es).");
            survivors.forEach(ProcessHandle::destroyForcibly);
            awaitExit(tree, KILL_WAIT);
        }
    }

    /** Adds the process and every live descendant to {@code tree}; members that already died stay in it. */
    private void collect(Set<ProcessHandle> tree) {
        tree.add(process.toHandle());
        process.descendants().forEach(tree::add);
        List.copyOf(tree).stream()
                .filter(ProcessHandle::isAlive)
                .forEach(h -> h.descendants().forEach(tree::add));
    }

    /** Waits until every member of {@code tree} has exited or {@code timeout} passed; returns the survivors. */
    private List<ProcessHandle> awaitExit(Set<ProcessHandle> tree, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            List<ProcessHandle> alive =
                    tree.stream().filter(ProcessHandle::isAlive).toList();
            // A member may start a process while stopping (WildFly's parser processes): stop that one too.
            alive.forEach(handle -> handle.descendants().filter(tree::add).forEach(ProcessHandle::destroy));
            alive = tree.stream().filter(ProcessHandle::isAlive).toList();
            long left = Duration.between(Instant.now(), deadline).toMillis();
            if (alive.isEmpty() || left <= 0) {
                return alive;
            }
            try {
                alive.get(0).onExit().get(Math.min(left, 250), TimeUnit.MILLISECONDS);
            } catch (TimeoutException | ExecutionException e) {
                // look again: another member may have gone, or started a process
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return tree.stream().filter(ProcessHandle::isAlive).toList();
            }
        }
    }
}
