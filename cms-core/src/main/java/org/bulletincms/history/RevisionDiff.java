package org.bulletincms.history;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** What changed from one revision of an item to another, field by field. */
public record RevisionDiff(UUID item, RevisionSummary from, RevisionSummary to, List<FieldChange> changes) {

    public RevisionDiff {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        changes = List.copyOf(changes);
    }
}
