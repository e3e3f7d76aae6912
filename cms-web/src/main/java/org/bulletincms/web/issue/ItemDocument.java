package org.bulletincms.web.issue;

import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.Optional;
import org.bulletincms.drafting.ItemView;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/** An item as the management API shows it: alone, in its issue, and after every write to it. */
@Schema(
        name = "EditorialItem",
        description = "An item with its content in every locale. Its ETag is the version a write names (If-Match).")
@JsonbPropertyOrder({
    "id",
    "issue",
    "rubric",
    "position",
    "type",
    "schemaVersion",
    "content",
    "upgradedFromSchemaVersion",
    "orphaned",
    "createdAt",
    "createdBy",
    "updatedAt",
    "updatedBy",
    "version"
})
public record ItemDocument(
        @Schema(required = true, format = "uuid") String id,

        @Schema(required = true, format = "uuid", description = "The issue the item is part of")
        String issue,

        @Schema(required = true, format = "uuid", description = "The rubric the item is in")
        String rubric,

        @Schema(required = true, minimum = "0", description = "Its place in the rubric, from 0")
        int position,

        @Schema(required = true, description = "The section type's id", example = "news")
        String type,

        @Schema(required = true, minimum = "1", description = "The schema version of `content`")
        int schemaVersion,

        @Schema(
                required = true,
                type = SchemaType.OBJECT,
                description = "Shared fields and the fields of each locale; which fields depends on `type`",
                requiredProperties = {"shared", "localized"},
                properties = {
                    @SchemaProperty(name = "shared", type = SchemaType.OBJECT),
                    @SchemaProperty(
                            name = "localized",
                            type = SchemaType.OBJECT,
                            description = "The fields by locale tag"),
                    @SchemaProperty(
                            name = "sameInEveryLocale",
                            type = SchemaType.STRING,
                            example = "en",
                            description = "Only for an item written once, in one language, and shown so in every"
                                    + " edition (an English flyer in the Chinese issue): that locale, whose"
                                    + " values every edition shows; it needs no translation")
                })
        JsonObject content,

        @Schema(description = "The schema version the content is stored in, when it was upgraded to be shown")
        Optional<Integer> upgradedFromSchemaVersion,

        @Schema(description = "Present when the item's section type is not installed: content kept as stored")
        Optional<Orphaned> orphaned,

        @Schema(required = true, format = "date-time") String createdAt,

        @Schema(required = true, description = "The user name of who created it")
        String createdBy,

        @Schema(required = true, format = "date-time") String updatedAt,

        @Schema(required = true, description = "The user name of who changed it last")
        String updatedBy,

        @Schema(required = true, format = "int64", description = "Counts the item's writes")
        long version) {

    /** Why the content cannot be read with the installed plugins. */
    @Schema(name = "OrphanedItem")
    @JsonbPropertyOrder({"reason", "detail"})
    public record Orphaned(
            @Schema(
                    required = true,
                    enumeration = {
                        "type-not-installed",
                        "schema-newer-than-installed",
                        "content-malformed",
                        "upgrade-failed"
                    })
            String reason,

            @Schema(required = true, description = "What to do, for the operator; may be empty")
            String detail) {}

    public static ItemDocument of(ItemView item) {
        return new ItemDocument(
                item.id().toString(),
                item.issue().toString(),
                item.rubric().toString(),
                item.position(),
                item.type(),
                item.schemaVersion(),
                item.content(),
                item.upgradedFromSchemaVersion(),
                item.orphaned().map(orphaned -> new Orphaned(orphaned.reason(), orphaned.detail())),
                item.createdAt().toString(),
                item.createdBy(),
                item.updatedAt().toString(),
                item.updatedBy(),
                item.version());
    }
}
