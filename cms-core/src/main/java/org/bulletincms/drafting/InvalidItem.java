package org.bulletincms.drafting;

import java.util.List;
import org.bulletincms.refusal.Refusal;

/**
 * An item write whose content breaks the section type's rules, or names fields it may not (422). Every violation is
 * listed at once with its pointer into the request body; the section type words those about its content.
 */
public class InvalidItem extends Refusal {

    private final transient List<FieldViolation> errors;

    public InvalidItem(List<FieldViolation> errors) {
        super("invalid-content", Kind.INVALID, errors.size() + " error(s) in the item", errors.size());
        this.errors = List.copyOf(errors);
    }

    @Override
    public List<FieldViolation> fieldViolations() {
        return errors;
    }
}
