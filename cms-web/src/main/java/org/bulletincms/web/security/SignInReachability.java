package org.bulletincms.web.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Whether the sign-in service answers, as a probe saw it no longer than {@code interval} ago. Asked only when a
 * bearer token could not be checked, so an outage costs one probe per interval however many callers retry, and a
 * caller waits at most one probe's timeout. Concurrent callers share one probe: they wait on this object's lock
 * while it runs and then read its answer. One value with a time stamp, so a cache library would add nothing.
 *
 * <p>The outage is logged once when it is first seen and once when it ends, never per request.
 */
public final class SignInReachability {

    private static final Logger LOG = Logger.getLogger(SignInReachability.class.getName());

    private final String service;
    private final BooleanSupplier probe;
    private final Duration interval;
    private final Clock clock;
    private Observation last;

    /**
     * @param service  what is probed, for the log (the realm's URL)
     * @param probe    true when the service answers; must return within its own short timeout
     * @param interval how long an answer is believed before the next caller probes again
     * @param clock    the time source (tests move it)
     */
    public SignInReachability(String service, BooleanSupplier probe, Duration interval, Clock clock) {
        this.service = Objects.requireNonNull(service);
        this.probe = Objects.requireNonNull(probe);
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("the probe interval must be positive, not " + interval);
        }
        this.interval = interval;
        this.clock = Objects.requireNonNull(clock);
    }

    /** True when the service answered the latest probe, probing first if that answer is older than the interval. */
    public synchronized boolean answers() {
        Instant now = clock.instant();
        if (last == null || !now.isBefore(last.at().plus(interval))) {
            boolean answered = probe.getAsBoolean();
            logChange(answered);
            last = new Observation(answered, clock.instant());
        }
        return last.answered();
    }

    public Duration interval() {
        return interval;
    }

    private void logChange(boolean answered) {
        boolean wasDown = last != null && !last.answered();
        if (!answered && !wasDown) {
            LOG.log(
                    Level.WARNING,
                    "The sign-in service {0} does not answer: management calls whose token cannot be"
                            + " checked are answered 503 until it does",
                    service);
        } else if (answered && wasDown) {
            LOG.log(Level.INFO, "The sign-in service {0} answers again", service);
        }
    }

    private record Observation(boolean answered, Instant at) {}
}
