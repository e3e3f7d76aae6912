package org.bulletincms.web.publication;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.bulletincms.locale.TextByLocale;
import org.bulletincms.publication.ColophonDefaults;
import org.bulletincms.publication.PublicationLocales;
import org.bulletincms.web.request.RequestErrors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The descriptive part of a publication body, shared by start and revise: {@code "tagline": {…}} and
 * {@code "colophon": {"editor": {…}, "email": "…", "website": "https://…", "sourcesNote": {…}}}, checked against the
 * publication's languages.
 */
record DescriptionInput(TextByLocale tagline, ColophonDefaults colophon) {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");

    static DescriptionInput checked(
            Map<String, String> tagline,
            Optional<ColophonInput> colophon,
            PublicationLocales locales,
            RequestErrors errors) {
        TextByLocale taglines = errors.inLocales("/tagline", tagline, locales);
        return new DescriptionInput(
                taglines, colophon.map(given -> given.checked(locales, errors)).orElseGet(ColophonDefaults::none));
    }

    /** The colophon defaults a client sends. */
    @Schema(name = "PublicationColophonInput", description = "Colophon defaults; texts by locale of the publication.")
    public record ColophonInput(
            @Schema(
                    description = "By locale tag, at most 200 characters each",
                    additionalProperties = String.class,
                    maxLength = 200)
            Map<String, String> editor,

            @Schema(maxLength = 254, description = "A contact address")
            Optional<String> email,

            @Schema(maxLength = 2000, description = "An http or https address")
            Optional<String> website,

            @Schema(
                    description = "By locale tag, at most 2000 characters each",
                    additionalProperties = String.class,
                    maxLength = 2000)
            Map<String, String> sourcesNote) {

        ColophonDefaults checked(PublicationLocales locales, RequestErrors errors) {
            TextByLocale editors = errors.inLocales("/colophon/editor", editor, locales);
            email.filter(e -> !EMAIL.matcher(e).matches())
                    .ifPresent(e -> errors.reject("/colophon/email", "email.malformed", Map.of("field", "email")));
            website.filter(w -> !isWebAddress(w))
                    .ifPresent(w -> errors.reject("/colophon/website", "url.not-web", Map.of("field", "website")));
            TextByLocale notes = errors.inLocales("/colophon/sourcesNote", sourcesNote, locales);
            return new ColophonDefaults(editors, email.orElse(null), website.orElse(null), notes);
        }
    }

    private static boolean isWebAddress(String candidate) {
        try {
            URI uri = new URI(candidate);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (Exception e) {
            return false;
        }
    }
}
