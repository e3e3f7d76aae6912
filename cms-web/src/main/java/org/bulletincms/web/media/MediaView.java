package org.bulletincms.web.media;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.bulletincms.account.Accounts;
import org.bulletincms.media.MediaImageView;
import org.bulletincms.media.RenditionFile;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A picture of a media library as the management API shows it (docs/media.md). */
@Schema(name = "MediaImage", description = "A picture of a publication's media library, with its renditions.")
@JsonbPropertyOrder({
    "id",
    "filename",
    "mediaType",
    "width",
    "height",
    "totalBytes",
    "uploadedBy",
    "uploadedAt",
    "alt",
    "decorative",
    "src",
    "srcset",
    "renditions",
    "duplicate"
})
public record MediaView(
        @Schema(required = true) UUID id,

        @Schema(required = true, description = "The name it was uploaded with, made harmless")
        String filename,

        @Schema(required = true, description = "The upload's format, read from its bytes", example = "image/jpeg")
        String mediaType,

        @Schema(required = true, description = "Pixels, upright")
        int width,

        @Schema(required = true, description = "Pixels, upright")
        int height,

        @Schema(required = true, description = "Bytes the picture and its renditions take (counts against the quota)")
        long totalBytes,

        @Schema(required = true, description = "User name") String uploadedBy,
        @Schema(required = true) Instant uploadedAt,

        @Schema(required = true, description = "Alt text by locale tag; a locale without one is left out")
        Map<String, String> alt,

        @Schema(
                required = true,
                description = "Adds nothing a reader needs, so needs no alt text; an item that places it starts with"
                        + " its placement decorative")
        boolean decorative,

        @Schema(required = true, description = "The widest rendition's URL")
        String src,

        @Schema(required = true, description = "Every rendition as an HTML srcset: \"<url> 320w, …\"")
        String srcset,

        @Schema(required = true, description = "Narrowest first")
        List<RenditionView> renditions,

        @Schema(required = true, description = "The same bytes were uploaded before (upload answers only)")
        boolean duplicate) {

    /** Where renditions are served: the delivery API, anonymous, immutable. */
    static final String RENDITIONS = "/api/delivery/v1/media/";

    /** One rendition, served at {@code url} for ever. */
    @Schema(name = "MediaRendition", description = "A rendition, served at url with Cache-Control: immutable.")
    @JsonbPropertyOrder({"width", "height", "mediaType", "size", "url"})
    public record RenditionView(
            @Schema(required = true) int width,
            @Schema(required = true) int height,
            @Schema(required = true, example = "image/jpeg") String mediaType,
            @Schema(required = true, description = "Bytes") long size,

            @Schema(required = true, description = "Named by the SHA-256 of its bytes")
            String url) {

        static RenditionView of(RenditionFile rendition) {
            return new RenditionView(
                    rendition.width(),
                    rendition.height(),
                    rendition.format().mediaType(),
                    rendition.size(),
                    RENDITIONS + rendition.fileName());
        }
    }

    static MediaView of(MediaImageView image, boolean duplicate, Accounts accounts) {
        List<RenditionView> renditions =
                image.renditions().stream().map(RenditionView::of).toList();
        return new MediaView(
                image.id(),
                image.filename(),
                image.format().mediaType(),
                image.width(),
                image.height(),
                image.totalBytes(),
                accounts.shownName(image.uploadedBy()),
                image.uploadedAt(),
                image.alt(),
                image.decorative(),
                renditions.get(renditions.size() - 1).url(),
                renditions.stream().map(r -> r.url() + " " + r.width() + "w").collect(Collectors.joining(", ")),
                renditions,
                duplicate);
    }

    static MediaView of(MediaImageView image, Accounts accounts) {
        return of(image, false, accounts);
    }
}
