package org.bulletincms.web.workflow;

import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import java.util.Optional;
import org.bulletincms.account.Accounts;
import org.bulletincms.history.ChangedItem;
import org.bulletincms.history.FieldChange;
import org.bulletincms.workflow.ChangesSinceReview;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What changed in an issue since its last review, as the management API writes it. */
@Schema(
        name = "ChangesSinceReview",
        description = "What changed in the issue since its last review (approval or rejection), item by item and "
                + "field by field, computed from the item revisions.")
@JsonbPropertyOrder({"issue", "lastReview", "items"})
public record ChangesSinceReviewAnswer(
        @Schema(required = true, format = "uuid") String issue,

        @Schema(
                description = "The newest approval or rejection; absent when the issue was never reviewed (then "
                        + "`items` is empty: everything is new to the reviewer)")
        Optional<LastReview> lastReview,

        @Schema(required = true, description = "Items in reading order, then removed items, oldest removal first")
        List<Item> items) {

    /** The review the changes are counted from. */
    @Schema(name = "LastReview")
    @JsonbPropertyOrder({"decision", "by", "at"})
    public record LastReview(
            @Schema(
                    required = true,
                    enumeration = {"approve", "reject"})
            String decision,

            @Schema(required = true, description = "The reviewer's user name")
            String by,

            @Schema(required = true, format = "date-time") String at) {}

    /** One item added, changed or removed since the review. */
    @Schema(name = "ChangedItem")
    @JsonbPropertyOrder({"item", "type", "kind", "by", "at", "changes"})
    public record Item(
            @Schema(required = true, format = "uuid") String item,

            @Schema(required = true, description = "The item's section type")
            String type,

            @Schema(
                    required = true,
                    enumeration = {"added", "changed", "removed"})
            String kind,

            @Schema(required = true, description = "Who wrote it last (user name)")
            String by,

            @Schema(required = true, format = "date-time", description = "When it was written last")
            String at,

            @Schema(
                    required = true,
                    description = "Each field that differs from the item at the review (for an added "
                            + "item every field, added; for a removed one every field, removed)")
            List<Change> changes) {}

    /** One field that differs. */
    @Schema(name = "ChangedField")
    @JsonbPropertyOrder({"pointer", "kind", "before", "after", "textChanges", "entryChanges"})
    public record Change(
            @Schema(required = true, description = "The field in the item content (RFC 6901): /localized/en/title")
            String pointer,

            @Schema(
                    required = true,
                    enumeration = {"added", "removed", "changed"})
            String kind,

            @Schema(
                    ref = AnyJsonInOpenApi.NAME,
                    description = "The value at the review; absent when the field was added (any JSON value, as the "
                            + "field's type holds)")
            Optional<JsonValue> before,

            @Schema(
                    ref = AnyJsonInOpenApi.NAME,
                    description = "The value now; absent when the field was removed (any JSON value, as the field's "
                            + "type holds)")
            Optional<JsonValue> after,

            @Schema(
                    description = "A changed text field: what changed, word by word (character by character in "
                            + "Chinese), rich text by its visible text; absent otherwise")
            Optional<List<TextChange>> textChanges,

            @Schema(
                    description = "A changed list field or picture's words: the entries and members that changed, "
                            + "each word by word; absent otherwise")
            Optional<List<EntryChange>> entryChanges) {}

    static ChangesSinceReviewAnswer of(ChangesSinceReview changes, Accounts accounts) {
        return new ChangesSinceReviewAnswer(
                changes.issue().toString(),
                changes.lastReview().map(review -> review(review, accounts)),
                changes.items().stream().map(item -> item(item, accounts)).toList());
    }

    private static LastReview review(ChangesSinceReview.LastReview review, Accounts accounts) {
        return new LastReview(
                review.decision().code(),
                accounts.shownName(review.reviewer()),
                review.decidedAt().toString());
    }

    private static Item item(ChangedItem item, Accounts accounts) {
        return new Item(
                item.item().toString(),
                item.sectionType(),
                item.kind().code(),
                accounts.shownName(item.by()),
                item.at().toString(),
                item.changes().stream().map(ChangesSinceReviewAnswer::change).toList());
    }

    private static Change change(FieldChange change) {
        return new Change(
                change.pointer(),
                change.kind().code(),
                change.before(),
                change.after(),
                change.textChanges().map(TextChange::of),
                change.entryChanges().map(EntryChange::of));
    }
}
