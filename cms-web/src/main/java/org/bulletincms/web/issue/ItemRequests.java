package org.bulletincms.web.issue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Optional;
import java.util.Set;
import org.bulletincms.web.request.JsonBody;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The bodies of item writes, read with {@link JsonBody} (every error at once, each with its JSON pointer; fields the
 * server owns are refused by name) into records whose schemas the OpenAPI document shows.
 */
final class ItemRequests {

    /** What a client may never send in an item body: the server owns these. */
    private static final Set<String> SERVER_OWNED = Set.of(
            "id",
            "issue",
            "rubric",
            "position",
            "schemaVersion",
            "version",
            "createdAt",
            "createdBy",
            "updatedAt",
            "updatedBy",
            "state",
            "stage",
            "authors",
            "orphaned");

    private ItemRequests() {}

    /** {@code {"type": "news", "content": {"shared": {…}, "localized": {…}}}} */
    @Schema(name = "NewItem", description = "An item to add at the end of a rubric")
    record NewItem(
            @Schema(required = true, maxLength = 64, description = "An installed section type's id", example = "news")
            String type,

            @Schema(
                    required = true,
                    type = SchemaType.OBJECT,
                    description = "Shared fields and the fields of each locale, checked as a draft")
            JsonObject content) {}

    /** {@code {"content": {…}}}, optionally with the item's own {@code type}. */
    @Schema(name = "ItemContentChange", description = "An item's new content, replacing the whole of it")
    record ContentChange(
            @Schema(maxLength = 64, description = "The item's section type, if sent; another type is refused")
            Optional<String> type,

            @Schema(
                    required = true,
                    type = SchemaType.OBJECT,
                    description = "The whole new content, checked as a draft")
            JsonObject content) {}

    /** {@code {"values": {"title": "…", …}}} */
    @Schema(name = "ItemTranslation", description = "A translator's values for one target locale")
    record Translation(
            @Schema(
                    required = true,
                    type = SchemaType.OBJECT,
                    description = "The translatable fields by name; shared fields are read-only")
            JsonObject values) {}

    static NewItem newItem(JsonValue json) {
        JsonBody body = JsonBody.of(json).allowOnly(Set.of("type", "content"), SERVER_OWNED);
        Optional<String> type = body.requiredText("type", 64);
        Optional<JsonObject> content = body.requiredObject("content");
        body.verify();
        return new NewItem(type.orElseThrow(), content.orElseThrow());
    }

    static ContentChange contentChange(JsonValue json) {
        JsonBody body = JsonBody.of(json).allowOnly(Set.of("type", "content"), SERVER_OWNED);
        Optional<String> type = body.optionalText("type", 64);
        Optional<JsonObject> content = body.requiredObject("content");
        body.verify();
        return new ContentChange(type, content.orElseThrow());
    }

    static Translation translation(JsonValue json) {
        JsonBody body = JsonBody.of(json).allowOnly(Set.of("values"), SERVER_OWNED);
        Optional<JsonObject> values = body.requiredObject("values");
        body.verify();
        return new Translation(values.orElseThrow());
    }
}
