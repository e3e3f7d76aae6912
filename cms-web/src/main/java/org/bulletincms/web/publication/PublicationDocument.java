package org.bulletincms.web.publication;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.bulletincms.locale.LocaleTag;
import org.bulletincms.locale.TextByLocale;
import org.bulletincms.publication.PublicationView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A publication as the management API shows it. */
@Schema(
        name = "ManagedPublication",
        description = "A bulletin series as editors manage it: its slug, titles, locales and colophon defaults (the"
                + " delivery API's `Publication` is what readers see).")
public record PublicationDocument(
        @Schema(required = true) UUID id,

        @Schema(required = true, description = "Lower-case words joined by hyphens", example = "spp-newsletter")
        String slug,

        @Schema(required = true, description = "By locale tag; the source locale's always")
        Map<String, String> title,

        @Schema(description = "Who publishes it, if set") String publisher,

        @Schema(required = true, description = "The locale issues are written in", example = "zh-CN")
        String sourceLocale,

        @Schema(required = true, description = "The locales issues are translated into")
        List<String> targetLocales,

        @Schema(required = true, description = "By locale tag; may be empty")
        Map<String, String> tagline,

        @Schema(required = true) Colophon colophon,
        @Schema(required = true) Instant createdAt,

        @Schema(required = true, description = "Who started it (user name)")
        String createdBy,

        @Schema(required = true, description = "Changes with every revision; the ETag carries it")
        long version) {

    /** The colophon defaults of the publication. */
    @Schema(
            name = "PublicationColophon",
            description = "What each issue's colophon says unless the issue says otherwise.")
    public record Colophon(
            @Schema(required = true, description = "By locale tag; may be empty")
            Map<String, String> editor,

            @Schema(description = "A contact address, if set")
            String email,

            @Schema(description = "An http(s) address, if set")
            String website,

            @Schema(required = true, description = "By locale tag; may be empty")
            Map<String, String> sourcesNote) {}

    private static Map<String, String> texts(TextByLocale text) {
        Map<String, String> map = new TreeMap<>();
        text.asMap().forEach((locale, value) -> map.put(locale.value(), value));
        return map;
    }

    static PublicationDocument of(PublicationView publication) {
        return new PublicationDocument(
                publication.id(),
                publication.slug().value(),
                texts(publication.title()),
                publication.publisher().orElse(null),
                publication.locales().source().value(),
                publication.locales().targets().stream().map(LocaleTag::value).toList(),
                texts(publication.tagline()),
                new Colophon(
                        texts(publication.colophon().editor()),
                        publication.colophon().contactEmail().orElse(null),
                        publication.colophon().webSite().orElse(null),
                        texts(publication.colophon().sourcesNote())),
                publication.createdAt(),
                publication.createdBy(),
                publication.version());
    }
}
