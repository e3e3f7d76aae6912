package org.bulletincms.web.media;

import java.util.Map;
import org.bulletincms.locale.LocaleTag;
import org.bulletincms.media.MediaImage;
import org.bulletincms.publication.PublicationLocales;
import org.bulletincms.web.request.RequestErrors;
import org.bulletincms.web.request.ServerOwned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code PUT …/media/{id}/alt}: {@code {"alt": {"zh-CN": "…", "en": "…"}}}, every locale's text; read by
 * {@code RecordBodyReader}, then checked against the publication's locales.
 */
@Schema(name = "MediaAlt", description = "Alt text by locale tag of the publication; a locale left out has none.")
@ServerOwned({"id", "filename", "renditions"})
public record AltRequest(
        @Schema(required = true, description = "At most " + MediaImage.MAX_ALT_LENGTH + " characters each")
        Map<String, String> alt) {

    /** The texts by locale: each tag one of the publication's, each text within the length alt text may have. */
    Map<LocaleTag, String> checked(PublicationLocales locales) {
        RequestErrors errors = new RequestErrors();
        alt.forEach((tag, text) -> {
            if (text.length() > MediaImage.MAX_ALT_LENGTH) {
                errors.reject(
                        "/alt/" + RequestErrors.token(tag),
                        "field.too-long",
                        Map.of("field", "alt", "max", MediaImage.MAX_ALT_LENGTH, "actual", text.length()));
            }
        });
        Map<LocaleTag, String> texts = errors.inLocales("/alt", alt, locales).asMap();
        errors.verify();
        return texts;
    }
}
