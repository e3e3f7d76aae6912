package org.bulletincms.workflow;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.bulletincms.refusal.Refusal;
import org.bulletincms.spi.Violation;

/** Items that fail the strict (publish) validation when the issue is submitted for review (422). */
public class NotPublishable extends Refusal {

    /** One item's violation, with the item named. */
    public record ItemViolation(UUID itemId, String sectionType, Violation violation) {}

    private final List<ItemViolation> violations;

    public NotPublishable(List<ItemViolation> violations) {
        super("not-publishable", Kind.INVALID, violations.size() + " violation(s) of publish rules", violations.size());
        this.violations = List.copyOf(violations);
    }

    public List<ItemViolation> violations() {
        return violations;
    }

    /** Each violation at its place in the issue: {@code /items/{id}/content} and the pointer into the content. */
    @Override
    public List<FieldViolation> fieldViolations() {
        return violations.stream()
                .map(v -> new FieldViolation(
                        "/items/" + v.itemId() + "/content" + v.violation().pointer(),
                        v.violation(),
                        Optional.of(v.sectionType())))
                .toList();
    }
}
