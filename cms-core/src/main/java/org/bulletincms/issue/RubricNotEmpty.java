package org.bulletincms.issue;

import java.util.UUID;

/** A rubric that still holds items cannot be removed: move or delete its items first. */
public class RubricNotEmpty extends RuntimeException {

    private final int items;

    public RubricNotEmpty(UUID rubricId, int items) {
        super("rubric " + rubricId + " still holds " + items + " item(s)");
        this.items = items;
    }

    public int items() {
        return items;
    }
}
