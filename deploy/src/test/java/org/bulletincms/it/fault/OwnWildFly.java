package org.bulletincms.it.fault;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bulletincms.deploy.Readiness;
import org.bulletincms.deploy.ServerProcess;
import org.bulletincms.deploy.WildFlyServer;

/**
 * The fault suite's WildFly: its own copy of the provisioned server ({@code target/fault-server}, fresh every run),
 * the test WAR in its deployments folder, started with {@code bin/standalone.sh} as a child process on its own port
 * offset, with the integration tests' options. Tests kill it with SIGKILL and start it again on the same data.
 */
public final class OwnWildFly implements AutoCloseable {

    /**
     * Boot plus deployment takes 40-60 s on 2 cores with a normal load, and a restart 39-60 s at a load average of
     * about 20; with five engineers' builds on the same 2 cores (load average above 40) the first start (schema
     * migration included) was measured at 179 s and 268 s. 3 × the loaded minute, and more.
     */
    public static final Duration START_DEADLINE = Duration.ofMinutes(5);

    private final WildFlyServer server;
    private final List<String> arguments;
    private final Path console;
    private ServerProcess running;

    OwnWildFly(WildFlyServer server, List<String> arguments, Path console) {
        this.server = server;
        this.arguments = List.copyOf(arguments);
        this.console = console;
    }

    static OwnWildFly of(
            Path home,
            Path dataDir,
            URI providerUrl,
            int portOffset,
            String javaOpts,
            Map<String, String> environment,
            List<String> arguments) {
        Map<String, String> env = new HashMap<>(environment);
        env.put("JAVA_OPTS", javaOpts);
        return new OwnWildFly(
                new WildFlyServer(home, dataDir, providerUrl, portOffset, env),
                arguments,
                home.resolve("standalone/log/console.log"));
    }

    public WildFlyServer server() {
        return server;
    }

    void deploy(Path war) {
        server.deploy(war, List.of());
    }

    /** Starts the server and waits until the application answers; returns how long that took. */
    public Duration start() {
        return start(List.of());
    }

    /**
     * Starts the server with {@code overrides} after the suite's own arguments (a later {@code -Dname=value} wins,
     * e.g. {@code -Dcms.oidc.provider-url=} of an {@link OwnKeycloak}) and waits until the application answers.
     */
    public synchronized Duration start(List<String> overrides) {
        if (running != null && running.process().isAlive()) {
            throw new IllegalStateException("WildFly is running already");
        }
        long start = System.nanoTime();
        List<String> all = new ArrayList<>(arguments);
        all.addAll(overrides);
        running = server.start(console, all);
        Readiness.await("WildFly", server.readiness(), START_DEADLINE, Optional.of(running.process()));
        Readiness.await(
                "Bulletin CMS",
                server.applicationUrl().resolve("api/delivery/v1"),
                START_DEADLINE,
                Optional.of(running.process()));
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /** {@code kill -9}: the JVM gets no chance to commit, roll back, flush or say goodbye. */
    public synchronized void kill() {
        if (running != null) {
            running.kill();
            running = null;
        }
    }

    public synchronized boolean isRunning() {
        return running != null && running.process().isAlive();
    }

    /** WildFly's own log file ({@code standalone/log/server.log}). */
    public Path serverLog() {
        return server.home().resolve("standalone/log/server.log");
    }

    /** The size of the server's log file so far (the console repeats it, so it is not counted again). */
    public long loggedBytes() {
        try {
            return Files.exists(serverLog()) ? Files.size(serverLog()) : 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String serverLogText() {
        try {
            return Files.exists(serverLog()) ? Files.readString(serverLog()) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void close() {
        if (running != null) {
            running.close();
            running = null;
        }
    }
}
