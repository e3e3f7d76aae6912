package org.bulletincms.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Keycloak from its Maven Central distribution, started as a child process with the cms realm imported.
 *
 * @param home      the unpacked {@code keycloak-quarkus-dist}
 * @param port      HTTP port (the product uses 8180, tests 18180)
 * @param inMemory  {@code dev-mem} (a fresh realm every start, for tests) or {@code dev-file}
 *                  (accounts and realm edits kept across restarts; the import is skipped once the realm exists)
 */
public record KeycloakServer(Path home, int port, int managementPort, boolean inMemory) {

    /** First start after unpacking augments the distribution and creates its schema: on 2 cores, minutes. */
    public static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(5);

    public URI realmUrl() {
        return URI.create("http://localhost:" + port + "/realms/cms");
    }

    public URI wellKnown() {
        return URI.create(realmUrl() + "/.well-known/openid-configuration");
    }

    public boolean isAnswering() {
        return Readiness.answers(wellKnown());
    }

    /** Copies the realm into the import folder and starts Keycloak; does not wait (see {@link #awaitReady}). */
    public ServerProcess start(Path realm, Path log) {
        try {
            Path imports = Files.createDirectories(home.resolve("data/import"));
            Files.copy(realm, imports.resolve("cms-realm.json"), StandardCopyOption.REPLACE_EXISTING);
            Files.createDirectories(log.toAbsolutePath().resolveSibling(".").normalize());
            List<String> command = new ArrayList<>(List.of(
                    home.resolve("bin/kc.sh").toString(),
                    "start-dev",
                    "--http-port=" + port,
                    "--http-management-port=" + managementPort,
                    "--db=" + (inMemory ? "dev-mem" : "dev-file"),
                    "--import-realm"));
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx768m");
            // The master realm's administrator, created on the first start only.
            builder.environment().putIfAbsent("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
            builder.environment().putIfAbsent("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
            home.resolve("bin/kc.sh").toFile().setExecutable(true);
            return new ServerProcess("Keycloak", builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start Keycloak from " + home, e);
        }
    }

    public void awaitReady(Optional<Process> process) {
        Readiness.await("Keycloak", wellKnown(), STARTUP_TIMEOUT, process);
    }
}
