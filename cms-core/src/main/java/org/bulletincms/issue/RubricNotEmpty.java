package org.bulletincms.issue;

import java.util.UUID;
import org.bulletincms.refusal.Refusal;

/** A rubric that still holds items cannot be removed: move or delete its items first. */
public class RubricNotEmpty extends Refusal {

    private final int items;

    public RubricNotEmpty(UUID rubricId, int items) {
        super("rubric-not-empty", Kind.CONFLICT, "rubric " + rubricId + " still holds " + items + " item(s)", items);
        this.items = items;
    }

    public int items() {
        return items;
    }
}
