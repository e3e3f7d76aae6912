package org.bulletincms.it;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Restarts the test WildFly's services and deployments (a management {@code reload}) through its own CLI,
 * which authenticates locally, then waits until the application answers again.
 */
final class ServerRestart {

    private ServerRestart() {
    }

    private static boolean answers() {
        try {
            return Api.anonymous().get("/api/delivery/v1").status() == 200;
        } catch (IllegalStateException refused) {
            return false;
        }
    }

    static void reload() throws IOException, InterruptedException {
        Path cli = Path.of(System.getProperty("jboss.home"), "bin", "jboss-cli.sh");
        Process process = new ProcessBuilder(List.of(cli.toString(), "--connect",
                "--controller=localhost:" + Api.management().getPort(), "--timeout=60000", "--command=reload"))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(Path.of("target", "reload.log").toFile()))
                .start();
        if (!process.waitFor(3, TimeUnit.MINUTES) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException("the server did not reload; see target/reload.log");
        }
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (!answers()) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("the application did not come back after the reload");
            }
            LockSupport.parkNanos(Duration.ofMillis(250).toNanos());
        }
    }
}
