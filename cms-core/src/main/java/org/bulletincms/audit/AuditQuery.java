package org.bulletincms.audit;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One page of the audit log, newest first: optionally only one issue's entries or one action's, and only
 * entries older than {@code before} (the id of the last entry of the previous page).
 *
 * @param limit how many entries at most, 1 to {@link #MAX_LIMIT}
 */
public record AuditQuery(Optional<UUID> issueId, Optional<String> action, Optional<Long> before, int limit) {

    /** The default page size. */
    public static final int DEFAULT_LIMIT = 50;

    /**
     * The largest page a client may ask for. The log only grows; a bounded page keeps every read cheap, and
     * {@code before} pages through the rest.
     */
    public static final int MAX_LIMIT = 200;

    public AuditQuery {
        Objects.requireNonNull(issueId, "issueId");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(before, "before");
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("a page holds 1 to " + MAX_LIMIT + " entries");
        }
    }
}
