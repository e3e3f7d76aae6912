package org.bulletincms.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.bulletincms.testing.MovableClock;
import org.junit.jupiter.api.Test;

class SignInReachabilityTest {

    private static final Duration INTERVAL = Duration.ofSeconds(5);

    private final MovableClock clock = new MovableClock();
    private final AtomicBoolean keycloakUp = new AtomicBoolean(true);
    private final AtomicInteger probes = new AtomicInteger();
    private final BooleanSupplier probe = () -> {
        probes.incrementAndGet();
        return keycloakUp.get();
    };
    private final SignInReachability reachability =
            new SignInReachability("http://localhost/realms/cms", probe, INTERVAL, clock);

    @Test
    void anOutageIsSeenByTheFirstCallerAfterTheIntervalAndProbedOncePerInterval() {
        assertTrue(reachability.answers());
        keycloakUp.set(false);

        assertTrue(reachability.answers(), "the answer is believed for the interval");
        clock.advance(INTERVAL);
        for (int i = 0; i < 100; i++) {
            assertFalse(reachability.answers());
        }
        assertEquals(2, probes.get(), "a hundred callers within one interval cost one probe");
    }

    @Test
    void theReturnOfTheServiceIsSeenWithinOneInterval() {
        keycloakUp.set(false);
        assertFalse(reachability.answers());
        keycloakUp.set(true);

        clock.advance(INTERVAL.minusMillis(1));
        assertFalse(reachability.answers());
        clock.advance(Duration.ofMillis(1));
        assertTrue(reachability.answers());
    }

    @Test
    void callersDuringAProbeShareItsAnswer() throws InterruptedException {
        keycloakUp.set(false);
        Thread[] callers = new Thread[8];
        for (int i = 0; i < callers.length; i++) {
            callers[i] = new Thread(reachability::answers);
            callers[i].start();
        }
        for (Thread caller : callers) {
            caller.join(10_000);
        }
        assertEquals(1, probes.get());
    }

    @Test
    void aZeroIntervalIsRefusedAtStartUp() {
        assertThrows(IllegalArgumentException.class, () -> new SignInReachability("x", probe, Duration.ZERO, clock));
    }
}
