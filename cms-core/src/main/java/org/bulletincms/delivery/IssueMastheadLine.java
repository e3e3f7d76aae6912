package org.bulletincms.delivery;

import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The line an issue prints above the publication's title, with the language it is written in. */
@Schema(
        description = "A line printed above the publication's title in this issue only, in the served locale or,"
                + " where it has none there, in the source locale.")
@JsonbPropertyOrder({"text", "locale"})
public record IssueMastheadLine(
        @Schema(required = true, example = "同一个地球网络") String text,

        @Schema(
                required = true,
                example = "zh-CN",
                description = "The language of the text; it differs from the issue's when the line is not written"
                        + " in the served locale")
        String locale) {

    /** From the snapshot's {@code {"text": …, "locale": …}}. */
    static IssueMastheadLine of(JsonObject line) {
        return new IssueMastheadLine(line.getString("text"), line.getString("locale"));
    }
}
