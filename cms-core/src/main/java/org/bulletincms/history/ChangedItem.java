package org.bulletincms.history;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One item that changed since a moment (the last review), field by field.
 *
 * @param item        the item's id
 * @param sectionType the item's section type
 * @param kind        added after the moment, changed, or removed (deleted) since
 * @param by          the subject of whoever wrote it last
 * @param at          when it was written last
 * @param changes     what differs from the item as it was at the moment (for an added item: every field, added;
 *                    for a removed one: every field, removed)
 */
public record ChangedItem(UUID item, String sectionType, Kind kind, String by, Instant at, List<FieldChange> changes) {

    /** How an item differs from what it was at the moment. */
    public enum Kind {
        ADDED,
        CHANGED,
        REMOVED;

        /** The kind as the API writes it: {@code added}. */
        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public ChangedItem {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(sectionType, "sectionType");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
        changes = List.copyOf(changes);
    }
}
