package org.bulletincms.it.fault;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.bulletincms.deploy.Readiness;
import org.bulletincms.deploy.ServerProcess;
import org.bulletincms.deploy.WildFlyServer;

/**
 * A WildFly of a suite's own: the suite's copy of the provisioned server ({@code target/fault-server},
 * {@code target/cluster-server}, fresh every run), the test WAR in its deployments folder, started with
 * {@code bin/standalone.sh} as a child process on its own port offset, with the integration tests' options. Tests
 * kill it with SIGKILL and start it again on the same data. A {@link #nextNode second node} runs the same
 * installation with a server base directory of its own (configuration, deployments, data, log, tmp), as a second
 * machine would.
 */
public final class OwnWildFly implements AutoCloseable {

    /**
     * Boot plus deployment takes 40-60 s on 2 cores with a normal load, and a restart 39-60 s at a load average of
     * about 20; with five engineers' builds on the same 2 cores (load average above 40) the first start (schema
     * migration included) was measured at 179 s and 268 s. 3 × the loaded minute, and more.
     */
    public static final Duration START_DEADLINE = Duration.ofMinutes(5);

    private final WildFlyServer server;
    private final Path base;
    private final List<String> arguments;
    private ServerProcess running;

    private OwnWildFly(WildFlyServer server, Path base, List<String> arguments) {
        this.server = server;
        this.base = base;
        this.arguments = List.copyOf(arguments);
    }

    /**
     * A server on {@code home}'s own base directory, signing in at the build's Keycloak, with the integration tests'
     * {@code JAVA_OPTS}, {@code environment} (e.g. {@link OwnPostgres#productEnvironment()}) and {@code arguments}.
     */
    static OwnWildFly of(
            Path home, Path dataDir, int portOffset, Map<String, String> environment, List<String> arguments) {
        Map<String, String> env = new HashMap<>(environment);
        env.put("JAVA_OPTS", System.getProperty("bulletin.it.java-opts"));
        URI keycloak = URI.create("http://localhost:" + Integer.getInteger("keycloak.port") + "/realms/cms");
        return new OwnWildFly(
                new WildFlyServer(home, dataDir, keycloak, portOffset, env), home.resolve("standalone"), arguments);
    }

    /**
     * Another node of the same installation, with the same environment (database, search engine): its own server
     * base directory {@code base} (the configuration copied from this one's the first time), its own
     * {@code cms.data.dir}, port offset and {@code arguments} (its {@code jboss.node.name} among them).
     */
    OwnWildFly nextNode(Path base, Path dataDir, int portOffset, List<String> arguments) {
        try {
            if (!Files.exists(base.resolve("configuration"))) {
                copyConfiguration(this.base.resolve("configuration"), base.resolve("configuration"));
            }
            Files.createDirectories(base.resolve("deployments"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare a server base directory in " + base, e);
        }
        List<String> all = new ArrayList<>();
        all.add("-Djboss.server.base.dir=" + base.toAbsolutePath());
        all.addAll(arguments);
        return new OwnWildFly(
                new WildFlyServer(server.home(), dataDir, server.providerUrl(), portOffset, server.environment()),
                base,
                all);
    }

    public WildFlyServer server() {
        return server;
    }

    /** The application's address ({@code http://localhost:8080+offset/}). */
    public URI url() {
        return server.applicationUrl();
    }

    /** The management interface's address (metrics, health). */
    public URI management() {
        return server.readiness().resolve("/");
    }

    /** Puts {@code war} in the deployments folder as {@code bulletin.war} (the scanner deploys it at the next start). */
    void deploy(Path war) {
        Path deployments = base.resolve("deployments");
        try (Stream<Path> markers = Files.list(deployments)) {
            for (Path marker : markers.filter(p -> p.getFileName().toString().startsWith("bulletin.war."))
                    .toList()) {
                Files.delete(marker);
            }
            Files.copy(war, deployments.resolve("bulletin.war"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot deploy " + war + " to " + deployments, e);
        }
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
        running = server.start(base.resolve("log/console.log"), all);
        Readiness.await("WildFly", server.readiness(), START_DEADLINE, Optional.of(running.process()));
        Readiness.await(
                "Bulletin CMS",
                server.applicationUrl().resolve("api/delivery/v1"),
                START_DEADLINE,
                Optional.of(running.process()));
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /**
     * Starts the server with {@code overrides} and returns at once, without waiting for it or the application: for a
     * start the test expects to be refused ({@link #serverLogText()} says what happened).
     */
    public synchronized void launch(List<String> overrides) {
        if (running != null && running.process().isAlive()) {
            throw new IllegalStateException("WildFly is running already");
        }
        List<String> all = new ArrayList<>(arguments);
        all.addAll(overrides);
        running = server.start(base.resolve("log/console.log"), all);
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
        return base.resolve("log/server.log");
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

    /**
     * Copies a server's {@code configuration} directory {@code from} to {@code to} (a new base directory's), without
     * the history of earlier boots.
     */
    public static void copyConfiguration(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else if (!file.toString().contains("standalone_xml_history")) {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    @Override
    public String toString() {
        return "WildFly on " + url();
    }

    @Override
    public synchronized void close() {
        if (running != null) {
            running.close();
            running = null;
        }
    }
}
