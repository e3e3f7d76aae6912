package org.bulletincms.workflow;

import java.util.List;
import java.util.UUID;
import org.bulletincms.spi.Violation;

/** Items that fail the strict (publish) validation when the issue is submitted for review (422). */
public class NotPublishable extends RuntimeException {

    /** One item's violation, with the item named. */
    public record ItemViolation(UUID itemId, String sectionType, Violation violation) {
    }

    private final List<ItemViolation> violations;

    public NotPublishable(List<ItemViolation> violations) {
        super(violations.size() + " violation(s) of publish rules");
        this.violations = List.copyOf(violations);
    }

    public List<ItemViolation> violations() {
        return violations;
    }
}
