package org.bulletincms.web.concurrency;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.RuntimeDelegate;
import java.util.Map;
import org.bulletincms.web.problem.ApiProblem;
import org.bulletincms.web.problem.ProblemType;

/**
 * Optimistic concurrency for writes: a write must say which version it changes ({@code If-Match} with the
 * ETag it read). Missing → 428; stale → 412 carrying the current ETag, so the client can reload and re-apply.
 */
public final class Preconditions {

    private Preconditions() {}

    public static void requireMatch(HttpHeaders headers, EntityTag current) {
        String ifMatch = headers.getHeaderString(HttpHeaders.IF_MATCH);
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ApiProblem(ProblemType.PRECONDITION_REQUIRED, "detail.if-match-required");
        }
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*") || tag.equals("\"" + current.getValue() + "\"")) {
                return;
            }
        }
        // The header delegate, not EntityTag.toString(), whose format the API says may change.
        throw new Stale(RuntimeDelegate.getInstance()
                .createHeaderDelegate(EntityTag.class)
                .toString(current));
    }

    /** 412, with the current ETag in the response. */
    public static final class Stale extends ApiProblem {

        private final String current;

        /** @param current the current version as the {@code ETag} header says it, quotes included */
        public Stale(String current) {
            super(ProblemType.PRECONDITION_FAILED, "detail.stale");
            this.current = current;
        }

        @Override
        public Map<String, String> responseHeaders() {
            return Map.of(HttpHeaders.ETAG, current);
        }
    }
}
