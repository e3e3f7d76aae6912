package org.bulletincms.search;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.bulletincms.database.DatabaseUnavailable;
import org.hibernate.search.engine.reporting.EntityIndexingFailureContext;
import org.hibernate.search.engine.reporting.FailureContext;
import org.hibernate.search.engine.reporting.FailureHandler;

/**
 * Where Hibernate Search reports what failed in the background: above all the outbox agent, which polls the
 * database several times a second. Its default handler logs every failure with its stack, so a database outage
 * filled the log with megabytes a minute. Here a failure is logged once, with what it means, and again only when
 * it recurs after a {@link #QUIET_PERIOD} without it (saying how many alike were left out): a database that is away is one WARNING
 * (the changes wait in the outbox and are applied once it answers, nothing is lost); a search engine that is away
 * ({@link SearchEngineUnavailable}) is one WARNING without a stack; any other failure is one
 * SEVERE with its stack per kind. Instantiated by Hibernate Search ({@code hibernate.search.background_failure_handler}
 * in persistence.xml), outside CDI, on Hibernate Search's own threads.
 */
public class SearchIndexingFailures implements FailureHandler {

    /** How long a kind of failure must not recur before it is logged again. */
    static final Duration QUIET_PERIOD = Duration.ofMinutes(1);

    private static final Logger LOG = Logger.getLogger(SearchIndexingFailures.class.getName());

    private record Seen(Instant last, AtomicLong leftOut) {}

    private final Map<String, Seen> seen = new ConcurrentHashMap<>();
    private final Clock clock;

    public SearchIndexingFailures() {
        this(Clock.systemUTC());
    }

    SearchIndexingFailures(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void handle(FailureContext context) {
        report(context.throwable(), String.valueOf(context.failingOperation()));
    }

    @Override
    public void handle(EntityIndexingFailureContext context) {
        report(context.throwable(), context.failingOperation() + " of " + context.failingEntityReferences());
    }

    private void report(Throwable failure, String operation) {
        boolean databaseAway = failure != null && DatabaseUnavailable.isCauseOf(failure);
        boolean engineAway = failure != null && !databaseAway && SearchEngineUnavailable.isCauseOf(failure);
        String kind = databaseAway
                ? "database-unavailable"
                : engineAway
                        ? "search-engine-unavailable"
                        : failure == null ? "unknown" : failure.getClass().getName();
        long leftOut = countOrLeaveOut(kind);
        if (leftOut < 0) {
            return;
        }
        String alike = leftOut == 0 ? "" : " (" + leftOut + " alike left out of the log since the last one)";
        if (databaseAway) {
            LOG.warning("Search indexing waits: the database is unavailable. Index changes stay in the outbox and are"
                    + " applied once it answers; nothing is lost" + alike + ".");
        } else if (engineAway) {
            LOG.warning("Search indexing waits: the search engine cannot answer (" + operation + alike + "). Index"
                    + " changes stay in the outbox: Hibernate Search tries each three times, 30 s apart, and the ones it"
                    + " gives up on are put back once the engine answers again; nothing is lost.");
        } else {
            LOG.log(
                    Level.SEVERE,
                    "Search indexing failed: " + operation + alike
                            + ". Alike failures are logged again once they have stopped for a minute.",
                    failure);
        }
    }

    /** How many alike were left out since the last logged one, or -1 when this one is to be left out too. */
    private long countOrLeaveOut(String kind) {
        Instant now = clock.instant();
        long[] result = {-1};
        seen.compute(kind, (key, before) -> {
            if (before == null || before.last().plus(QUIET_PERIOD).isBefore(now)) {
                result[0] = before == null ? 0 : before.leftOut().get();
                return new Seen(now, new AtomicLong());
            }
            before.leftOut().incrementAndGet();
            return new Seen(now, before.leftOut());
        });
        return result[0];
    }
}
