package org.bulletincms.source;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

/**
 * A source report: the original file an editor uploaded (kept in the {@link SourceStore} under
 * {@link #storageKey()}), and where the extraction of its text stands. The text itself is in
 * {@link SourcePage}s, written when the extraction is done.
 *
 * <p>Progress goes by stage, because a parser reports nothing until it has finished: queued 0, extracting 10,
 * parsed 60 (the parser is done, paragraphs and languages are being worked out), done 100.
 */
@Entity
@Table(name = "source_document")
public class SourceDocument {

    static final int EXTRACTING_PROGRESS = 10;
    static final int PARSED_PROGRESS = 60;

    @Id
    private UUID id;

    @Column(name = "storage_key", nullable = false, length = 64)
    private String storageKey;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(nullable = false)
    private String filename;

    @Column(name = "media_type", nullable = false)
    private String mediaType;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ExtractionStatus status;

    @Column(nullable = false)
    private int progress;

    @Column(name = "failure_reason", length = 32)
    private String failureReason;

    @Column(name = "failure_detail", length = 1000)
    private String failureDetail;

    @Column(length = 1000)
    private String title;

    @Column(length = 1000)
    private String author;

    @Column(name = "document_created", length = 40)
    private String documentCreated;

    @Column(name = "document_modified", length = 40)
    private String documentModified;

    @Column(name = "page_count")
    private Integer pageCount;

    private Boolean paged;

    @Column(length = 200)
    private String languages;

    @Column(name = "uploaded_by", nullable = false, length = 100)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "extraction_started_at")
    private Instant extractionStartedAt;

    @Column(name = "extracted_by_node", length = 100)
    private String extractedByNode;

    @Column(name = "extracted_at")
    private Instant extractedAt;

    @Column(name = "original_missing_reason", length = 32)
    private String originalMissingReason;

    @Column(name = "original_missing_since")
    private Instant originalMissingSince;

    @Version
    private long version;

    protected SourceDocument() {
        // for JPA
    }

    SourceDocument(
            String storageKey,
            ReceivedFile file,
            SourceFileName filename,
            SourceType type,
            String uploadedBy,
            Instant uploadedAt) {
        this.id = UUID.randomUUID();
        this.storageKey = storageKey;
        this.sha256 = file.sha256();
        this.size = file.size();
        this.filename = filename.value();
        this.mediaType = type.mediaType();
        this.status = ExtractionStatus.QUEUED;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    /** A parser on server {@code node} takes the source; counts as one attempt. */
    void startExtraction(String node, Instant at) {
        if (status != ExtractionStatus.QUEUED) {
            throw new IllegalStateException("source " + id + " is " + status.code() + ", not queued");
        }
        status = ExtractionStatus.EXTRACTING;
        progress = EXTRACTING_PROGRESS;
        attempts++;
        extractionStartedAt = at;
        extractedByNode = node;
    }

    /** The parser is done; what remains is the server's own work on its text. */
    void parsed(String detectedMediaType) {
        progress = PARSED_PROGRESS;
        mediaType = detectedMediaType;
    }

    void extracted(ExtractedText text, DocumentMetadata metadata, Instant at) {
        status = ExtractionStatus.DONE;
        progress = 100;
        title = metadata.title().orElse(null);
        author = metadata.author().orElse(null);
        documentCreated = metadata.created().map(SourceDocument::shortened).orElse(null);
        documentModified = metadata.modified().map(SourceDocument::shortened).orElse(null);
        pageCount = metadata.pageCount().isPresent()
                ? Integer.valueOf(metadata.pageCount().getAsInt())
                : text.paged() ? Integer.valueOf(text.pages().size()) : null;
        paged = text.paged();
        List<String> found = text.languages();
        languages = found.isEmpty() ? null : String.join(",", found);
        extractedAt = at;
    }

    void failed(FailureReason reason, String detail, Instant at) {
        status = ExtractionStatus.FAILED;
        progress = 100;
        failureReason = reason.code();
        failureDetail = detail.length() > 1000 ? detail.substring(0, 1000) : detail;
        extractedAt = at;
    }

    /**
     * The server stopped while this source was being extracted: queue it again, or give up after
     * {@code maxAttempts} tries (a file that brings the server down every time must not do so forever).
     */
    void interrupted(int maxAttempts, Instant at) {
        if (status != ExtractionStatus.EXTRACTING) {
            return;
        }
        if (attempts >= maxAttempts) {
            failed(FailureReason.INTERRUPTED, "the server stopped during the extraction " + attempts + " times", at);
        } else {
            status = ExtractionStatus.QUEUED;
            progress = 0;
        }
    }

    /**
     * The server stopped gracefully during the extraction and hands the source back: queued again, and the attempt
     * does not count (only a stop that cut the extraction off without a word, such as a crash, does).
     */
    void handedBack() {
        if (status != ExtractionStatus.EXTRACTING) {
            return;
        }
        status = ExtractionStatus.QUEUED;
        progress = 0;
        attempts = Math.max(0, attempts - 1);
    }

    /** The store was found not to hold the original; the first sighting's time is kept. */
    void originalMissing(MissingOriginal.Reason reason, Instant at) {
        if (originalMissingSince == null) {
            originalMissingSince = at;
        }
        originalMissingReason = reason.code();
    }

    /** The store holds the original (again); answers whether it had been missing. */
    boolean originalFound() {
        boolean wasMissing = originalMissingSince != null;
        originalMissingSince = null;
        originalMissingReason = null;
        return wasMissing;
    }

    private static String shortened(String value) {
        return value.length() > 40 ? value.substring(0, 40) : value;
    }

    public UUID id() {
        return id;
    }

    public String storageKey() {
        return storageKey;
    }

    public String sha256() {
        return sha256;
    }

    public long size() {
        return size;
    }

    public SourceFileName filename() {
        return new SourceFileName(filename);
    }

    public String mediaType() {
        return mediaType;
    }

    public ExtractionStatus status() {
        return status;
    }

    public int progress() {
        return progress;
    }

    public Optional<String> failureReason() {
        return Optional.ofNullable(failureReason);
    }

    public Optional<String> failureDetail() {
        return Optional.ofNullable(failureDetail);
    }

    public DocumentMetadata metadata() {
        return new DocumentMetadata(
                Optional.ofNullable(title),
                Optional.ofNullable(author),
                Optional.ofNullable(documentCreated),
                Optional.ofNullable(documentModified),
                pageCount == null ? OptionalInt.empty() : OptionalInt.of(pageCount));
    }

    public boolean paged() {
        return Boolean.TRUE.equals(paged);
    }

    public List<String> languages() {
        return languages == null ? List.of() : Arrays.asList(languages.split(","));
    }

    public String uploadedBy() {
        return uploadedBy;
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }

    public int attempts() {
        return attempts;
    }

    /** The server node extracting the source, or that last did. */
    public Optional<String> extractedByNode() {
        return Optional.ofNullable(extractedByNode);
    }

    public Optional<Instant> extractionStartedAt() {
        return Optional.ofNullable(extractionStartedAt);
    }

    public Optional<Instant> extractedAt() {
        return Optional.ofNullable(extractedAt);
    }

    /** Why the original cannot be read now, if it cannot; the row, text and links are there all the same. */
    public Optional<MissingOriginal> missingOriginal() {
        return originalMissingSince == null
                ? Optional.empty()
                : Optional.of(new MissingOriginal(
                        MissingOriginal.Reason.ofCode(originalMissingReason), originalMissingSince));
    }

    public long version() {
        return version;
    }
}
