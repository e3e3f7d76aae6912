package org.bulletincms.delivery;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The publication an issue belongs to, titled in the issue's locale (or its source locale). */
@Schema(description = "The publication, titled in the served locale (or its source locale).")
@JsonbPropertyOrder({"slug", "title", "tagline"})
public record IssuePublication(
        @Schema(required = true, example = "spp-newsletter") String slug,
        @Schema(required = true, example = "可持续公共采购计划简报") String title,

        @Schema(description = "The line under the masthead, if the publication has one")
        Optional<IssueTagline> tagline) {}
