package org.bulletincms.web.request;

import jakarta.ws.rs.core.UriInfo;
import java.util.Set;
import java.util.TreeSet;
import org.bulletincms.web.problem.ApiProblem;
import org.bulletincms.web.problem.ProblemType;

/**
 * Query parameters as the API reads them: unknown ones refused (400), so none is ever silently ignored, and page
 * numbers and sizes that must be whole numbers from 1.
 */
public final class QueryParameters {

    private QueryParameters() {
    }

    public static void allowOnly(UriInfo uri, Set<String> allowed) {
        Set<String> unknown = new TreeSet<>(uri.getQueryParameters().keySet());
        unknown.removeAll(allowed);
        if (!unknown.isEmpty()) {
            throw new ApiProblem(ProblemType.MALFORMED_REQUEST, "detail.unknown-parameter", String.join(", ", unknown),
                    String.join(", ", new TreeSet<>(allowed)));
        }
    }

    public static int positive(UriInfo uri, String name, int fallback) {
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
