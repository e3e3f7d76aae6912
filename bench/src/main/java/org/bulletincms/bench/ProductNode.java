package org.bulletincms.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.bulletincms.deploy.Readiness;
import org.bulletincms.deploy.ServerProcess;
import org.bulletincms.deploy.WildFlyServer;

/**
 * The benchmark's WildFly, which can be killed and started again (workload 4): each start gets a GC log of its
 * own ({@code gc-1.log}, {@code gc-2.log}, …) and the CPU counters of its new JVM.
 */
final class ProductNode implements AutoCloseable {

    static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(10);

    private final Path home;
    private final Path data;
    private final Path logs;
    private final java.net.URI realm;
    private final int portOffset;
    private final Map<String, String> environment;
    private ServerProcess process;
    private GcLog gc;
    private int starts;

    ProductNode(Path home, Path data, Path logs, java.net.URI realm, int portOffset, Map<String, String> environment) {
        this.home = home;
        this.data = data;
        this.logs = logs;
        this.realm = realm;
        this.portOffset = portOffset;
        this.environment = environment;
    }

    void deploy(Path war) {
        server().deploy(war, java.util.List.of());
    }

    /** Starts WildFly and waits until it answers; returns how long that took. */
    Duration start() {
        long begin = System.nanoTime();
        launch();
        awaitReady();
        return Duration.ofNanos(System.nanoTime() - begin);
    }

    /** Starts WildFly without waiting (so that Keycloak and WildFly start side by side). */
    void launch() {
        starts++;
        gc = new GcLog(logs.resolve("gc-" + starts + ".log"));
        Map<String, String> withGcLog = new HashMap<>(environment);
        // The node's own options (its jboss.node.name: two nodes named alike refuse to start) are kept, and
        // BENCH_JAVA_OPTS adds more, e.g. -XX:StartFlightRecording=filename=/tmp/bench.jfr,settings=profile
        withGcLog.put(
                "JAVA_OPTS",
                String.join(
                        " ",
                        gc.option(),
                        environment.getOrDefault("JAVA_OPTS", ""),
                        System.getenv().getOrDefault("BENCH_JAVA_OPTS", "")));
        WildFlyServer server = new WildFlyServer(home, data, realm, portOffset, withGcLog);
        process = server.start(logs.resolve("wildfly.log"));
    }

    /**
     * Waits up to {@link #STARTUP_TIMEOUT} for health and the delivery API: longer than the product's three minutes,
     * because on a small machine shared with builds a WildFly start has taken more.
     */
    void awaitReady() {
        WildFlyServer server = server();
        Readiness.await("WildFly", server.readiness(), STARTUP_TIMEOUT, Optional.of(process.process()));
        Readiness.await(
                "Bulletin CMS",
                server.applicationUrl().resolve("api/delivery/v1"),
                STARTUP_TIMEOUT,
                Optional.of(process.process()));
    }

    /** {@code kill -9} of the JVM (and its launch script), then a fresh start. */
    Duration killAndStart() {
        process.kill();
        return start();
    }

    ProcessCpu cpu() {
        return ProcessCpu.javaBelow(process.process().toHandle());
    }

    GcLog gc() {
        return gc;
    }

    java.net.URI applicationUrl() {
        return server().applicationUrl();
    }

    private WildFlyServer server() {
        return new WildFlyServer(home, data, realm, portOffset, environment);
    }

    @Override
    public void close() {
        if (process != null) {
            process.close();
        }
    }
}
