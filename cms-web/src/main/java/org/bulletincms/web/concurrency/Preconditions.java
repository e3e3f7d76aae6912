package org.bulletincms.web.concurrency;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import org.bulletincms.concurrency.ExpectedVersion;

/**
 * Optimistic concurrency for writes: a write must say which version it changes ({@code If-Match} with the
 * ETag it read). Missing → 428; stale → 412 carrying the current ETag, so the client can reload and re-apply.
 * The rule itself is the core's ({@link ExpectedVersion}); this reads it from the request.
 */
public final class Preconditions {

    private Preconditions() {}

    /** The version the request names in {@code If-Match}, for a core service that checks it. */
    public static ExpectedVersion expected(HttpHeaders headers) {
        return ExpectedVersion.ofHeader(headers.getHeaderString(HttpHeaders.IF_MATCH));
    }

    public static void requireMatch(HttpHeaders headers, EntityTag current) {
        expected(headers).require(current.getValue());
    }
}
