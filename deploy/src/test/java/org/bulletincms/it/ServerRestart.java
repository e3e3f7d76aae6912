package org.bulletincms.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Restarts the test WildFly's services and deployments (a management {@code reload}) or only the application (a
 * {@code redeploy}) through its own CLI, which authenticates locally, then waits until the application answers
 * again; and sets and reads the server's settings the same way.
 */
final class ServerRestart {

    private ServerRestart() {}

    private static boolean answers() {
        try {
            return Api.anonymous().get("/api/delivery/v1").status() == 200;
        } catch (IllegalStateException refused) {
            return false;
        }
    }

    static void reload() throws IOException, InterruptedException {
        cli("reload");
        awaitAnswers("the reload");
    }

    /** Stops the application and starts it again from the deployed WAR, with a class loader of its own. */
    static void redeploy() throws IOException, InterruptedException {
        cli("/deployment=bulletin.war:redeploy");
        awaitAnswers("the redeploy");
    }

    private static void awaitAnswers(String after) {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (!answers()) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("the application did not come back after " + after);
            }
            LockSupport.parkNanos(Duration.ofMillis(250).toNanos());
        }
    }

    /**
     * Sets a system property of the server (MicroProfile Config reads it); the application sees a changed value
     * after the next {@link #reload()}. Empty removes it.
     */
    static void systemProperty(String name, java.util.Optional<String> value) throws IOException, InterruptedException {
        cli("/system-property=" + name + ":remove");
        if (value.isPresent()) {
            cli("/system-property=" + name + ":add(value=\"" + value.get() + "\")");
        }
    }

    /** Runs a CLI command against the test server; returns what the CLI said. */
    static String cli(String command) throws IOException, InterruptedException {
        // A loaded machine may not let the CLI connect within its timeout; nothing was executed then, so try again.
        Instant deadline = Instant.now().plus(Duration.ofMinutes(6));
        Optional<String> said;
        while ((said = cliOnce(command)).isEmpty()) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(
                        "the CLI could not connect for `" + command + "`; see target/reload.log");
            }
        }
        return said.get();
    }

    /** Runs the command once, its output appended to target/reload.log; empty if the CLI could not connect. */
    private static Optional<String> cliOnce(String command) throws IOException, InterruptedException {
        Path cli = Path.of(System.getProperty("jboss.home"), "bin", "jboss-cli.sh");
        Path output = Files.createTempFile(Path.of("target"), "cli", ".log");
        try {
            Process process = new ProcessBuilder(List.of(
                            cli.toString(),
                            "--connect",
                            "--controller=localhost:" + Api.management().getPort(),
                            "--timeout=60000",
                            "--command=" + command))
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile())
                    .start();
            boolean finished = process.waitFor(3, TimeUnit.MINUTES);
            if (!finished) {
                process.destroyForcibly().waitFor();
            }
            String said = Files.readString(output);
            Files.writeString(
                    Path.of("target", "reload.log"), said, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            if (!finished) {
                throw new IllegalStateException("the server did not answer `" + command + "`; see target/reload.log");
            }
            if (process.exitValue() == 0 || command.endsWith(":remove")) {
                return Optional.of(said);
            }
            if (said.contains("Failed to establish connection")) {
                return Optional.empty();
            }
            throw new IllegalStateException("the server refused `" + command + "`: " + said);
        } finally {
            Files.deleteIfExists(output);
        }
    }
}
