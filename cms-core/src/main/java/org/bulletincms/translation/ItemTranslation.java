package org.bulletincms.translation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * The record that an item's values in one target locale were translated from a particular state of its
 * source: the fingerprint of the source values then, and those values themselves, so that a later source
 * edit is detected (outdated) and shown (what changed since).
 */
@Entity
@Table(name = "item_translation")
public class ItemTranslation {

    @Id
    private UUID id;

    @Column(name = "item_id", nullable = false)
    private UUID itemId;

    @Column(nullable = false, length = 35)
    private String locale;

    @Column(name = "source_fingerprint", nullable = false, length = 64)
    private String sourceFingerprint;

    @Column(name = "source_values", nullable = false)
    private String sourceValues;

    @Column(name = "translated_by", nullable = false, length = 100)
    private String translatedBy;

    @Column(name = "translated_at", nullable = false)
    private Instant translatedAt;

    @Version
    private long version;

    protected ItemTranslation() {
        // for JPA
    }

    public ItemTranslation(UUID itemId, String locale, SourceValues source, String by, Instant at) {
        this.id = UUID.randomUUID();
        this.itemId = itemId;
        this.locale = locale;
        record(source, by, at);
    }

    /** The translation now corresponds to this state of the source. */
    public void record(SourceValues source, String by, Instant at) {
        this.sourceFingerprint = source.fingerprint();
        this.sourceValues = source.json().toString();
        this.translatedBy = by;
        this.translatedAt = at;
    }

    public UUID itemId() {
        return itemId;
    }

    public String locale() {
        return locale;
    }

    public String sourceFingerprint() {
        return sourceFingerprint;
    }

    public SourceValues translatedFrom() {
        return SourceValues.parse(sourceValues);
    }

    public String translatedBy() {
        return translatedBy;
    }

    public Instant translatedAt() {
        return translatedAt;
    }
}
