package org.bulletincms.delivery;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One titled rubric in an issue's table of contents, with the titles of its items. */
@Schema(description = "A titled rubric in the table of contents.")
@JsonbPropertyOrder({"title", "items"})
public record ContentsEntry(
        @Schema(description = "The rubric's title in the served locale, or its source locale")
        Optional<String> title,

        @Schema(required = true, description = "The rubric's items that have a title")
        List<ContentsLink> items) {}
