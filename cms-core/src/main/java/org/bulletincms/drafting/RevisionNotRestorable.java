package org.bulletincms.drafting;

import java.util.List;
import java.util.Optional;
import org.bulletincms.refusal.Refusal;
import org.bulletincms.spi.Violation;

/**
 * A revision whose content breaks rules that hold today (409): the client sent nothing wrong, so it is a conflict
 * with today's rules, not a bad request. Each violation is listed with a pointer into the revision's content and
 * worded by the section type.
 */
public class RevisionNotRestorable extends Refusal {

    private final transient List<FieldViolation> errors;

    public RevisionNotRestorable(int revision, String sectionType, List<Violation> violations) {
        super(
                "revision-not-restorable",
                Kind.CONFLICT,
                "revision " + revision + " breaks " + violations.size() + " rule(s) of today",
                revision,
                violations.size());
        this.errors = violations.stream()
                .map(violation -> new FieldViolation(violation.pointer(), violation, Optional.of(sectionType)))
                .toList();
    }

    @Override
    public List<FieldViolation> fieldViolations() {
        return errors;
    }
}
