package org.bulletincms.delivery;

import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An item inside a delivered issue. Its {@code fields} are its section type's delivery JSON; the OpenAPI document
 * describes them per section type ({@code ItemFields.<type>}), discriminated by {@code type}.
 */
@Schema(description = "An item inside an issue; `fields` depend on `type`.")
@JsonbPropertyOrder({"id", "type", "locale", "fields", "fallback"})
public record RubricItem(
        @Schema(required = true, format = "uuid") String id,

        @Schema(required = true, description = "The section type's id", example = "news")
        String type,

        @Schema(required = true, description = "The locale the fields are in", example = "zh-CN")
        String locale,

        @Schema(required = true, description = "The section type's delivery fields")
        JsonObject fields,

        @Schema(
                required = true,
                description = "Whether the item is not translated and shown in the source locale; an item written"
                        + " once, the same in every locale (an English flyer in the Chinese issue), is not: its"
                        + " `locale` says its language")
        boolean fallback) {}
