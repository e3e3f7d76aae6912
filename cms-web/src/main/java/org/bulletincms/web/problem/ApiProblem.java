package org.bulletincms.web.problem;

import jakarta.json.JsonValue;
import java.util.Map;

/**
 * A request the API refuses for a reason it can explain: the exception is the problem description.
 * Resources throw it (or a subclass); {@link ProblemMapper} turns it into {@code application/problem+json}.
 */
public class ApiProblem extends RuntimeException {

    private final ProblemType type;
    private final String detailKey;
    private final transient Object[] detailArguments;
    private final transient Map<String, JsonValue> extensions;

    public ApiProblem(ProblemType type, String detailKey, Object... detailArguments) {
        this(type, Map.of(), detailKey, detailArguments);
    }

    public ApiProblem(
            ProblemType type, Map<String, JsonValue> extensions, String detailKey, Object... detailArguments) {
        super(type.slug() + ": " + detailKey, null, false, false);
        this.type = type;
        this.detailKey = detailKey;
        this.detailArguments = detailArguments.clone();
        this.extensions = Map.copyOf(extensions);
    }

    public ProblemType type() {
        return type;
    }

    public String detailKey() {
        return detailKey;
    }

    public Object[] detailArguments() {
        return detailArguments.clone();
    }

    public Map<String, JsonValue> extensions() {
        return extensions;
    }

    /** The refusal somewhere in a failure's cause chain, or null. */
    static ApiProblem find(Throwable failure) {
        int depth = 0;
        for (Throwable cause = failure; cause != null && depth < 20; cause = cause.getCause(), depth++) {
            if (cause instanceof ApiProblem problem) {
                return problem;
            }
        }
        return null;
    }

    /** Headers the response carries besides the problem, e.g. the current ETag of a 412. */
    public Map<String, String> responseHeaders() {
        return Map.of();
    }
}
