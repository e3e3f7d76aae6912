package org.bulletincms.workflow;

import java.time.Instant;
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
public record ChangesSinceReview(UUID issue, Optional<LastReview> lastReview, List<ChangedItem> items) {

    /**
     * The review the changes are counted from.
     *
     * @param reviewer the reviewer as stored (their subject); {@code Accounts#shownName} names them
     */
    public record LastReview(ReviewDecision.Decision decision, String reviewer, Instant decidedAt) {

        public LastReview {
            Objects.requireNonNull(decision, "decision");
            Objects.requireNonNull(reviewer, "reviewer");
            Objects.requireNonNull(decidedAt, "decidedAt");
        }

        static LastReview of(ReviewDecision review) {
            return new LastReview(review.decision(), review.reviewer(), review.decidedAt());
        }
    }

    public ChangesSinceReview {
        Objects.requireNonNull(issue, "issue");
        Objects.requireNonNull(lastReview, "lastReview");
        items = List.copyOf(items);
    }
}
