package org.bulletincms.history;

import jakarta.json.JsonValue;
import java.util.Objects;
import java.util.Optional;

/**
 * One field that differs between two revisions of an item.
 *
 * @param pointer where the field is in the item content (RFC 6901): {@code /shared/sourceUrl},
 *                {@code /localized/en/title}
 * @param kind    added, removed or changed
 * @param before  the value in the older revision; empty when the field was added
 * @param after   the value in the newer revision; empty when the field was removed
 */
public record FieldChange(String pointer, Kind kind, Optional<JsonValue> before, Optional<JsonValue> after) {

    /** How a field differs. */
    public enum Kind {
        ADDED,
        REMOVED,
        CHANGED;

        /** The kind as the API writes it: {@code added}. */
        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * For a text field that changed, what changed word by word (character by character in Chinese), rich text by
     * its visible text; empty for an added or removed field and for values that are not texts.
     */
    public Optional<TextChanges> textChanges() {
        return kind == Kind.CHANGED ? TextChanges.betweenValues(before, after) : Optional.empty();
    }

    /**
     * For a list field or a picture's words that changed, what changed entry by entry and member by member, each
     * word by word; empty for an added or removed field and for values without entries.
     */
    public Optional<EntryChanges> entryChanges() {
        return kind == Kind.CHANGED ? EntryChanges.betweenValues(before, after) : Optional.empty();
    }

    public FieldChange {
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(kind, "kind");
        if (before.isPresent() == (kind == Kind.ADDED) || after.isPresent() == (kind == Kind.REMOVED)) {
            throw new IllegalArgumentException(kind + " needs "
                    + (kind == Kind.ADDED
                            ? "only an after value"
                            : kind == Kind.REMOVED ? "only a before value" : "both values"));
        }
    }
}
