package org.bulletincms.web.comment;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.bulletincms.comment.Comment;
import org.bulletincms.comment.CommentView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A comment as the management API shows it, mapped from the core's view of it. */
@Schema(name = "Comment", description = "A comment on an issue, one of its items, or one field of an item.")
@JsonbPropertyOrder({
    "id",
    "issue",
    "item",
    "field",
    "text",
    "author",
    "createdAt",
    "resolved",
    "resolvedBy",
    "resolvedAt",
    "version"
})
public record CommentDocument(
        @Schema(required = true) UUID id,

        @Schema(required = true, description = "The issue commented on")
        UUID issue,

        @Schema(description = "The item commented on, if any")
        Optional<UUID> item,

        @Schema(
                description = "The field commented on, as a JSON pointer into the item's content",
                example = "/localized/en/title")
        Optional<String> field,

        @Schema(required = true, maxLength = Comment.MAX_TEXT_LENGTH)
        String text,

        @Schema(required = true, description = "The author's user name")
        String author,

        @Schema(required = true) Instant createdAt,
        @Schema(required = true) boolean resolved,

        @Schema(description = "Who resolved it first, while it is resolved")
        Optional<String> resolvedBy,

        @Schema(description = "When it was resolved, while it is resolved")
        Optional<Instant> resolvedAt,

        @Schema(required = true) long version) {

    static CommentDocument of(CommentView comment) {
        return new CommentDocument(
                comment.id(),
                comment.issue(),
                comment.item(),
                comment.field(),
                comment.text(),
                comment.author(),
                comment.createdAt(),
                comment.resolved(),
                comment.resolvedBy(),
                comment.resolvedAt(),
                comment.version());
    }

    /** The comments of an issue, oldest first. */
    @Schema(name = "Comments", description = "Comments, oldest first.")
    public record Page(@Schema(required = true) List<CommentDocument> comments) {

        static Page of(List<CommentView> comments) {
            return new Page(comments.stream().map(CommentDocument::of).toList());
        }
    }
}
