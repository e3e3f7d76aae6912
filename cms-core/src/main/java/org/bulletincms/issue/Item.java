package org.bulletincms.issue;

import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.StringReader;
import java.time.Instant;
import java.util.UUID;
import org.bulletincms.concurrency.VersionTag;
import org.bulletincms.spi.Json;

/**
 * One section of an issue — a news item, an event card, a declaration… — of a section type supplied by a
 * plugin. It keeps the type id and the schema version its content was written with, and the content itself
 * as the JSON the section-type SPI defines ({@code {"shared": {…}, "localized": {"zh-CN": {…}, "en": {…}}}}).
 * Content is stored verbatim even when its plugin is no longer installed, so nothing is ever dropped.
 */
@Entity
@Table(name = "item")
public class Item {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "rubric_id", nullable = false)
    private Rubric rubric;

    @Column(nullable = false)
    private int position;

    @Column(name = "section_type", nullable = false, length = 64)
    private String sectionType;

    @Column(name = "schema_version", nullable = false)
    private int schemaVersion;

    @Column(nullable = false)
    private String content;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 100)
    private String updatedBy;

    @Version
    private long version;

    protected Item() {
        // for JPA
    }

    Item(Rubric rubric, int position, ItemDraft draft, String by, Instant now) {
        this.id = UUID.randomUUID();
        this.rubric = rubric;
        this.position = position;
        this.sectionType = draft.sectionType();
        this.schemaVersion = draft.schemaVersion();
        this.content = draft.contentJson();
        this.createdAt = now;
        this.createdBy = by;
        this.updatedAt = now;
        this.updatedBy = by;
    }

    public UUID id() {
        return id;
    }

    public Rubric rubric() {
        return rubric;
    }

    public int position() {
        return position;
    }

    public String sectionType() {
        return sectionType;
    }

    public int schemaVersion() {
        return schemaVersion;
    }

    /** The stored content JSON, exactly as last written. */
    public String contentJson() {
        return content;
    }

    /** The stored content as a JSON object ({@code {"shared": {…}, "localized": {…}}}). */
    public JsonObject content() {
        try (JsonReader reader = Json.createReader(new StringReader(content))) {
            return reader.readObject();
        }
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public long version() {
        return version;
    }

    /** The version a client names to change the item (its ETag). Current after a flush. */
    public String tag() {
        return VersionTag.of(id, version);
    }

    /** Replaces the content (already checked and sanitised by the caller) with a new revision. */
    void revise(ItemDraft draft, String by, Instant now) {
        if (!draft.sectionType().equals(sectionType)) {
            throw new IllegalArgumentException("an item keeps its section type; create a new item instead");
        }
        this.schemaVersion = draft.schemaVersion();
        this.content = draft.contentJson();
        this.updatedAt = now;
        this.updatedBy = by;
    }

    void placeIn(Rubric newRubric, int newPosition) {
        this.rubric = newRubric;
        this.position = newPosition;
    }
}
