package org.bulletincms.web.metrics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The last {@link Backlog} read from the database, which the gauges report. A scrape never waits for the database:
 * the backlog is read in the background ({@link #refresh}), and a scrape reports the last reading. A reading older
 * than its shelf life (the database stopped answering) is reported as NaN rather than as a stale figure that looks
 * current; the outage is logged once when it starts and once when it ends, not at every refresh.
 */
final class LastReading {

    private static final Logger LOG = Logger.getLogger(LastReading.class.getName());

    private record Taken(Backlog backlog, Instant at) {
    }

    private final Duration shelfLife;
    private final Clock clock;
    private volatile Taken last;
    private boolean failing;

    LastReading(Duration shelfLife, Clock clock) {
        this.shelfLife = shelfLife;
        this.clock = clock;
    }

    /** Reads the backlog again; a failure leaves the last reading in place to age. Called by one thread at a time. */
    void refresh(Supplier<Backlog> read) {
        try {
            Backlog backlog = read.get();
            last = new Taken(backlog, clock.instant());
            if (failing) {
                failing = false;
                LOG.info("Metrics: the database answers again; the backlog gauges report current figures");
            }
        } catch (RuntimeException e) {
            if (!failing) {
                failing = true;
                LOG.log(Level.WARNING, "Metrics: the backlog could not be read from the database; its gauges report"
                        + " NaN once the last reading is older than " + shelfLife.toSeconds() + " s", e);
            }
        }
    }

    /** A figure of the last reading, or NaN when there is none yet or it is older than the shelf life. */
    double value(ToDoubleFunction<Backlog> figure) {
        return current().map(taken -> figure.applyAsDouble(taken.backlog())).orElse(Double.NaN);
    }

    private Optional<Taken> current() {
        Taken taken = last;
        if (taken == null || taken.at().plus(shelfLife).isBefore(clock.instant())) {
            return Optional.empty();
        }
        return Optional.of(taken);
    }
}
