package org.bulletincms.database;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;

/**
 * The node's one record of whether the database is away. Background loops and the readiness check report what
 * they saw; the outage is logged once when the first of them finds the database unavailable (WARNING) and once when
 * one of them reaches it again (INFO), however many loops, workers and requests fail in between. Without this, every
 * worker logged every failed round: gigabytes of log a minute while PostgreSQL was down.
 */
@ApplicationScoped
public class DatabaseOutage {

    private static final Logger LOG = Logger.getLogger(DatabaseOutage.class.getName());

    /** How long background loops wait after their first failed round while the database is away. */
    public static final Duration FIRST_PAUSE = Duration.ofSeconds(1);
    /** The longest they wait: also how long after the database's return they may take to resume. */
    public static final Duration LONGEST_PAUSE = Duration.ofSeconds(16);

    private final AtomicReference<Instant> since = new AtomicReference<>();
    private final Clock clock;

    public DatabaseOutage() {
        this(Clock.systemUTC());
    }

    DatabaseOutage(Clock clock) {
        this.clock = clock;
    }

    /** A back-off for one background loop, with the pauses above. */
    public static BackOff backOff() {
        return new BackOff(FIRST_PAUSE, LONGEST_PAUSE);
    }

    /**
     * Something that needed the database failed with {@code failure}. Answers whether the database being
     * unavailable is why; if so and no outage was known, the outage begins (and is logged).
     */
    public boolean noticed(Throwable failure) {
        if (!DatabaseUnavailable.isCauseOf(failure)) {
            return false;
        }
        Instant now = clock.instant();
        if (since.compareAndSet(null, now)) {
            LOG.warning("The database is unavailable (" + innermost(failure) + "). Requests that need it are"
                    + " answered 503 with Retry-After, and background work (source extraction, webhook delivery,"
                    + " scheduled publication) pauses, up to " + LONGEST_PAUSE.toSeconds() + " s at a time, until it"
                    + " answers again; this is logged once, and again when it is back.");
        }
        return true;
    }

    /** Something that needed the database succeeded: a known outage is over (and is logged as such). */
    public void reached() {
        Instant began = since.getAndSet(null);
        if (began != null) {
            LOG.info("The database is available again, after an outage of about "
                    + Duration.between(began, clock.instant()).toSeconds() + " s.");
        }
    }

    /** When the current outage began; empty while the database is known to answer. */
    public Optional<Instant> since() {
        return Optional.ofNullable(since.get());
    }

    /** The driver's own words (e.g. "Connection refused"), without the wrappers' stack of messages. */
    private static String innermost(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause.getCause() != null && cause.getCause() != cause && depth < 30; depth++) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }
}
