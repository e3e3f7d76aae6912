package org.bulletincms.web.issue;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The schemas of the rubric write bodies, as the OpenAPI document shows them; {@link IssueRequests} reads them with
 * every error reported at once under its JSON pointer.
 */
final class RubricRequests {

    private RubricRequests() {}

    /** {@code {"title": {"zh-CN": "…", "en": "…"}}} */
    @Schema(
            name = "RubricTitle",
            description = "A rubric's title by locale tag. No title (`{}` or `{\"title\": {}}`) makes an untitled "
                    + "rubric that closes the issue (a colophon); a title needs its source-locale text.")
    record Title(
            @Schema(additionalProperties = String.class, description = "Locale tag → title, at most 300 characters")
            Map<String, String> title) {}

    /** {@code {"order": ["<id>", …]}} */
    @Schema(name = "IdOrder", description = "Ids in the order wanted")
    record Order(
            @Schema(required = true, maxItems = 1000, description = "Rubric or item ids, each once")
            List<UUID> order) {}
}
