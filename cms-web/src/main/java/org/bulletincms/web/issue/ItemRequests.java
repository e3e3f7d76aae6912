package org.bulletincms.web.issue;

import jakarta.json.JsonObject;
import java.util.Optional;
import org.bulletincms.web.request.ServerOwned;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The bodies of item writes: records read by {@code RecordBodyReader} (every error at once, each with its JSON
 * pointer; fields the server owns are refused by name), whose schemas the OpenAPI document shows.
 */
final class ItemRequests {

    private ItemRequests() {}

    /** {@code {"type": "news", "content": {"shared": {…}, "localized": {…}}}} */
    @Schema(name = "NewItem", description = "An item to add at the end of a rubric")
    @ServerOwned(
            answers = ItemDocument.class,
            value = {"state", "stage", "authors"})
    public record NewItem(
            @Schema(required = true, maxLength = 64, description = "An installed section type's id", example = "news")
            String type,

            @Schema(
                    required = true,
                    type = SchemaType.OBJECT,
                    description = "Shared fields and the fields of each locale, checked as a draft")
            JsonObject content) {}

    /** {@code {"content": {…}}}, optionally with the item's own {@code type}. */
    @Schema(name = "ItemContentChange", description = "An item's new content, replacing the whole of it")
    @ServerOwned(
            answers = ItemDocument.class,
            value = {"state", "stage", "authors"})
    public record ContentChange(
            @Schema(maxLength = 64, description = "The item's section type, if sent; another type is refused")
            Optional<String> type,

            @Schema(
                    required = true,
                    type = SchemaType.OBJECT,
                    description = "The whole new content, checked as a draft")
            JsonObject content) {}

    /** {@code {"values": {"title": "…", …}}} */
    @Schema(name = "ItemTranslation", description = "A translator's values for one target locale")
    @ServerOwned(
            answers = ItemDocument.class,
            value = {"state", "stage", "authors"})
    public record Translation(
            @Schema(
                    required = true,
                    type = SchemaType.OBJECT,
                    description = "The translatable fields by name; shared fields are read-only")
            JsonObject values) {}
}
