package org.bulletincms.search;

import java.io.IOException;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.search.util.common.SearchException;
import org.hibernate.search.util.common.SearchTimeoutException;

/**
 * Tells whether a failure means the shared search engine (OpenSearch) cannot answer right now, as opposed to a query
 * it rejects or a bug: it was not reached or did not answer in time (Hibernate Search's exception caused by an
 * {@link IOException}: connection refused, reset or timed out; or its own timeout), or it answered that it cannot
 * serve for now (429, 502, 503, 504: shards not yet started after a restart, a full queue, "all shards failed").
 * Walks the cause chain, as {@code database.DatabaseUnavailable} does. A Lucene index is a directory of this server:
 * its failures are never this, whatever their cause.
 */
public final class SearchEngineUnavailable {

    /** How Hibernate Search's Elasticsearch backend quotes the answer in its exception (HSEARCH400007). */
    private static final Pattern RESPONSE_STATUS = Pattern.compile("Response: (\\d{3}) '");

    /** Statuses that say "not now" rather than "not this request". */
    private static final Set<Integer> TEMPORARY = Set.of(429, 502, 503, 504);

    private static final int DEEPEST_CAUSE = 30;

    private SearchEngineUnavailable() {}

    /** With the search engine this server is configured for. */
    public static boolean isCauseOf(Throwable failure) {
        return isCauseOf(SearchEngine.configured(), failure);
    }

    static boolean isCauseOf(SearchEngine engine, Throwable failure) {
        if (!engine.shared()) {
            return false;
        }
        boolean inSearch = false;
        int depth = 0;
        for (Throwable cause = failure; cause != null && depth < DEEPEST_CAUSE; cause = cause.getCause(), depth++) {
            if (cause instanceof SearchTimeoutException) {
                return true;
            }
            if (cause instanceof SearchException) {
                inSearch = true;
                if (answeredNotNow(cause.getMessage())) {
                    return true;
                }
            }
            if (inSearch && cause instanceof IOException) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    private static boolean answeredNotNow(String message) {
        if (message == null) {
            return false;
        }
        Matcher status = RESPONSE_STATUS.matcher(message);
        return status.find() && TEMPORARY.contains(Integer.parseInt(status.group(1)));
    }
}
