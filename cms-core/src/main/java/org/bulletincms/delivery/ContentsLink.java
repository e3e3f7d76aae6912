package org.bulletincms.delivery;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An item's title in a table of contents, pointing at the item. */
@Schema(description = "An item's title in the table of contents.")
@JsonbPropertyOrder({"item", "title"})
public record ContentsLink(
        @Schema(required = true, format = "uuid", description = "The item's id")
        String item,

        @Schema(required = true) String title) {}
