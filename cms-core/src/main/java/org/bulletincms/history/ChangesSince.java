package org.bulletincms.history;

import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.bulletincms.issue.ItemWritten;
import org.bulletincms.spi.Json;

/**
 * What changed in an issue's items since a moment, read from their revisions: an item with a revision after the
 * moment changed, and the change is the diff from its newest revision at or before the moment (none: it was
 * added) to its newest revision; an item whose newest revision is a deletion after the moment was removed. Items
 * come in the issue's reading order, removed ones after them, oldest deletion first.
 */
public final class ChangesSince {

    private ChangesSince() {}

    /**
     * @param since        the moment (the last review)
     * @param currentItems the issue's items now, in reading order
     * @param revisions    every revision of the issue's items, in any order
     * @param upgraded     a revision's content in the installed schema version of its type (as written when it
     *                     cannot be upgraded); used when the two revisions compared differ in schema version, so that
     *                     an upgrade does not read as edits
     */
    public static List<ChangedItem> of(
            Instant since,
            List<UUID> currentItems,
            List<ItemRevision> revisions,
            Function<ItemRevision, JsonObject> upgraded) {
        Map<UUID, List<ItemRevision>> byItem = new LinkedHashMap<>();
        revisions.stream()
                .sorted(Comparator.comparingInt(ItemRevision::number))
                .forEach(revision -> byItem.computeIfAbsent(revision.itemId(), id -> new ArrayList<>())
                        .add(revision));
        List<ChangedItem> changed = new ArrayList<>();
        for (UUID item : currentItems) {
            change(since, byItem.getOrDefault(item, List.of()), upgraded).ifPresent(changed::add);
        }
        Set<UUID> current = new HashSet<>(currentItems);
        List<ChangedItem> removed = new ArrayList<>();
        byItem.forEach((item, oldestFirst) -> {
            if (!current.contains(item)) {
                change(since, oldestFirst, upgraded)
                        .filter(change -> change.kind() == ChangedItem.Kind.REMOVED)
                        .ifPresent(removed::add);
            }
        });
        removed.sort(Comparator.comparing(ChangedItem::at));
        changed.addAll(removed);
        return List.copyOf(changed);
    }

    private static Optional<ChangedItem> change(
            Instant since, List<ItemRevision> oldestFirst, Function<ItemRevision, JsonObject> upgraded) {
        if (oldestFirst.isEmpty()) {
            return Optional.empty();
        }
        ItemRevision newest = oldestFirst.get(oldestFirst.size() - 1);
        if (!newest.at().isAfter(since)) {
            return Optional.empty();
        }
        Optional<ItemRevision> before = oldestFirst.stream()
                .filter(revision -> !revision.at().isAfter(since))
                .reduce((older, newer) -> newer);
        boolean deleted = newest.change() == ItemWritten.Change.DELETED;
        if (before.isEmpty()) {
            return deleted
                    ? Optional.empty()
                    : Optional.of(changed(newest, ChangedItem.Kind.ADDED, diff(Optional.empty(), newest, upgraded)));
        }
        if (deleted) {
            return Optional.of(changed(
                    newest,
                    ChangedItem.Kind.REMOVED,
                    ContentDiff.between(content(before.get()), JsonValue.EMPTY_JSON_OBJECT)));
        }
        return Optional.of(changed(newest, ChangedItem.Kind.CHANGED, diff(before, newest, upgraded)));
    }

    private static List<FieldChange> diff(
            Optional<ItemRevision> older, ItemRevision newer, Function<ItemRevision, JsonObject> upgraded) {
        if (older.isEmpty()) {
            return ContentDiff.between(JsonValue.EMPTY_JSON_OBJECT, content(newer));
        }
        boolean sameSchema = older.get().schemaVersion() == newer.schemaVersion();
        return sameSchema
                ? ContentDiff.between(content(older.get()), content(newer))
                : ContentDiff.between(upgraded.apply(older.get()), upgraded.apply(newer));
    }

    private static ChangedItem changed(ItemRevision newest, ChangedItem.Kind kind, List<FieldChange> changes) {
        return new ChangedItem(newest.itemId(), newest.sectionType(), kind, newest.by(), newest.at(), changes);
    }

    private static JsonObject content(ItemRevision revision) {
        try (JsonReader reader = Json.createReader(new StringReader(revision.contentJson()))) {
            return reader.readObject();
        }
    }
}
