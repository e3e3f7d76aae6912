package org.bulletincms.web.delivery;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.bulletincms.delivery.PreviewLinkView;
import org.bulletincms.web.request.ServerOwned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A preview link as the management API shows it; its URL (with the token) only in the answer that created it. */
@Schema(name = "PreviewLink", description = "A preview link of an issue; `url` only in the answer that created it.")
@JsonbPropertyOrder({"id", "createdBy", "createdAt", "expiresAt", "revokedAt", "url"})
public record PreviewLinkDocument(
        @Schema(required = true) UUID id,
        @Schema(required = true, description = "User name") String createdBy,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant expiresAt,
        @Schema(description = "When it was revoked") Optional<Instant> revokedAt,

        @Schema(description = "The preview's path in the delivery API, token included; shown once")
        Optional<String> url) {

    static PreviewLinkDocument of(PreviewLinkView link) {
        return new PreviewLinkDocument(
                link.id(), link.createdBy(), link.createdAt(), link.expiresAt(), link.revokedAt(), Optional.empty());
    }

    PreviewLinkDocument withUrl(String url) {
        return new PreviewLinkDocument(id, createdBy, createdAt, expiresAt, revokedAt, Optional.of(url));
    }

    /** An issue's preview links, never with their tokens. */
    @Schema(name = "PreviewLinks", description = "The issue's preview links, never with their tokens.")
    public record Links(@Schema(required = true) List<PreviewLinkDocument> links) {}

    /** What a client sends to create a link, read by {@code RecordBodyReader}. */
    @Schema(name = "NewPreviewLink", description = "How long the link is valid.")
    @ServerOwned({"token", "expiresAt"})
    public record Request(
            @Schema(required = true, minimum = "1", maximum = "" + PreviewLinkResource.MAX_VALID_SECONDS)
            int validSeconds) {}
}
