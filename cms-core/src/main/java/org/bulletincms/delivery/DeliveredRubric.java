package org.bulletincms.delivery;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A rubric of a delivered issue with its items, in the order. */
@Schema(name = "Rubric", description = "A rubric of the issue with its items, in order.")
@JsonbPropertyOrder({"id", "title", "items"})
public record DeliveredRubric(
        @Schema(required = true, format = "uuid") String id,

        @Schema(
                description =
                        "The rubric's title in the served locale, or its source locale; untitled rubrics have none")
        Optional<String> title,

        @Schema(required = true) List<RubricItem> items) {}
