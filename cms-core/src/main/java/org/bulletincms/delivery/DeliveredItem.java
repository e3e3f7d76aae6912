package org.bulletincms.delivery;

import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An item delivered alone: as in its issue, with the issue's cover and its rubric's title. */
@Schema(name = "Item", description = "One published item; `fields` depend on `type`.")
@JsonbPropertyOrder({"id", "type", "locale", "fields", "fallback", "issue", "rubric"})
public record DeliveredItem(
        @Schema(required = true, format = "uuid") String id,

        @Schema(required = true, description = "The section type's id", example = "news")
        String type,

        @Schema(required = true, description = "The locale the fields are in", example = "zh-CN")
        String locale,

        @Schema(required = true, description = "The section type's delivery fields")
        JsonObject fields,

        @Schema(required = true, description = "Whether the item is not translated and shown in the source locale")
        boolean fallback,

        @Schema(required = true) IssueCover issue,

        @Schema(required = true, description = "The rubric's title; empty for an untitled rubric")
        String rubric) {

    static DeliveredItem of(RubricItem item, IssueCover issue, String rubric) {
        return new DeliveredItem(item.id(), item.type(), item.locale(), item.fields(), item.fallback(), issue, rubric);
    }
}
