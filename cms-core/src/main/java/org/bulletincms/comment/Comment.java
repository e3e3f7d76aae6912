package org.bulletincms.comment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A remark by someone working on an issue, about the issue, one of its items, or one field of an item.
 * Its text never changes after it is written; only whether it is resolved does.
 */
@Entity
@Table(name = "issue_comment")
public class Comment {

    /**
     * The longest comment text, in characters (Unicode code points): a comment is a remark, not a document.
     * Fixed rather than configurable because the column is sized for it.
     */
    public static final int MAX_TEXT_LENGTH = 4000;

    @Id
    private UUID id;

    @Column(name = "issue_id", nullable = false, updatable = false)
    private UUID issueId;

    @Column(name = "item_id", updatable = false)
    private UUID itemId;

    @Column(name = "anchor", updatable = false, length = FieldAnchor.MAX_LENGTH)
    private String anchor;

    @Column(name = "body", nullable = false, updatable = false)
    private String text;

    @Column(nullable = false, updatable = false, length = 100)
    private String author;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "resolved_by", length = 100)
    private String resolvedBy;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Version
    private long version;

    protected Comment() {
        // for JPA
    }

    private Comment(
            UUID issueId,
            Optional<UUID> itemId,
            Optional<FieldAnchor> anchor,
            String text,
            String author,
            Instant now) {
        Objects.requireNonNull(text, "text");
        if (anchor.isPresent() && itemId.isEmpty()) {
            throw new IllegalArgumentException("a field anchor points into an item; name the item too");
        }
        if (text.isBlank() || text.codePointCount(0, text.length()) > MAX_TEXT_LENGTH) {
            throw new IllegalArgumentException("a comment has 1 to " + MAX_TEXT_LENGTH + " characters");
        }
        this.id = UUID.randomUUID();
        this.issueId = Objects.requireNonNull(issueId, "issue");
        this.itemId = itemId.orElse(null);
        this.anchor = anchor.map(FieldAnchor::pointer).orElse(null);
        this.text = text;
        this.author = Objects.requireNonNull(author, "author");
        this.createdAt = stored(now);
    }

    /** A comment on the issue as a whole. */
    public static Comment onIssue(UUID issueId, String text, String author, Instant now) {
        return new Comment(issueId, Optional.empty(), Optional.empty(), text, author, now);
    }

    /** A comment on an item of the issue, optionally on one field of it. */
    public static Comment onItem(
            UUID issueId, UUID itemId, Optional<FieldAnchor> anchor, String text, String author, Instant now) {
        return new Comment(issueId, Optional.of(itemId), anchor, text, author, now);
    }

    /** Marks the point settled. Resolving a resolved comment keeps who settled it first. */
    public void resolve(String by, Instant now) {
        if (isResolved()) {
            return;
        }
        this.resolvedBy = Objects.requireNonNull(by, "by");
        this.resolvedAt = stored(now);
    }

    /** Opens a resolved comment again: the point turned out not to be settled. */
    public void reopen() {
        this.resolvedBy = null;
        this.resolvedAt = null;
    }

    /**
     * The instant as the database keeps it (microseconds, on PostgreSQL and H2 alike), so the answer to the
     * request that writes a comment shows exactly what every later read shows.
     */
    private static Instant stored(Instant instant) {
        return Objects.requireNonNull(instant, "instant").truncatedTo(ChronoUnit.MICROS);
    }

    public boolean isResolved() {
        return resolvedAt != null;
    }

    public UUID id() {
        return id;
    }

    public UUID issueId() {
        return issueId;
    }

    public Optional<UUID> itemId() {
        return Optional.ofNullable(itemId);
    }

    public Optional<FieldAnchor> anchor() {
        return Optional.ofNullable(anchor).map(FieldAnchor::new);
    }

    public String text() {
        return text;
    }

    public String author() {
        return author;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<String> resolvedBy() {
        return Optional.ofNullable(resolvedBy);
    }

    public Optional<Instant> resolvedAt() {
        return Optional.ofNullable(resolvedAt);
    }

    public long version() {
        return version;
    }
}
