package org.bulletincms.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.bulletincms.history.ChangedItem;
import org.bulletincms.history.ChangesSince;
import org.bulletincms.history.ItemRevision;
import org.bulletincms.history.ItemRevisionRepository;
import org.bulletincms.issue.IssueRepository;
import org.bulletincms.issue.Item;
import org.bulletincms.sectiontype.InstalledSectionTypes;
import org.bulletincms.sectiontype.ResolvedItemContent;
import org.bulletincms.spi.Json;

/**
 * The reviewer's question "what changed since I (or another reviewer) last looked", answered in one read: the last
 * review is the issue's newest {@link ReviewDecision} (approval or rejection), and the changes are computed from
 * the item revisions ({@link ChangesSince}), so nothing is lost however much happened in between.
 */
@ApplicationScoped
@Transactional
public class ReviewChanges {

    @Inject
    IssueRepository issues;

    @Inject
    WorkflowRepository records;

    @Inject
    ItemRevisionRepository revisions;

    @Inject
    InstalledSectionTypes sectionTypes;

    /** What changed since the issue's last review; empty when there is no such issue. */
    public Optional<ChangesSinceReview> of(UUID issueId) {
        return issues.find(issueId).map(issue -> {
            Optional<ReviewDecision> last = records.lastReview(issueId);
            List<ChangedItem> items = last.map(review -> ChangesSince.of(
                            review.decidedAt(),
                            issue.items().stream().map(Item::id).toList(),
                            revisions.ofIssue(issueId),
                            this::upgraded))
                    .orElse(List.of());
            return new ChangesSinceReview(issue.id(), last.map(ChangesSinceReview.LastReview::of), items);
        });
    }

    /** The revision's content in the installed schema version of its type, or as written when it cannot be. */
    private JsonObject upgraded(ItemRevision revision) {
        JsonObject stored;
        try (JsonReader reader = Json.createReader(new StringReader(revision.contentJson()))) {
            stored = reader.readObject();
        }
        return sectionTypes.resolve(revision.sectionType(), revision.schemaVersion(), stored)
                        instanceof ResolvedItemContent resolved
                ? resolved.content().toJson()
                : stored;
    }
}
