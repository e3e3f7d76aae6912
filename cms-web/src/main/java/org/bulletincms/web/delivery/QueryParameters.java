package org.bulletincms.web.delivery;

import jakarta.ws.rs.core.UriInfo;
import java.util.Set;
import java.util.TreeSet;
import org.bulletincms.web.problem.ApiProblem;
import org.bulletincms.web.problem.ProblemType;

/** The delivery API refuses query parameters it does not know (400), so no parameter is ever silently ignored. */
final class QueryParameters {

    /** The largest page the delivery API serves; larger requests are clamped to it. */
    static final int MAX_PAGE_SIZE = 100;
    static final int DEFAULT_PAGE_SIZE = 20;

    private QueryParameters() {
    }

    static void allowOnly(UriInfo uri, Set<String> allowed) {
        Set<String> unknown = new TreeSet<>(uri.getQueryParameters().keySet());
        unknown.removeAll(allowed);
        if (!unknown.isEmpty()) {
            throw new ApiProblem(ProblemType.MALFORMED_REQUEST, "detail.unknown-parameter", String.join(", ", unknown),
                    String.join(", ", new TreeSet<>(allowed)));
        }
    }

    static int positive(UriInfo uri, String name, int fallback) {
        String value = uri.getQueryParameters().getFirst(name);
        if (value == null) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value);
            if (number < 1) {
                throw new NumberFormatException();
            }
            return number;
        } catch (NumberFormatException e) {
            throw new ApiProblem(ProblemType.MALFORMED_REQUEST, "detail.not-a-positive-number", name);
        }
    }
}
