package org.bulletincms.web.publication;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.bulletincms.locale.LocaleTag;
import org.bulletincms.locale.TextByLocale;
import org.bulletincms.publication.ColophonDefaults;
import org.bulletincms.publication.PublicationLocales;
import org.bulletincms.web.request.JsonBody;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The descriptive part of a publication body, shared by start and revise: {@code "tagline": {…}} and
 * {@code "colophon": {"editor": {…}, "email": "…", "website": "https://…", "sourcesNote": {…}}}.
 */
record DescriptionInput(TextByLocale tagline, ColophonDefaults colophon) {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");

    static DescriptionInput read(JsonBody body, JsonValue whole, PublicationLocales locales) {
        TextByLocale tagline = texts(body, "tagline", whole.asJsonObject(), locales, 300);
        JsonValue colophonJson = whole.asJsonObject().get("colophon");
        if (colophonJson == null || colophonJson == JsonValue.NULL) {
            return new DescriptionInput(tagline, ColophonDefaults.none());
        }
        if (colophonJson.getValueType() != JsonValue.ValueType.OBJECT) {
            body.reject("/colophon", "field.not-object", Map.of("field", "colophon"));
            return new DescriptionInput(tagline, ColophonDefaults.none());
        }
        JsonBody colophon =
                JsonBody.of(colophonJson).allowOnly(Set.of("editor", "email", "website", "sourcesNote"), Set.of());
        TextByLocale editor = texts(colophon, "editor", colophonJson.asJsonObject(), locales, 200);
        Optional<String> email = colophon.optionalText("email", 254);
        email.filter(e -> !EMAIL.matcher(e).matches())
                .ifPresent(e -> colophon.reject("/email", "email.malformed", Map.of("field", "email")));
        Optional<String> website = colophon.optionalText("website", 2000);
        website.filter(w -> !isWebAddress(w))
                .ifPresent(w -> colophon.reject("/website", "url.not-web", Map.of("field", "website")));
        TextByLocale sourcesNote = texts(colophon, "sourcesNote", colophonJson.asJsonObject(), locales, 2000);
        body.adopt("/colophon", colophon);
        return new DescriptionInput(
                tagline, new ColophonDefaults(editor, email.orElse(null), website.orElse(null), sourcesNote));
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

    private static TextByLocale texts(
            JsonBody body, String name, JsonObject json, PublicationLocales locales, int maxLength) {
        Map<LocaleTag, String> texts = new LinkedHashMap<>();
        body.textsByKey(name, false, maxLength).forEach((tag, text) -> {
            if (LocaleTag.isWellFormed(tag) && locales.all().contains(LocaleTag.of(tag))) {
                texts.put(LocaleTag.of(tag), text);
            } else {
                body.reject(
                        "/" + name + "/" + tag,
                        "locale.not-of-publication",
                        Map.of("locale", tag, "locales", String.valueOf(locales.all())));
            }
        });
        return TextByLocale.of(texts);
    }

    /** The descriptive fields a client sends, for the OpenAPI document; {@link #read} checks them. */
    @Schema(name = "PublicationColophonInput", description = "Colophon defaults; texts by locale of the publication.")
    record ColophonShape(
            @Schema(description = "By locale tag, at most 200 characters each")
            Map<String, String> editor,

            @Schema(maxLength = 254, description = "A contact address")
            String email,

            @Schema(maxLength = 2000, description = "An http or https address")
            String website,

            @Schema(description = "By locale tag, at most 2000 characters each")
            Map<String, String> sourcesNote) {}
}
