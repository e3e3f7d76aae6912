package org.bulletincms.web.history;

import java.util.List;
import java.util.Optional;
import org.bulletincms.spi.Violation;
import org.bulletincms.web.problem.ApiProblem;
import org.bulletincms.web.problem.ProblemType;

/**
 * A revision whose content breaks rules that hold today (409): the client sent nothing wrong, so it is a conflict
 * with today's rules, not a bad request. Each violation is listed with a pointer into the revision's content and
 * worded by the section type.
 */
public final class RevisionNotRestorable extends ApiProblem {

    private final transient List<FieldViolation> errors;

    public RevisionNotRestorable(int revision, String sectionType, List<Violation> violations) {
        super(ProblemType.REVISION_NOT_RESTORABLE, "detail.revision-not-restorable", revision, violations.size());
        this.errors = violations.stream()
                .map(violation -> new FieldViolation(violation.pointer(), violation, Optional.of(sectionType)))
                .toList();
    }

    @Override
    public List<FieldViolation> fieldViolations() {
        return errors;
    }
}
