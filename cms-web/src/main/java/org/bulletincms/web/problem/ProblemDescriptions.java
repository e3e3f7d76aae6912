package org.bulletincms.web.problem;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.bulletincms.refusal.Refusal;
import org.bulletincms.sectiontype.InstalledSectionTypes;

/**
 * Where failures become problem descriptions, for the JAX-RS exception mapper and the servlet error page (failures
 * before JAX-RS, such as a missing token) alike; no resource builds an error response by hand. A refusal anywhere in
 * the cause chain is answered by {@link RefusalProblems}; what the frameworks refuse by {@link RequestProblems};
 * everything else is a failure of the product, answered by {@link FailureProblems}.
 */
public final class ProblemDescriptions {

    private final RefusalProblems refusals;
    private final RequestProblems requests;
    private final FailureProblems failures;

    private ProblemDescriptions(ProblemText text, InstalledSectionTypes sectionTypes) {
        this.refusals = new RefusalProblems(text, new FieldErrors(text.locale(), sectionTypes));
        this.requests = new RequestProblems(text);
        this.failures = new FailureProblems(text);
    }

    /** Problems without the installed section types: a plugin's own violation keys are then shown as keys. */
    public static ProblemDescriptions inLanguages(List<Locale> acceptableLanguages) {
        return inLanguages(acceptableLanguages, InstalledSectionTypes.of(List.of()));
    }

    /** Problems whose item violations are worded by their section types' own messages. */
    public static ProblemDescriptions inLanguages(
            List<Locale> acceptableLanguages, InstalledSectionTypes sectionTypes) {
        return new ProblemDescriptions(ProblemText.forLanguages(acceptableLanguages), sectionTypes);
    }

    /** Maps any exception raised while serving {@code method path}. */
    public Problem forException(Throwable failure, String method, String path) {
        Optional<Refusal> refusal = Causes.find(failure, Refusal.class);
        if (refusal.isPresent()) {
            return refusals.describe(refusal.get());
        }
        return requests.describe(failure, method, path).orElseGet(() -> forUncaught(failure, method, path));
    }

    /** A failure no refusal explains, as the servlet error page meets it. */
    public Problem forUncaught(Throwable failure, String method, String path) {
        return failures.describe(failure, method, path);
    }

    /** A status set by the container (authentication, routing, size limits) rather than by an exception. */
    public Problem forStatus(int status, String method, String path) {
        if (status >= 500) {
            return failures.incident(
                    method, path, new IllegalStateException("status " + status + " without an exception"));
        }
        return requests.forStatus(status, method, path);
    }
}
