package org.bulletincms.workflow;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.bulletincms.history.ChangedItem;

/**
 * What changed in an issue since its last review, item by item and field by field.
 *
 * @param issue      the issue's id
 * @param lastReview the newest approval or rejection; empty when the issue was never reviewed (then nothing is
 *                   listed: the whole issue is new to its reviewer)
 * @param items      the items added, changed or removed since that review
 */
public record ChangesSinceReview(UUID issue, Optional<ReviewDecision> lastReview, List<ChangedItem> items) {

    public ChangesSinceReview {
        Objects.requireNonNull(issue, "issue");
        Objects.requireNonNull(lastReview, "lastReview");
        items = List.copyOf(items);
    }
}
