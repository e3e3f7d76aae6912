package org.bulletincms.deploy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A child server process that is stopped gracefully (SIGTERM to it and its descendants), then forcibly. */
public final class ServerProcess implements AutoCloseable {

    private static final Duration GRACE = Duration.ofSeconds(30);

    private final String name;
    private final Process process;

    public ServerProcess(String name, Process process) {
        this.name = name;
        this.process = process;
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
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("process " + handle.pid() + " did not die within 30 s of SIGKILL", e);
        }
    }

    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(GRACE.toSeconds(), TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
