package org.bulletincms.it.fault;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;
import org.bulletincms.deploy.KeycloakServer;
import org.bulletincms.deploy.ServerProcess;

/**
 * A Keycloak that a fault test may stop and start (the build's test Keycloak is shared by every other test and must
 * stay up). It runs from its own copy of the unpacked distribution, so it shares no files with the build's one, on
 * its own ports, with the cms realm imported into an in-memory database: every start is a fresh realm with the demo
 * users. Nothing starts it unless a test asks.
 */
public final class OwnKeycloak implements AutoCloseable {

    private final Path distribution;
    private final Path copy;
    private final int port;
    private final int managementPort;
    private final Path realm;
    private ServerProcess running;

    OwnKeycloak(Path distribution, Path copy, int port, int managementPort, Path realm) {
        this.distribution = distribution;
        this.copy = copy;
        this.port = port;
        this.managementPort = managementPort;
        this.realm = realm;
    }

    public KeycloakServer server() {
        return new KeycloakServer(copy, port, managementPort, true);
    }

    /** Starts this Keycloak and waits until its realm answers; returns how long that took. */
    public synchronized Duration start() {
        if (running != null) {
            throw new IllegalStateException("the fault suite's Keycloak is running already");
        }
        long start = System.nanoTime();
        copyDistributionOnce();
        running = server().start(realm, Path.of("target", "fault-keycloak.log"));
        server().awaitReady(Optional.of(running.process()));
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /** {@code kill -9}, as a crashed identity provider. */
    public synchronized void kill() {
        if (running != null) {
            running.kill();
            running = null;
        }
    }

    /** A graceful stop, as an operator's. */
    public synchronized void stop() {
        if (running != null) {
            running.close();
            running = null;
        }
    }

    private void copyDistributionOnce() {
        if (Files.exists(copy.resolve("bin/kc.sh"))) {
            return;
        }
        try (Stream<Path> files = Files.walk(distribution)) {
            for (Path from : files.toList()) {
                Path to = copy.resolve(distribution.relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy Keycloak from " + distribution + " to " + copy, e);
        }
    }

    @Override
    public synchronized void close() {
        stop();
    }
}
