package org.bulletincms.delivery;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import org.bulletincms.locale.LocaleTag;

/**
 * One delivery document, compiled in the transaction that published (or unpublished) what it shows: the exact
 * bytes the delivery API sends, their media type, their strong ETag and the delivery format they were compiled
 * in. Only {@link EditionCompiler} writes them; a document is replaced only when its bytes change.
 */
@Entity
@Table(name = "compiled_document")
public class CompiledDocument {

    @Id
    @Column(name = "doc_key", length = 400)
    private String docKey;

    @Column(nullable = false, length = 40)
    private String kind;

    @Column(name = "publication_id", nullable = false)
    private UUID publicationId;

    @Column(name = "issue_id")
    private UUID issueId;

    private Integer edition;

    @Column(name = "issue_year")
    private Integer year;

    @Column(name = "number_in_year")
    private Integer numberInYear;

    @Column(length = 35)
    private String locale;

    @Column(name = "media_type", nullable = false, length = 100)
    private String mediaType;

    @Column(name = "format_version", nullable = false)
    private int formatVersion;

    @Column(nullable = false, length = 100)
    private String etag;

    @Column(nullable = false)
    private byte[] body;

    @Column(nullable = false)
    private long generation;

    @Column(name = "compiled_at", nullable = false)
    private Instant compiledAt;

    protected CompiledDocument() {
        // for JPA
    }

    CompiledDocument(Draft draft, long generation, Instant at) {
        this.docKey = draft.key().value();
        this.kind = draft.kind().code();
        this.publicationId = draft.publicationId();
        this.issueId = draft.issueId().orElse(null);
        this.edition = draft.edition().orElse(null);
        this.year = draft.year().orElse(null);
        this.numberInYear = draft.numberInYear().orElse(null);
        this.locale = draft.locale().map(LocaleTag::value).orElse(null);
        this.mediaType = draft.mediaType();
        this.formatVersion = DeliveryFormat.VERSION;
        this.etag = draft.etag();
        this.body = draft.body();
        this.generation = generation;
        this.compiledAt = at;
    }

    /**
     * A document as compiled, before it is stored.
     *
     * @param etag the quoted strong ETag
     */
    record Draft(
            DocumentKey key,
            DocumentKind kind,
            UUID publicationId,
            Optional<UUID> issueId,
            Optional<Integer> edition,
            Optional<Integer> year,
            Optional<Integer> numberInYear,
            Optional<LocaleTag> locale,
            String mediaType,
            String etag,
            byte[] body) {}

    /** Takes a recompiled draft's bytes if they differ; returns whether anything changed. */
    boolean recompile(Draft draft, long newGeneration, Instant at) {
        if (etag.equals(draft.etag()) && Arrays.equals(body, draft.body())) {
            return false;
        }
        this.edition = draft.edition().orElse(null);
        this.year = draft.year().orElse(null);
        this.numberInYear = draft.numberInYear().orElse(null);
        this.mediaType = draft.mediaType();
        this.formatVersion = DeliveryFormat.VERSION;
        this.etag = draft.etag();
        this.body = draft.body();
        this.generation = newGeneration;
        this.compiledAt = at;
        return true;
    }

    public DocumentKey key() {
        return new DocumentKey(docKey);
    }

    public String kind() {
        return kind;
    }

    public UUID publicationId() {
        return publicationId;
    }

    public Optional<UUID> issueId() {
        return Optional.ofNullable(issueId);
    }

    public Optional<Integer> edition() {
        return Optional.ofNullable(edition);
    }

    /** The locale the document is in, sent as {@code Content-Language}. */
    public Optional<String> locale() {
        return Optional.ofNullable(locale);
    }

    public String mediaType() {
        return mediaType;
    }

    public int formatVersion() {
        return formatVersion;
    }

    /** The quoted strong ETag. */
    public String etag() {
        return etag;
    }

    /** The bytes as sent; callers must not change them. */
    public byte[] body() {
        return body;
    }

    public long generation() {
        return generation;
    }

    public Instant compiledAt() {
        return compiledAt;
    }
}
