package org.bulletincms.history;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.bulletincms.issue.ItemWritten;

/**
 * One write to an item as it was: who, when, what kind of write, and the item's whole content after it (for a
 * deletion, the content it had). Revisions are numbered 1, 2, … per item and never change; every column is
 * {@code updatable = false} so not even a stray flush can rewrite history.
 */
@Entity
@Table(name = "item_revision")
public class ItemRevision {

    @Id
    private UUID id;

    @Column(name = "item_id", nullable = false, updatable = false)
    private UUID itemId;

    @Column(name = "issue_id", nullable = false, updatable = false)
    private UUID issueId;

    @Column(name = "revision_number", nullable = false, updatable = false)
    private int number;

    @Column(name = "section_type", nullable = false, updatable = false, length = 64)
    private String sectionType;

    @Column(name = "schema_version", nullable = false, updatable = false)
    private int schemaVersion;

    @Column(nullable = false, updatable = false)
    private String content;

    @Enumerated(EnumType.STRING)
    @Column(name = "change_kind", nullable = false, updatable = false, length = 20)
    private ItemWritten.Change change;

    @Column(name = "written_by", nullable = false, updatable = false, length = 100)
    private String by;

    @Column(name = "written_at", nullable = false, updatable = false)
    private Instant at;

    protected ItemRevision() {
        // for JPA
    }

    private ItemRevision(ItemWritten written, int number) {
        if (number < 1) {
            throw new IllegalArgumentException("revisions are numbered from 1");
        }
        this.id = UUID.randomUUID();
        this.itemId = written.itemId();
        this.issueId = written.issueId();
        this.number = number;
        this.sectionType = written.sectionType();
        this.schemaVersion = written.schemaVersion();
        this.content = written.contentJson();
        this.change = written.change();
        this.by = written.by();
        this.at = written.at();
    }

    /** The revision numbered {@code number} that records this write. */
    static ItemRevision of(ItemWritten written, int number) {
        return new ItemRevision(written, number);
    }

    public UUID id() {
        return id;
    }

    public UUID itemId() {
        return itemId;
    }

    public UUID issueId() {
        return issueId;
    }

    public int number() {
        return number;
    }

    public String sectionType() {
        return sectionType;
    }

    public int schemaVersion() {
        return schemaVersion;
    }

    /** The content JSON exactly as the write left it, in the schema version {@link #schemaVersion()}. */
    public String contentJson() {
        return content;
    }

    public ItemWritten.Change change() {
        return change;
    }

    public String by() {
        return by;
    }

    public Instant at() {
        return at;
    }
}
