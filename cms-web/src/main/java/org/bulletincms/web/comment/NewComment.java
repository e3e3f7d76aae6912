package org.bulletincms.web.comment;

import jakarta.json.JsonValue;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.bulletincms.comment.Comment;
import org.bulletincms.comment.FieldAnchor;
import org.bulletincms.issue.Issue;
import org.bulletincms.issue.Item;
import org.bulletincms.sectiontype.InstalledSectionTypes;
import org.bulletincms.spi.FieldSpec;
import org.bulletincms.spi.SectionType;
import org.bulletincms.web.request.JsonBody;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A comment request, {@code {"text": "…", "item": "<id>", "field": "/localized/en/title"}}, read and checked
 * against the issue it is posted to; every error reported at once with its JSON pointer. {@code item} and
 * {@code field} are optional; a field needs its item.
 */
record NewComment(String text, Optional<UUID> itemId, Optional<FieldAnchor> anchor) {

    private static final Set<String> SERVER_OWNED =
            Set.of("id", "issue", "author", "createdAt", "resolved", "resolvedBy", "resolvedAt", "version");

    static NewComment read(JsonValue json, Issue issue, Set<String> issueLocales, InstalledSectionTypes types) {
        JsonBody body = JsonBody.of(json).allowOnly(Set.of("text", "item", "field"), SERVER_OWNED);
        Optional<String> text = body.requiredText("text", Comment.MAX_TEXT_LENGTH);
        Optional<Item> item = body.optionalText("item", 36).flatMap(id -> item(body, issue, id));
        Optional<FieldAnchor> anchor =
                body.optionalText("field", FieldAnchor.MAX_LENGTH).flatMap(pointer -> anchor(body, pointer));
        if (anchor.isPresent() && item.isEmpty() && !body.hasErrorAt("/item")) {
            body.reject("/field", "comment.field-needs-item", Map.of());
        }
        if (anchor.isPresent() && item.isPresent()) {
            checkAnchorFitsItem(body, anchor.get(), item.get(), issueLocales, types);
        }
        body.verify();
        return new NewComment(text.orElseThrow(), item.map(Item::id), anchor);
    }

    private static Optional<Item> item(JsonBody body, Issue issue, String id) {
        try {
            Optional<Item> item = issue.findItem(UUID.fromString(id));
            if (item.isEmpty()) {
                body.reject("/item", "comment.item-not-in-issue", Map.of("item", id));
            }
            return item;
        } catch (IllegalArgumentException e) {
            body.reject("/item", "field.not-id", Map.of("field", "item"));
            return Optional.empty();
        }
    }

    private static Optional<FieldAnchor> anchor(JsonBody body, String pointer) {
        if (!FieldAnchor.isWellFormed(pointer)) {
            body.reject("/field", "comment.field-malformed", Map.of("pointer", pointer));
            return Optional.empty();
        }
        return Optional.of(new FieldAnchor(pointer));
    }

    /**
     * The anchor's locale must be one of the issue's and its field one the item's type declares, shared or
     * translatable as declared. Items whose plugin is gone are not checked beyond the locale: their fields are
     * unknown, and a comment about such an item is still worth making.
     */
    private static void checkAnchorFitsItem(
            JsonBody body, FieldAnchor anchor, Item item, Set<String> issueLocales, InstalledSectionTypes types) {
        if (anchor.locale().isPresent()
                && !issueLocales.contains(anchor.locale().get())) {
            body.reject(
                    "/field",
                    "locale.not-of-publication",
                    Map.of("locale", anchor.locale().get(), "locales", String.valueOf(issueLocales)));
            return;
        }
        Optional<SectionType> type = types.find(item.sectionType());
        if (type.isEmpty()) {
            return;
        }
        Optional<FieldSpec> field = type.get().fields().stream()
                .filter(f -> f.name().equals(anchor.field()))
                .findFirst();
        if (field.isEmpty() || field.get().isTranslatable() != anchor.locale().isPresent()) {
            body.reject(
                    "/field",
                    "comment.field-unknown",
                    Map.of("name", anchor.field(), "sectionType", type.get().id()));
        }
    }

    /** What a client sends, for the OpenAPI document; {@link #read} checks it with every error at its pointer. */
    @Schema(name = "NewComment", description = "A comment; `field` needs `item`. Unknown properties are refused.")
    record Shape(
            @Schema(required = true, maxLength = Comment.MAX_TEXT_LENGTH)
            String text,

            @Schema(format = "uuid", description = "An item of the issue")
            String item,

            @Schema(
                    maxLength = FieldAnchor.MAX_LENGTH,
                    description =
                            "A field of the item as a JSON pointer: /shared/<name> or " + "/localized/<locale>/<name>")
            String field) {}
}
