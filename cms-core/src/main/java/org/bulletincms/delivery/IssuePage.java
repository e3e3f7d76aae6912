package org.bulletincms.delivery;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of a publication's issue list, newest first. */
@Schema(description = "A page of the issue list, newest first.")
@JsonbPropertyOrder({"publication", "locale", "page", "size", "total", "issues"})
public record IssuePage(
        @Schema(required = true) PublicationListing publication,
        @Schema(required = true, example = "zh-CN") String locale,
        @Schema(required = true, description = "1-based") int page,
        @Schema(required = true) int size,

        @Schema(required = true, description = "Published issues in all pages")
        long total,

        @Schema(required = true) List<IssueListEntry> issues) {}
