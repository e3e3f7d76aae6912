package org.bulletincms.web.problem;

import jakarta.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.bulletincms.refusal.Refusal;

/**
 * The one mapping from a {@link Refusal} to a problem, driven by the refusal's own data: its code is the problem
 * type, its kind the status, its detail key and arguments the detail, its facts the extension members and its field
 * violations the {@code errors}, each text in the caller's language. No refusal is named here, so a new one needs a
 * {@link ProblemType} and its texts in the bundles, nothing else.
 */
final class RefusalProblems {

    private final ProblemText text;
    private final FieldErrors fieldErrors;

    RefusalProblems(ProblemText text, FieldErrors fieldErrors) {
        this.text = text;
        this.fieldErrors = fieldErrors;
    }

    Problem describe(Refusal refusal) {
        ProblemType type = ProblemType.bySlug(refusal.code())
                .orElseThrow(() -> new IllegalStateException("No problem type for the refusal code " + refusal.code()
                        + " of " + refusal.getClass().getName()));
        Map<String, JsonValue> extensions = new LinkedHashMap<>(refusal.facts());
        if (!refusal.fieldViolations().isEmpty()) {
            extensions.put("errors", fieldErrors.toJson(refusal.fieldViolations()));
        }
        return new Problem(
                type,
                statusOf(refusal.kind()),
                text.title(type),
                text.detail("detail." + refusal.detailKey(), refusal.arguments().toArray()),
                Optional.empty(),
                extensions);
    }

    /** The HTTP status of each kind of refusal; a refusal's {@link ProblemType} has the same one. */
    static int statusOf(Refusal.Kind kind) {
        return switch (kind) {
            case MALFORMED -> 400;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case STALE -> 412;
            case TOO_LARGE -> 413;
            case UNSUPPORTED_TYPE -> 415;
            case INVALID -> 422;
            case VERSION_REQUIRED -> 428;
            case UNAVAILABLE -> 503;
            case NO_ROOM -> 507;
        };
    }

    /** The kind of refusal a status answers, for refusals of the web edge that name their type. */
    static Refusal.Kind kindOf(int status) {
        for (Refusal.Kind kind : Refusal.Kind.values()) {
            if (statusOf(kind) == status) {
                return kind;
            }
        }
        throw new IllegalArgumentException("No kind of refusal answers " + status);
    }
}
