package org.bulletincms.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

/**
 * The run command ({@code mvn -Prun}): starts Keycloak with the cms realm and WildFly with the Bulletin WAR,
 * waits until both answer, prints where to log in, and stops both cleanly on Ctrl-C.
 */
public final class Launcher {

    private static final int KEYCLOAK_PORT = 8180;
    private static final int KEYCLOAK_MANAGEMENT_PORT = 8190;

    private Launcher() {}

    public static void main(String[] args) throws InterruptedException {
        Map<String, String> options = options(args);
        Path data = Path.of(options.get("data"));
        Path logs = data.resolve("logs");

        KeycloakServer keycloak =
                new KeycloakServer(Path.of(options.get("keycloak")), KEYCLOAK_PORT, KEYCLOAK_MANAGEMENT_PORT, false);
        WildFlyServer wildfly = new WildFlyServer(Path.of(options.get("server")), data, keycloak.realmUrl());
        if (keycloak.isAnswering() || Readiness.answers(wildfly.readiness())) {
            throw new IllegalStateException("Something already answers on port " + KEYCLOAK_PORT + " or "
                    + WildFlyServer.MANAGEMENT_PORT + ": is Bulletin CMS running already?");
        }
        List<Path> plugins = pluginJars(Path.of(options.get("plugins")));
        wildfly.deploy(Path.of(options.get("war")), plugins);
        plugins.forEach(plugin -> say("Section-type plugin installed: " + plugin.getFileName()));

        say("Starting Keycloak (log: " + logs.resolve("keycloak.log") + ") and WildFly (log: "
                + logs.resolve("wildfly.log") + ")...");
        // The stop hook is in place before the first server starts, so a SIGTERM at any moment stops what runs.
        List<ServerProcess> started = new CopyOnWriteArrayList<>();
        CountDownLatch stopped = new CountDownLatch(1);
        AtomicBoolean stopping = new AtomicBoolean();
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            stopping.set(true);
                            say("Stopping WildFly and Keycloak...");
                            stopAll(started);
                            say("Stopped.");
                            stopped.countDown();
                        },
                        "bulletin-stop"));
        ServerProcess keycloakProcess = keycloak.start(Path.of(options.get("realm")), logs.resolve("keycloak.log"));
        started.add(keycloakProcess);
        ServerProcess wildflyProcess = wildfly.start(logs.resolve("wildfly.log"));
        started.add(wildflyProcess);

        try {
            keycloak.awaitReady(Optional.of(keycloakProcess.process()));
            wildfly.awaitReady(Optional.of(wildflyProcess.process()));
        } catch (IllegalStateException e) {
            say("Bulletin CMS did not start: " + e.getMessage() + ". See the logs in " + logs);
            System.exit(1);
        }
        banner(wildfly, keycloak);

        // Run until Ctrl-C, or until one of the servers dies on its own.
        while (wildflyProcess.process().isAlive() && keycloakProcess.process().isAlive()) {
            Thread.sleep(1000);
        }
        if (stopping.get()) {
            stopped.await();
            return;
        }
        say((wildflyProcess.process().isAlive() ? "Keycloak" : "WildFly") + " stopped unexpectedly; see " + logs);
        System.exit(1);
    }

    /**
     * Stops every server at once (each waits for its whole process tree, killing it after a bounded grace), and
     * returns only when all are down: the JVM, and with it {@code mvn -Prun}, exits after this shutdown hook, so
     * nothing is left running without a parent.
     */
    private static void stopAll(List<ServerProcess> servers) {
        List<Thread> stops = servers.stream()
                .map(server -> new Thread(server::close, "stop-" + server.name()))
                .toList();
        stops.forEach(Thread::start);
        for (Thread stop : stops) {
            try {
                stop.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                servers.forEach(server -> server.process().destroyForcibly());
                return;
            }
        }
    }

    private static void banner(WildFlyServer wildfly, KeycloakServer keycloak) {
        String app = wildfly.applicationUrl().toString();
        say(String.join(
                System.lineSeparator(),
                "",
                "Bulletin CMS is running.",
                "  Application          " + app,
                "  Management API       " + app + "api/v1/me  (bearer token needed)",
                "  Delivery API         " + app + "api/delivery/v1",
                "  API document         " + app + "openapi",
                "  Health               http://localhost:" + WildFlyServer.MANAGEMENT_PORT + "/health/ready",
                "  Keycloak (realm cms) " + keycloak.realmUrl() + "/account",
                "  Keycloak admin       http://localhost:" + KEYCLOAK_PORT + "/admin  (admin / admin)",
                "",
                "Demo accounts (password = user name):",
                "  edith  editor",
                "  tom    translator",
                "  anna   approver",
                "  adam   admin (and editor, translator, approver)",
                "",
                "A token for the API:",
                "  curl -s -d grant_type=password -d client_id=cms-ui -d username=edith -d password=edith \\",
                "       " + keycloak.realmUrl() + "/protocol/openid-connect/token",
                "",
                "Press Ctrl-C to stop."));
    }

    /** Every jar in the plugins folder: an operator installs a section-type plugin by dropping its jar there. */
    private static List<Path> pluginJars(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".jar"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the plugins folder " + folder, e);
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            int equals = arg.indexOf('=');
            if (!arg.startsWith("--") || equals < 0) {
                throw new IllegalArgumentException("expected --name=value, got " + arg);
            }
            options.put(arg.substring(2, equals), arg.substring(equals + 1));
        }
        for (String required : new String[] {"server", "war", "keycloak", "realm", "data", "plugins"}) {
            if (!options.containsKey(required)) {
                throw new IllegalArgumentException("missing --" + required + "=...");
            }
        }
        return options;
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
