package org.bulletincms.web.issue;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bulletincms.drafting.RubricView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A rubric just created; the response's ETag is the issue's new version. */
@Schema(name = "CreatedRubric")
@JsonbPropertyOrder({"id", "title", "position"})
public record RubricDocument(
        @Schema(required = true, format = "uuid") String id,

        @Schema(
                required = true,
                description = "The title by locale tag; empty for an untitled rubric (a colophon)",
                additionalProperties = String.class)
        Map<String, String> title,

        @Schema(required = true, minimum = "0", description = "Its place in the issue, from 0")
        int position) {

    static RubricDocument of(RubricView rubric) {
        Map<String, String> title = new LinkedHashMap<>();
        rubric.title().asMap().forEach((locale, text) -> title.put(locale.value(), text));
        return new RubricDocument(rubric.id().toString(), title, rubric.position());
    }
}
