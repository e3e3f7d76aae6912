package org.bulletincms.delivery;

import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How an issue closes, field by field: its own colophon item's value where set, else the publication's default
 * (in the served locale, else as written in the source locale). Every member is optional: a field that neither
 * the issue nor the publication has is left out.
 */
@Schema(
        description = "The issue's colophon: each field the issue's own colophon item's value where it has one, else"
                + " the publication's default; a field neither has is absent.")
@JsonbPropertyOrder({"sourcesNote", "editor", "email", "website"})
public record IssueColophon(
        @Schema(description = "Where the issue's content comes from")
        Optional<ColophonText> sourcesNote,

        @Schema(description = "Who edited the issue") Optional<ColophonText> editor,

        @Schema(description = "The contact e-mail address", example = "wangj@mepcec.com")
        Optional<String> email,

        @Schema(description = "The publisher's web site", example = "http://www.mepcec.com")
        Optional<String> website) {

    /** From the snapshot's {@code colophonFields}. */
    static IssueColophon of(JsonObject fields) {
        return new IssueColophon(
                text(fields, "sourcesNote"),
                text(fields, "editor"),
                Optional.ofNullable(fields.getString("email", null)),
                Optional.ofNullable(fields.getString("website", null)));
    }

    private static Optional<ColophonText> text(JsonObject fields, String name) {
        return fields.containsKey(name) ? Optional.of(ColophonText.of(fields.getJsonObject(name))) : Optional.empty();
    }
}
