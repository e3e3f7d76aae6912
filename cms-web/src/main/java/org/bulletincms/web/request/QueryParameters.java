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

    /**
     * The highest page number a paged endpoint serves (400 beyond it). With page sizes of at most a few hundred,
     * {@code (page - 1) × size} stays far inside an {@code int}, so no caller anywhere sees an overflowed offset.
     */
    public static final int MAX_PAGE = 10_000;

    private QueryParameters() {}

    public static void allowOnly(UriInfo uri, Set<String> allowed) {
        Set<String> unknown = new TreeSet<>(uri.getQueryParameters().keySet());
        unknown.removeAll(allowed);
        if (!unknown.isEmpty()) {
            throw new ApiProblem(
                    ProblemType.MALFORMED_REQUEST,
                    "detail.unknown-parameter",
                    String.join(", ", unknown),
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

    /** The {@code page} parameter: 1 when absent, 400 when not a whole number from 1 to {@link #MAX_PAGE}. */
    public static int page(UriInfo uri) {
        return page(positive(uri, "page", 1));
    }

    /** Refuses a page number beyond {@link #MAX_PAGE} (400). */
    public static int page(int number) {
        if (number > MAX_PAGE) {
            throw new ApiProblem(ProblemType.MALFORMED_REQUEST, "detail.page-beyond-maximum", MAX_PAGE);
        }
        return number;
    }

    /** The first result of {@code page}; {@link ArithmeticException} rather than a negative offset. */
    public static int offset(int page, int size) {
        return Math.multiplyExact(page - 1, size);
    }
}
