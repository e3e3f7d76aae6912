package org.bulletincms.web.search;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of search results, best match first, with the query it answers. */
@Schema(description = "A page of search results, best match first.")
@JsonbPropertyOrder({"q", "page", "size", "total", "locale", "publication", "results"})
public record SearchPage(
        @Schema(required = true, description = "The query as searched (trimmed)")
        String q,

        @Schema(required = true, description = "1-based") int page,
        @Schema(required = true) int size,

        @Schema(required = true, description = "Hits in all pages")
        long total,

        @Schema(description = "The locale searched, if one was asked for")
        Optional<String> locale,

        @Schema(description = "The publication searched, if one was asked for")
        Optional<String> publication,

        @Schema(required = true) List<SearchResult> results) {}
