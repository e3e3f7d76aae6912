package org.bulletincms.delivery;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A publication as the delivery API lists it, with the URLs of its issue list and feed. */
@Schema(name = "Publication", description = "A publication with the URLs of its issue list and Atom feed.")
@JsonbPropertyOrder({"slug", "title", "sourceLocale", "locales", "issues", "feed"})
public record PublicationListing(
        @Schema(required = true, example = "spp-newsletter") String slug,

        @Schema(required = true, description = "The title in each locale that has one, by locale tag")
        Map<String, String> title,

        @Schema(required = true, example = "zh-CN") String sourceLocale,

        @Schema(required = true, description = "Every locale offered, the source first")
        List<String> locales,

        @Schema(required = true, description = "The URL of the issue list")
        String issues,

        @Schema(required = true, description = "The URL of the Atom feed")
        String feed) {}
