package org.bulletincms.comment;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.bulletincms.account.Accounts;

/**
 * A comment as people read it, its author and resolver by the user names they have now.
 *
 * @param field the field commented on, as a JSON pointer into the item's content
 */
public record CommentView(
        UUID id,
        UUID issue,
        Optional<UUID> item,
        Optional<String> field,
        String text,
        String author,
        Instant createdAt,
        boolean resolved,
        Optional<String> resolvedBy,
        Optional<Instant> resolvedAt,
        long version) {

    public CommentView {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(issue, "issue");
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(resolvedBy, "resolvedBy");
        Objects.requireNonNull(resolvedAt, "resolvedAt");
    }

    /** The comment as it is now; call after a flush, so its version is current. */
    static CommentView of(Comment comment, Accounts accounts) {
        return new CommentView(
                comment.id(),
                comment.issueId(),
                comment.itemId(),
                comment.anchor().map(FieldAnchor::pointer),
                comment.text(),
                accounts.shownName(comment.author()),
                comment.createdAt(),
                comment.isResolved(),
                comment.resolvedBy().map(accounts::shownName),
                comment.resolvedAt(),
                comment.version());
    }
}
