package org.bulletincms.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Stopping a server stops every process it started, within a bound, even when the script that started the server
 * dies first (as {@code standalone.sh} does) or the server ignores SIGTERM. Real process trees, no mocks.
 */
class ServerProcessTest {

    private static final Duration GRACE = Duration.ofSeconds(2);
    /** Grace + kill wait + slack for a loaded machine. */
    private static final Duration BOUND = GRACE.plus(ServerProcess.KILL_WAIT).plusSeconds(5);

    private List<ProcessHandle> tree = List.of();

    @AfterEach
    void killLeftovers() {
        tree.forEach(ProcessHandle::destroyForcibly);
    }

    @Test
    void aServerThatIgnoresTermIsKilledAfterTheGracePeriod() throws IOException {
        ServerProcess server = start("trap '' TERM; sleep 1000");

        Duration took = timed(server::close);

        assertTrue(took.compareTo(GRACE) >= 0, "SIGTERM was ignored, so the grace period is waited: " + took);
        assertTrue(took.compareTo(BOUND) < 0, "stopped within the bound: " + took);
        assertNoneAlive();
    }

    @Test
    void aServerOutlivingTheScriptThatStartedItIsStillStopped() throws IOException {
        // Like standalone.sh: the script dies on SIGTERM at once, its child (the server) is still busy stopping.
        ServerProcess server = start("(trap '' TERM; sleep 1000) & wait");

        Duration took = timed(server::close);

        assertTrue(took.compareTo(BOUND) < 0, "stopped within the bound: " + took);
        assertNoneAlive();
    }

    @Test
    void aServerThatStopsOnTermIsNotMadeToWait() throws IOException {
        // The stand-in restores SIGTERM's default action itself: a CI runner may start the build with SIGTERM ignored
        // or blocked, which a plain sleep would inherit (the JVM, like WildFly, would then keep it ignored too).
        ServerProcess server = start("exec perl -MPOSIX -e 'sigprocmask(SIG_UNBLOCK, POSIX::SigSet->new(SIGTERM));"
                + " $SIG{TERM} = \"DEFAULT\"; sleep 1000'");

        Duration took = timed(server::close);

        assertTrue(took.compareTo(GRACE) < 0, "no grace period waited for a server that stopped: " + took);
        assertNoneAlive();
    }

    /** Starts {@code script} and waits until its {@code sleep} or {@code perl}, the stand-in for the server, runs. */
    private ServerProcess start(String script) throws IOException {
        Process process = new ProcessBuilder("sh", "-c", script).start();
        awaitTrue(
                () -> java.util.stream.Stream.concat(
                                java.util.stream.Stream.of(process.toHandle()), process.descendants())
                        .map(h -> h.info().command().orElse(""))
                        .anyMatch(command -> command.endsWith("sleep") || command.endsWith("perl")),
                "the server to start");
        tree = java.util.stream.Stream.concat(java.util.stream.Stream.of(process.toHandle()), process.descendants())
                .toList();
        return new ServerProcess("test server", process, GRACE);
    }

    private void assertNoneAlive() {
        assertEquals(
                List.of(),
                tree.stream()
                        .filter(ProcessHandle::isAlive)
                        .map(ProcessHandle::pid)
                        .toList(),
                "processes of the tree still alive after close()");
    }

    private static Duration timed(Runnable action) {
        Instant start = Instant.now();
        action.run();
        return Duration.between(start, Instant.now());
    }

    private static void awaitTrue(BooleanSupplier condition, String what) {
        Instant deadline = Instant.now().plusSeconds(10);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("timed out waiting for " + what);
            }
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
        }
    }
}
