package org.bulletincms.web.media;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The media library's list answer. */
public final class MediaPages {

    private MediaPages() {}

    /** Pictures, newest first, with the limits an upload must keep. */
    @Schema(name = "MediaList", description = "Pictures of a publication, newest first, and the upload limits.")
    @JsonbPropertyOrder({"media", "query", "page", "size", "total", "limits"})
    public record Listing(
            @Schema(required = true) List<MediaView> media,

            @Schema(description = "The search, when there is one")
            Optional<String> query,

            @Schema(required = true, description = "1-based")
            int page,

            @Schema(required = true) int size,

            @Schema(required = true, description = "Pictures matching, on every page")
            long total,

            @Schema(required = true) Limits limits) {}

    /** What a client may upload, and how much of the quota is used. */
    @Schema(name = "MediaLimits", description = "What a client may upload, and the publication's quota.")
    @JsonbPropertyOrder({"maxUploadBytes", "maxPixels", "quotaBytes", "usedBytes", "formats"})
    public record Limits(
            @Schema(required = true, description = "cms.media.max-upload-bytes")
            long maxUploadBytes,

            @Schema(required = true, description = "cms.media.max-pixels")
            long maxPixels,

            @Schema(required = true, description = "cms.media.quota-bytes")
            long quotaBytes,

            @Schema(required = true, description = "Bytes the publication's library takes now")
            long usedBytes,

            @Schema(required = true, description = "Media types accepted")
            List<String> formats) {}

    /** Pictures nothing uses, oldest first. */
    @Schema(
            name = "UnusedMedia",
            description = "Pictures of a publication that no item and no published edition uses, oldest first.")
    public record Unused(@Schema(required = true) List<MediaView> media) {}
}
