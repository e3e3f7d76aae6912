package org.bulletincms.web.source;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.bulletincms.source.DocumentMetadata;
import org.bulletincms.source.ExtractionStatus;
import org.bulletincms.source.SourceReport;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A source report as the management API shows it (docs/sources.md): what was uploaded, how its extraction went,
 * and, once done, its metadata and languages.
 */
@Schema(name = "Source", description = "A source report: the upload, its extraction, and once done its metadata.")
@JsonbPropertyOrder({
    "id",
    "filename",
    "mediaType",
    "size",
    "sha256",
    "uploadedBy",
    "uploadedAt",
    "status",
    "progress",
    "attempts",
    "duplicate",
    "failure",
    "metadata",
    "languages",
    "paged",
    "extractedAt",
    "originalMissing"
})
public record SourceView(
        @Schema(required = true) UUID id,
        @Schema(required = true) String filename,

        @Schema(required = true, description = "As read from the bytes", example = "application/pdf")
        String mediaType,

        @Schema(required = true, description = "Bytes") long size,

        @Schema(required = true, description = "Hex SHA-256 of the bytes")
        String sha256,

        @Schema(required = true, description = "User name") String uploadedBy,
        @Schema(required = true) Instant uploadedAt,

        @Schema(
                required = true,
                enumeration = {"queued", "extracting", "done", "failed"})
        String status,

        @Schema(required = true, description = "Percent of the extraction done")
        int progress,

        @Schema(required = true, description = "Extraction attempts so far")
        int attempts,

        @Schema(required = true, description = "The same bytes were uploaded before (upload answers only)")
        boolean duplicate,

        @Schema(description = "Failed ones: why") Optional<Failure> failure,

        @Schema(description = "Done ones: what the document says about itself")
        Optional<Metadata> metadata,

        @Schema(description = "Done ones: the languages found, most text first")
        Optional<List<String>> languages,

        @Schema(description = "Done ones: whether the text is in pages")
        Optional<Boolean> paged,

        @Schema(description = "When the extraction finished")
        Optional<Instant> extractedAt,

        @Schema(description = "When the original file cannot be read any more")
        Optional<OriginalMissing> originalMissing) {

    static SourceView of(SourceReport source, boolean duplicate) {
        boolean done = source.status() == ExtractionStatus.DONE;
        return new SourceView(
                source.id(),
                source.filename(),
                source.mediaType(),
                source.size(),
                source.sha256(),
                source.uploadedBy(),
                source.uploadedAt(),
                source.status().code(),
                source.progress(),
                source.attempts(),
                duplicate,
                source.status() == ExtractionStatus.FAILED
                        ? Optional.of(new Failure(
                                source.failureReason().orElse("unknown"),
                                source.failureDetail().orElse("")))
                        : Optional.empty(),
                done ? Optional.of(Metadata.of(source.metadata())) : Optional.empty(),
                done ? Optional.of(source.languages()) : Optional.empty(),
                done ? Optional.of(source.paged()) : Optional.empty(),
                source.extractedAt(),
                source.missingOriginal()
                        .map(missing -> new OriginalMissing(missing.reason().code(), missing.since())));
    }

    static SourceView of(SourceReport source) {
        return of(source, false);
    }

    /** Why an extraction failed. */
    @Schema(name = "SourceFailure", description = "Why the extraction failed.")
    @JsonbPropertyOrder({"reason", "detail"})
    public record Failure(
            @Schema(required = true, example = "timeout") String reason,
            @Schema(required = true) String detail) {}

    /** What a document says about itself; every part only when the document has it. */
    @Schema(name = "SourceMetadata", description = "What the document says about itself, where it does.")
    @JsonbPropertyOrder({"title", "author", "created", "modified", "pageCount"})
    public record Metadata(
            Optional<String> title,
            Optional<String> author,

            @Schema(description = "As the document gives it")
            Optional<String> created,

            @Schema(description = "As the document gives it")
            Optional<String> modified,

            Optional<Integer> pageCount) {

        static Metadata of(DocumentMetadata metadata) {
            return new Metadata(
                    metadata.title(),
                    metadata.author(),
                    metadata.created(),
                    metadata.modified(),
                    metadata.pageCount().isPresent()
                            ? Optional.of(metadata.pageCount().getAsInt())
                            : Optional.empty());
        }
    }

    /** Why and since when the original file cannot be read. */
    @Schema(name = "SourceOriginalMissing", description = "The original file cannot be read: why and since when.")
    @JsonbPropertyOrder({"reason", "since"})
    public record OriginalMissing(
            @Schema(
                    required = true,
                    enumeration = {"not-in-store", "store-not-recognised"})
            String reason,

            @Schema(required = true) Instant since) {}
}
