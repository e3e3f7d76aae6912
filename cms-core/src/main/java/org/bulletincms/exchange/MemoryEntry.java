package org.bulletincms.exchange;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One source text and its published translation in one locale pair, and where it was published. */
@Entity
@Table(name = "translation_memory")
public class MemoryEntry {

    @Id
    private UUID id;

    @Column(name = "source_locale", nullable = false, length = 35)
    private String sourceLocale;

    @Column(name = "target_locale", nullable = false, length = 35)
    private String targetLocale;

    @Column(name = "source_fingerprint", nullable = false, length = 64)
    private String sourceFingerprint;

    @Column(name = "source_text", nullable = false)
    private String sourceText;

    @Column(name = "target_text", nullable = false)
    private String targetText;

    @Column(name = "rich_text", nullable = false)
    private boolean richText;

    @Column(name = "issue_id", nullable = false)
    private UUID issueId;

    @Column(name = "unit_id", nullable = false, length = 300)
    private String unitId;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected MemoryEntry() {
        // for JPA
    }

    MemoryEntry(
            String sourceLocale,
            String targetLocale,
            String sourceFingerprint,
            String sourceText,
            String targetText,
            boolean richText,
            UUID issueId,
            UnitId unit,
            Instant recordedAt) {
        this.id = UUID.randomUUID();
        this.sourceLocale = sourceLocale;
        this.targetLocale = targetLocale;
        this.sourceFingerprint = sourceFingerprint;
        this.sourceText = sourceText;
        this.targetText = targetText;
        this.richText = richText;
        this.issueId = issueId;
        this.unitId = unit.value();
        this.recordedAt = recordedAt;
    }

    public String sourceFingerprint() {
        return sourceFingerprint;
    }

    public String sourceText() {
        return sourceText;
    }

    public String targetText() {
        return targetText;
    }

    public boolean isRichText() {
        return richText;
    }

    public UUID issueId() {
        return issueId;
    }

    public String unitId() {
        return unitId;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
