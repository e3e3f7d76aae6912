package org.bulletincms.web.problem;

import jakarta.json.JsonValue;
import java.util.Map;
import org.bulletincms.refusal.Refusal;

/**
 * A refusal that only the web edge can state, about the request rather than the domain: a query parameter that is
 * not a number, a write without {@code If-Match}, a body over the limit. It is a {@link Refusal} like every other, so
 * {@link RefusalProblems} answers it; its code is the slug of the {@link ProblemType} it names, its kind follows from
 * that type's status.
 */
public class ApiProblem extends Refusal {

    private static final String DETAIL = "detail.";

    private final ProblemType type;
    private final String detailKey;
    private final transient Map<String, JsonValue> extensions;

    /** @param detailKey the detail text's key in the {@code problems} bundle, {@code detail.} included */
    public ApiProblem(ProblemType type, String detailKey, Object... detailArguments) {
        this(type, Map.of(), detailKey, detailArguments);
    }

    /**
     * @param extensions members of the problem besides the standard ones
     * @param detailKey  the detail text's key in the {@code problems} bundle, {@code detail.} included
     */
    public ApiProblem(
            ProblemType type, Map<String, JsonValue> extensions, String detailKey, Object... detailArguments) {
        super(type.slug(), RefusalProblems.kindOf(type.status()), type.slug() + ": " + detailKey, detailArguments);
        if (!detailKey.startsWith(DETAIL)) {
            throw new IllegalArgumentException("A detail key starts with 'detail.': " + detailKey);
        }
        this.type = type;
        this.detailKey = detailKey.substring(DETAIL.length());
        this.extensions = Map.copyOf(extensions);
    }

    public ProblemType type() {
        return type;
    }

    @Override
    public String detailKey() {
        return detailKey;
    }

    @Override
    public Map<String, JsonValue> facts() {
        return extensions;
    }

    /** Headers the response carries besides the problem, e.g. the current ETag of a 412. */
    public Map<String, String> responseHeaders() {
        return Map.of();
    }
}
