package org.bulletincms.web.comment;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.bulletincms.comment.Comment;
import org.bulletincms.comment.CommentTarget;
import org.bulletincms.comment.FieldAnchor;
import org.bulletincms.sectiontype.InstalledSectionTypes;
import org.bulletincms.spi.FieldSpec;
import org.bulletincms.spi.SectionType;
import org.bulletincms.web.request.RequestErrors;
import org.bulletincms.web.request.ServerOwned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A comment request, {@code {"text": "…", "item": "<id>", "field": "/localized/en/title"}}, read by
 * {@code RecordBodyReader} and then checked against the issue it is posted to; every error reported at once with its
 * JSON pointer. {@code item} and {@code field} are optional; a field needs its item.
 */
@Schema(name = "NewComment", description = "A comment; `field` needs `item`. Unknown properties are refused.")
@ServerOwned({"id", "issue", "author", "createdAt", "resolved", "resolvedBy", "resolvedAt", "version"})
public record NewComment(
        @Schema(required = true, maxLength = Comment.MAX_TEXT_LENGTH)
        String text,

        @Schema(description = "An item of the issue") Optional<UUID> item,

        @Schema(
                maxLength = FieldAnchor.MAX_LENGTH,
                description = "A field of the item as a JSON pointer: /shared/<name> or /localized/<locale>/<name>")
        Optional<String> field) {

    /** The comment as the issue allows it: its item is in the issue, its field one the item's type has. */
    record Checked(String text, Optional<UUID> itemId, Optional<FieldAnchor> anchor) {}

    Checked checked(CommentTarget target, InstalledSectionTypes types) {
        RequestErrors errors = new RequestErrors();
        Optional<UUID> found = item.filter(id -> isInIssue(errors, target, id));
        Optional<FieldAnchor> anchor = field.flatMap(pointer -> anchor(errors, pointer));
        if (anchor.isPresent() && found.isEmpty() && !errors.hasErrorAt("/item")) {
            errors.reject("/field", "comment.field-needs-item", Map.of());
        }
        if (anchor.isPresent() && found.isPresent()) {
            checkAnchorFitsItem(
                    errors, anchor.get(), target.itemType(found.get()).orElseThrow(), target.locales(), types);
        }
        errors.verify();
        return new Checked(text, found, anchor);
    }

    private static boolean isInIssue(RequestErrors errors, CommentTarget target, UUID id) {
        boolean inIssue = target.itemType(id).isPresent();
        if (!inIssue) {
            errors.reject("/item", "comment.item-not-in-issue", Map.of("item", id.toString()));
        }
        return inIssue;
    }

    private static Optional<FieldAnchor> anchor(RequestErrors errors, String pointer) {
        if (!FieldAnchor.isWellFormed(pointer)) {
            errors.reject("/field", "comment.field-malformed", Map.of("pointer", pointer));
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
            RequestErrors errors,
            FieldAnchor anchor,
            String itemType,
            Set<String> issueLocales,
            InstalledSectionTypes types) {
        if (anchor.locale().isPresent()
                && !issueLocales.contains(anchor.locale().get())) {
            errors.reject(
                    "/field",
                    "locale.not-of-publication",
                    Map.of("locale", anchor.locale().get(), "locales", String.valueOf(issueLocales)));
            return;
        }
        Optional<SectionType> type = types.find(itemType);
        if (type.isEmpty()) {
            return;
        }
        Optional<FieldSpec> field = type.get().fields().stream()
                .filter(f -> f.name().equals(anchor.field()))
                .findFirst();
        if (field.isEmpty() || field.get().isTranslatable() != anchor.locale().isPresent()) {
            errors.reject(
                    "/field",
                    "comment.field-unknown",
                    Map.of("name", anchor.field(), "sectionType", type.get().id()));
        }
    }
}
