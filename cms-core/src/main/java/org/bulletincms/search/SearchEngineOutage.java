package org.bulletincms.search;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;

/**
 * The node's record of searches that met a search engine that cannot answer ({@link SearchEngineUnavailable}): each
 * such search is answered 503 with Retry-After, and the log says so once, then again only when searches still fail
 * after {@link #QUIET_PERIOD}, instead of once per request while OpenSearch is down. There is no "back" event to log:
 * the next search that reaches the engine is simply answered.
 */
@ApplicationScoped
public class SearchEngineOutage {

    /** How long a logged outage stays quiet in the log. */
    static final Duration QUIET_PERIOD = Duration.ofMinutes(1);

    private static final Logger LOG = Logger.getLogger(SearchEngineOutage.class.getName());

    private final AtomicReference<Instant> logged = new AtomicReference<>(Instant.MIN);
    private final Clock clock;

    public SearchEngineOutage() {
        this(Clock.systemUTC());
    }

    SearchEngineOutage(Clock clock) {
        this.clock = clock;
    }

    /** A search failed with {@code failure} because the engine cannot answer; logged unless logged lately. */
    public void noticed(Throwable failure) {
        Instant now = clock.instant();
        Instant last = logged.get();
        if (last.plus(QUIET_PERIOD).isAfter(now) || !logged.compareAndSet(last, now)) {
            return;
        }
        LOG.warning("The search engine ("
                + SearchEngine.setting(SearchEngine.OPENSEARCH_URL).orElse("OpenSearch")
                + ") cannot answer: " + innermost(failure) + ". Searches are answered 503 with Retry-After until it"
                + " does; everything else goes on, and index changes wait in the outbox. Logged again after "
                + QUIET_PERIOD.toMinutes() + " min if searches still fail.");
    }

    /** The client's own words (e.g. "Connection refused"), without the wrappers' stack of messages. */
    private static String innermost(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause.getCause() != null && cause.getCause() != cause && depth < 30; depth++) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? "" : cause.getMessage();
        // Hibernate Search quotes the whole request and answer: the first line says what happened
        return cause.getClass().getSimpleName() + ": "
                + message.lines().findFirst().orElse("");
    }
}
