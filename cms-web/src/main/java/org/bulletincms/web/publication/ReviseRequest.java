package org.bulletincms.web.publication;

import jakarta.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bulletincms.locale.LocaleTag;
import org.bulletincms.locale.TextByLocale;
import org.bulletincms.publication.PublicationLocales;
import org.bulletincms.web.request.JsonBody;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code PUT /api/v1/publications/{id}}: {@code {"title": {…}, "publisher": "…"}}. */
record ReviseRequest(TextByLocale title, Optional<String> publisher, DescriptionInput description) {

    private static final Set<String> FIXED_OR_SERVER_OWNED =
            Set.of("id", "slug", "sourceLocale", "targetLocales", "version", "createdAt", "createdBy");

    static ReviseRequest read(JsonValue json, PublicationLocales locales) {
        JsonBody body =
                JsonBody.of(json).allowOnly(Set.of("title", "publisher", "tagline", "colophon"), FIXED_OR_SERVER_OWNED);
        Map<LocaleTag, String> titles = new LinkedHashMap<>();
        body.textsByKey("title", true, 300).forEach((tag, text) -> {
            if (LocaleTag.isWellFormed(tag) && locales.all().contains(LocaleTag.of(tag))) {
                titles.put(LocaleTag.of(tag), text);
            } else {
                body.reject(
                        "/title/" + tag,
                        "locale.not-of-publication",
                        Map.of("locale", tag, "locales", String.valueOf(locales.all())));
            }
        });
        if (!body.hasErrorAt("/title") && !titles.containsKey(locales.source())) {
            body.reject("/title", "title.missing-source-locale", Map.of("locale", String.valueOf(locales.source())));
        }
        Optional<String> publisher = body.optionalText("publisher", 200);
        DescriptionInput description = DescriptionInput.read(body, json, locales);
        body.verify();
        return new ReviseRequest(TextByLocale.of(titles), publisher, description);
    }

    /** What a client sends, for the OpenAPI document; {@link #read} checks it with every error at its pointer. */
    @Schema(
            name = "PublicationRevision",
            description = "New titles, publisher and colophon defaults; slug and locales are fixed, and unknown "
                    + "properties are refused.")
    record Shape(
            @Schema(required = true, description = "By locale tag of the publication, the source locale's required")
            Map<String, String> title,

            @Schema(maxLength = 200) String publisher,

            @Schema(description = "By locale tag, at most 300 characters each")
            Map<String, String> tagline,

            DescriptionInput.ColophonShape colophon) {}
}
