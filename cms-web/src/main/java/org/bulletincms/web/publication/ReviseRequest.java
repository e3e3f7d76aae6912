package org.bulletincms.web.publication;

import java.util.Map;
import java.util.Optional;
import org.bulletincms.locale.TextByLocale;
import org.bulletincms.publication.PublicationLocales;
import org.bulletincms.web.request.RequestErrors;
import org.bulletincms.web.request.ServerOwned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code PUT /api/v1/publications/{id}}: {@code {"title": {…}, "publisher": "…"}}, read by
 * {@code RecordBodyReader} and then checked against the publication's languages.
 */
@Schema(
        name = "PublicationRevision",
        description = "New titles, publisher and colophon defaults; slug and locales are fixed, and unknown "
                + "properties are refused.")
@ServerOwned({"id", "slug", "sourceLocale", "targetLocales", "version", "createdAt", "createdBy"})
public record ReviseRequest(
        @Schema(
                required = true,
                additionalProperties = String.class,
                maxLength = 300,
                description = "By locale tag of the publication, the source locale's required")
        Map<String, String> title,

        @Schema(maxLength = 200) Optional<String> publisher,

        @Schema(
                additionalProperties = String.class,
                maxLength = 300,
                description = "By locale tag, at most 300 characters each")
        Map<String, String> tagline,

        Optional<DescriptionInput.ColophonInput> colophon) {

    /** The revision as the publication's languages allow it. */
    record Checked(TextByLocale title, Optional<String> publisher, DescriptionInput description) {}

    Checked checked(PublicationLocales locales) {
        RequestErrors errors = new RequestErrors();
        TextByLocale titles = errors.inLocales("/title", title, locales);
        if (!errors.hasErrorAt("/title") && titles.in(locales.source()).isEmpty()) {
            errors.reject("/title", "title.missing-source-locale", Map.of("locale", String.valueOf(locales.source())));
        }
        DescriptionInput description = DescriptionInput.checked(tagline, colophon, locales, errors);
        errors.verify();
        return new Checked(titles, publisher, description);
    }
}
