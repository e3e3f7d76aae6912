package org.bulletincms.deploy;

import java.time.Duration;
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
