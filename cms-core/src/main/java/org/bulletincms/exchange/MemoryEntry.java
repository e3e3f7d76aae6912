package org.bulletincms.exchange;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
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

    /** Empty for an entry brought in from a TMX file. */
    @Column(name = "issue_id")
    private UUID issueId;

    @Column(name = "unit_id", nullable = false, length = 300)
    private String unitId;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    /** Code points of the source's words (without markup): the near-match prefilter's length window. */
    @Column(name = "source_length", nullable = false)
    private int sourceLength;

    /** The near-match prefilter's keys ({@link SourceSketch}); written with the entry, never read. */
    @ElementCollection
    @CollectionTable(name = "translation_memory_sketch", joinColumns = @JoinColumn(name = "entry_id"))
    @Column(name = "sketch_key", nullable = false)
    private Set<Long> sketch = new HashSet<>();

    @Version
    @Column(name = "version", nullable = false)
    private long version;

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
            Optional<UUID> issue,
            String unit,
            Instant recordedAt) {
        this.id = UUID.randomUUID();
        this.sourceLocale = sourceLocale;
        this.targetLocale = targetLocale;
        this.sourceFingerprint = sourceFingerprint;
        this.sourceText = sourceText;
        this.targetText = targetText;
        this.richText = richText;
        this.issueId = issue.orElse(null);
        this.unitId = unit;
        this.recordedAt = recordedAt;
        SourceSketch sketched = SourceSketch.of(inline(sourceText, richText).words());
        this.sourceLength = sketched.length();
        this.sketch = new HashSet<>(sketched.keys());
    }

    /** The source as inline text: rich text's markup as codes. */
    public InlineText sourceInline() {
        return inline(sourceText, richText);
    }

    /** The translation as inline text: rich text's markup as codes. */
    public InlineText targetInline() {
        return inline(targetText, richText);
    }

    private static InlineText inline(String text, boolean rich) {
        return rich ? InlineText.fromHtml(text) : InlineText.plain(text);
    }

    /** Corrects the translation (an editor's); a rich-text translation is given as sanitised HTML. */
    void correct(String translation) {
        this.targetText = translation;
    }

    public UUID id() {
        return id;
    }

    public String sourceLocale() {
        return sourceLocale;
    }

    public String targetLocale() {
        return targetLocale;
    }

    public long version() {
        return version;
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

    /** The issue it was published in; empty when it came from a TMX file. */
    public Optional<UUID> issueId() {
        return Optional.ofNullable(issueId);
    }

    /** Its unit id in the issue it was published in, or for an entry from a TMX file {@code tmx:<tuid>}. */
    public String unitId() {
        return unitId;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
