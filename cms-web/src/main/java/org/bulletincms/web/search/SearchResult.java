package org.bulletincms.web.search;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One published item found, in the latest edition of its issue, with a plain-text snippet. */
@Schema(description = "A published item found; `href` is its URL in the delivery API.")
@JsonbPropertyOrder({
    "publication",
    "year",
    "number",
    "cumulativeNumber",
    "edition",
    "item",
    "type",
    "locale",
    "contentLocale",
    "title",
    "snippet",
    "href"
})
public record SearchResult(
        @Schema(required = true, description = "The publication's slug")
        String publication,

        @Schema(required = true) int year,
        @Schema(required = true) int number,
        @Schema(required = true) int cumulativeNumber,
        @Schema(required = true) int edition,

        @Schema(required = true, format = "uuid", description = "The item's id")
        String item,

        @Schema(required = true, description = "The item's section type")
        String type,

        @Schema(required = true, description = "The locale the item was found in")
        String locale,

        @Schema(required = true, description = "The locale of the text found (the source locale when untranslated)")
        String contentLocale,

        @Schema(description = "The item's title, if it has one")
        Optional<String> title,

        @Schema(required = true, description = "Plain text around the match")
        String snippet,

        @Schema(required = true) String href) {}
