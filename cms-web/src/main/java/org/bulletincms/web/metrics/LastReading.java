package org.bulletincms.web.metrics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.bulletincms.database.DatabaseOutage;

/**
 * The last {@link Backlog} read from the database, which the gauges report. A scrape never waits for the database:
 * the backlog is read in the background ({@link #refresh}), and a scrape reports the last reading. A reading older
 * than its shelf life (the database stopped answering) is reported as NaN rather than as a stale figure that looks
 * current. A database outage is reported to the node's one {@link DatabaseOutage}, which logs it once for every
 * loop that meets it; any other failure to read is logged here, once when it starts and once when it ends.
 */
final class LastReading {

    private static final Logger LOG = Logger.getLogger(LastReading.class.getName());

    private record Taken(Backlog backlog, Instant at) {}

    private final Duration shelfLife;
    private final Clock clock;
    private final DatabaseOutage outage;
    private volatile Taken last;
    private boolean failing;

    LastReading(Duration shelfLife, Clock clock, DatabaseOutage outage) {
        this.shelfLife = shelfLife;
        this.clock = clock;
        this.outage = outage;
    }

    /** Reads the backlog again; a failure leaves the last reading in place to age. Called by one thread at a time. */
    void refresh(Supplier<Backlog> read) {
        try {
            Backlog backlog = read.get();
            last = new Taken(backlog, clock.instant());
            outage.reached();
            if (failing) {
                failing = false;
                LOG.info("Metrics: the backlog can be read again; its gauges report current figures");
            }
        } catch (RuntimeException e) {
            if (!outage.noticed(e) && !failing) {
                failing = true;
                LOG.log(
                        Level.WARNING,
                        "Metrics: the backlog could not be read from the database; its gauges report"
                                + " NaN once the last reading is older than " + shelfLife.toSeconds() + " s",
                        e);
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
