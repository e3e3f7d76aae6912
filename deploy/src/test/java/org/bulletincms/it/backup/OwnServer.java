package org.bulletincms.it.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.bulletincms.deploy.Readiness;
import org.bulletincms.deploy.ServerProcess;
import org.bulletincms.it.fault.OwnWildFly;

/**
 * A WildFly process with the Bulletin WAR and a data directory of its own. It runs the test server's installation
 * ({@code jboss.home}) with its own server base directory (configuration, deployments, log, tmp), so it shares no
 * file with the managed server the other tests use, and listens on {@code 8080/9990 + portOffset}.
 */
public final class OwnServer implements AutoCloseable {

    public static final Duration START_DEADLINE = Duration.ofMinutes(4);

    private final Path home;
    private final Path base;
    private final Path dataDir;
    private final int portOffset;
    private final Map<String, String> environment;
    private final List<String> properties;
    private ServerProcess running;

    /**
     * @param work        a directory of this server's own (its base directory and console log go there)
     * @param dataDir     its {@code cms.data.dir}
     * @param environment e.g. {@code CMS_DB_*} for PostgreSQL; none for the embedded H2 database
     * @param properties  system properties beyond the test server's ({@code -Dname=value})
     */
    public OwnServer(
            Path work, Path dataDir, int portOffset, Map<String, String> environment, List<String> properties) {
        // the fault suite's copy of the provisioned server, or the Arquillian runs' one; only read, never written
        this.home = Path.of(System.getProperty("bulletin.fault.server-dir", System.getProperty("jboss.home")));
        this.base = work.resolve("standalone");
        this.dataDir = dataDir;
        this.portOffset = portOffset;
        this.environment = Map.copyOf(environment);
        this.properties = List.copyOf(properties);
        prepare(Path.of(System.getProperty("bulletin.war")));
    }

    /**
     * The first port offset from {@code from} (in steps of 10) at which every port WildFly opens is free on the
     * loopback address, so a test does not collide with servers of other builds on the same machine.
     */
    public static int freePortOffset(int from) {
        for (int offset = from; offset < from + 1000; offset += 10) {
            int candidate = offset;
            if (IntStream.of(8080, 8443, 9990, 9993, 8009, 4712, 4713).allMatch(port -> free(port + candidate))) {
                return candidate;
            }
        }
        throw new IllegalStateException("no free port offset from " + from + " to " + (from + 1000));
    }

    private static boolean free(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return socket.isBound();
        } catch (IOException e) {
            return false;
        }
    }

    public int httpPort() {
        return 8080 + portOffset;
    }

    private void prepare(Path war) {
        try {
            if (!Files.exists(base.resolve("configuration"))) {
                OwnWildFly.copyConfiguration(home.resolve("standalone/configuration"), base.resolve("configuration"));
            }
            Files.createDirectories(base.resolve("deployments"));
            Files.copy(war, base.resolve("deployments/bulletin.war"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare a server in " + base, e);
        }
    }

    /** Starts the server and waits until the application answers; returns how long that took. */
    public Duration start() {
        return start(START_DEADLINE);
    }

    /** Starts the server and waits at most {@code deadline} until the application answers (see {@link #start()}). */
    public Duration start(Duration deadline) {
        Instant began = Instant.now();
        try {
            Files.createDirectories(dataDir);
            List<String> command = new ArrayList<>(List.of(
                    home.resolve("bin/standalone.sh").toString(),
                    "-Djboss.server.base.dir=" + base.toAbsolutePath(),
                    "-Dcms.data.dir=" + dataDir.toAbsolutePath(),
                    "-Djboss.socket.binding.port-offset=" + portOffset));
            command.addAll(properties);
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(
                            base.resolveSibling("console.log").toFile()));
            builder.environment().keySet().removeIf(name -> name.startsWith("CMS_DB_"));
            builder.environment().putAll(environment);
            builder.environment().put("JAVA_OPTS", System.getProperty("bulletin.it.java-opts", ""));
            running = new ServerProcess("WildFly (" + dataDir.getFileName() + ")", builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start WildFly from " + home, e);
        }
        Optional<Process> process = Optional.of(running.process());
        Readiness.await(
                running.name(),
                URI.create("http://localhost:" + (9990 + portOffset) + "/health/ready"),
                deadline,
                process);
        Readiness.await(
                running.name(), URI.create("http://localhost:" + httpPort() + "/api/delivery/v1"), deadline, process);
        return Duration.between(began, Instant.now());
    }

    /** Stops it gracefully (SIGTERM, then forcibly after a grace period). */
    @Override
    public void close() {
        if (running != null) {
            running.close();
            running = null;
        }
    }
}
