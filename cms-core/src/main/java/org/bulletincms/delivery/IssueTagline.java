package org.bulletincms.delivery;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.bulletincms.publication.Tagline;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The publication's tagline as the served locale's readers see it, with the language it is written in. */
@Schema(description = "The publication's tagline, in the served locale or in the one language it exists in.")
@JsonbPropertyOrder({"text", "locale"})
public record IssueTagline(
        @Schema(required = true, example = "One planet, procure with care")
        String text,

        @Schema(
                required = true,
                example = "en",
                description = "The language of the text; it differs from the issue's when the tagline exists only"
                        + " in another language")
        String locale) {

    static IssueTagline of(Tagline tagline) {
        return new IssueTagline(tagline.text(), tagline.language().value());
    }
}
