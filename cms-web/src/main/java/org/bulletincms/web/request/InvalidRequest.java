package org.bulletincms.web.request;

import java.util.List;
import org.bulletincms.web.problem.ApiProblem;
import org.bulletincms.web.problem.ProblemType;

/**
 * A request body with errors (422), all of them listed at once under {@code errors}, each a key and arguments that
 * the problem mapping words in the caller's language.
 */
public class InvalidRequest extends ApiProblem {

    private final transient List<FieldViolation> errors;

    public InvalidRequest(List<FieldViolation> errors) {
        super(ProblemType.INVALID_CONTENT, "detail.invalid-content", errors.size());
        this.errors = List.copyOf(errors);
    }

    @Override
    public List<FieldViolation> fieldViolations() {
        return errors;
    }
}
