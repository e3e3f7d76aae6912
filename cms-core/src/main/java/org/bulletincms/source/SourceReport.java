package org.bulletincms.source;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.bulletincms.account.Accounts;

/**
 * A source report as editors and translators read it: the upload, how its extraction went, and once done what the
 * document says about itself. Made inside the transaction that read it; the entity stays in the core.
 *
 * @param uploadedBy the uploader by the user name they have now
 * @param failureReason why a failed extraction failed ({@link FailureReason}'s code), when it did
 */
public record SourceReport(
        UUID id,
        String filename,
        String mediaType,
        long size,
        String sha256,
        String uploadedBy,
        Instant uploadedAt,
        ExtractionStatus status,
        int progress,
        int attempts,
        Optional<String> failureReason,
        Optional<String> failureDetail,
        DocumentMetadata metadata,
        List<String> languages,
        boolean paged,
        Optional<Instant> extractedAt,
        Optional<MissingOriginal> missingOriginal) {

    public SourceReport {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(failureReason, "failureReason");
        Objects.requireNonNull(failureDetail, "failureDetail");
        Objects.requireNonNull(extractedAt, "extractedAt");
        Objects.requireNonNull(missingOriginal, "missingOriginal");
        languages = List.copyOf(languages);
    }

    static SourceReport of(SourceDocument source, Accounts accounts) {
        return new SourceReport(
                source.id(),
                source.filename().value(),
                source.mediaType(),
                source.size(),
                source.sha256(),
                accounts.shownName(source.uploadedBy()),
                source.uploadedAt(),
                source.status(),
                source.progress(),
                source.attempts(),
                source.failureReason(),
                source.failureDetail(),
                source.metadata(),
                source.languages(),
                source.paged(),
                source.extractedAt(),
                source.missingOriginal());
    }
}
