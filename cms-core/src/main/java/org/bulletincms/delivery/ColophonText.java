package org.bulletincms.delivery;

import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A text of an issue's colophon, with the language it is written in. */
@Schema(description = "A colophon text in the served locale or, where it has none there, in the source locale.")
@JsonbPropertyOrder({"text", "locale"})
public record ColophonText(
        @Schema(required = true, example = "王璟") String text,

        @Schema(
                required = true,
                example = "zh-CN",
                description = "The language of the text; it differs from the issue's when the text is not written"
                        + " in the served locale")
        String locale) {

    static ColophonText of(JsonObject text) {
        return new ColophonText(text.getString("text"), text.getString("locale"));
    }
}
