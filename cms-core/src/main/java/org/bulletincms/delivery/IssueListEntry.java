package org.bulletincms.delivery;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An issue's entry in its publication's issue list, in one locale. */
@Schema(description = "An issue in the issue list; `href` is its URL in the delivery API.")
@JsonbPropertyOrder({"year", "number", "cumulativeNumber", "edition", "publishedAt", "label", "href", "title"})
public record IssueListEntry(
        @Schema(required = true) int year,
        @Schema(required = true) int number,
        @Schema(required = true) int cumulativeNumber,

        @Schema(required = true, description = "The latest edition")
        int edition,

        @Schema(required = true, format = "date-time") String publishedAt,
        @Schema(required = true, example = "2024年第2期 总第16期") String label,

        @Schema(required = true, example = "/api/delivery/v1/publications/spp-newsletter/issues/2024/2")
        String href,

        @Schema(description = "The issue's own title in this locale, if it has one")
        Optional<String> title) {}
