package org.bulletincms.web.media;

import jakarta.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.bulletincms.locale.LocaleTag;
import org.bulletincms.media.MediaImage;
import org.bulletincms.publication.PublicationLocales;
import org.bulletincms.web.request.JsonBody;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code PUT …/media/{id}/alt}: {@code {"alt": {"zh-CN": "…", "en": "…"}}}, every locale's text. */
record AltRequest(Map<LocaleTag, String> alt) {

    static AltRequest read(JsonValue json, PublicationLocales locales) {
        JsonBody body = JsonBody.of(json).allowOnly(Set.of("alt"), Set.of("id", "filename", "renditions"));
        Map<LocaleTag, String> alt = new LinkedHashMap<>();
        body.textsByKey("alt", true, MediaImage.MAX_ALT_LENGTH).forEach((tag, text) -> {
            if (LocaleTag.isWellFormed(tag) && locales.all().contains(LocaleTag.of(tag))) {
                alt.put(LocaleTag.of(tag), text);
            } else {
                body.reject(
                        "/alt/" + tag,
                        "locale.not-of-publication",
                        Map.of("locale", tag, "locales", String.valueOf(locales.all())));
            }
        });
        body.verify();
        return new AltRequest(alt);
    }

    /** What a client sends, for the OpenAPI document. */
    @Schema(name = "MediaAlt", description = "Alt text by locale tag of the publication; a locale left out has none.")
    record Shape(
            @Schema(required = true, description = "At most 500 characters each")
            Map<String, String> alt) {}
}
