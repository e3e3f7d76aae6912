package org.bulletincms.history;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.bulletincms.spi.Violation;

/**
 * What changed between two versions of an item's content, field by field: each shared field and each
 * locale's translatable fields, as in {@code {"shared": {…}, "localized": {"zh-CN": {…}, "en": {…}}}}.
 *
 * <p>A field's value is compared whole (a list of people that gained one person is one changed field), as
 * an editor thinks of fields. JSON null, blank strings and empty lists count as absent, as they do in
 * {@link org.bulletincms.spi.ItemContent}, so clearing a field reads as "removed" and not as a change to
 * {@code ""}. Anything outside the {@code shared}/{@code localized} envelope (only possible in damaged stored
 * content) is compared whole under its own key, so the diff never fails on what it reads.
 *
 * <p>Order: shared fields, then the locales by tag; within each, fields in the order of the older content,
 * then fields only the newer has.
 */
public final class ContentDiff {

    private static final String SHARED = "shared";
    private static final String LOCALIZED = "localized";

    private ContentDiff() {}

    public static List<FieldChange> between(JsonObject before, JsonObject after) {
        List<FieldChange> changes = new ArrayList<>();
        compareFields(
                changes,
                List.of(SHARED),
                object(before.get(SHARED)),
                object(after.get(SHARED)),
                before.get(SHARED),
                after.get(SHARED));
        JsonObject localizedBefore = object(before.get(LOCALIZED)).orElse(JsonValue.EMPTY_JSON_OBJECT);
        JsonObject localizedAfter = object(after.get(LOCALIZED)).orElse(JsonValue.EMPTY_JSON_OBJECT);
        Set<String> locales = new TreeSet<>(localizedBefore.keySet());
        locales.addAll(localizedAfter.keySet());
        for (String locale : locales) {
            compareFields(
                    changes,
                    List.of(LOCALIZED, locale),
                    object(localizedBefore.get(locale)),
                    object(localizedAfter.get(locale)),
                    localizedBefore.get(locale),
                    localizedAfter.get(locale));
        }
        Set<String> others = new TreeSet<>(before.keySet());
        others.addAll(after.keySet());
        others.removeAll(Set.of(SHARED, LOCALIZED));
        for (String key : others) {
            compare(changes, Violation.pointerTo(key), before.get(key), after.get(key));
        }
        return List.copyOf(changes);
    }

    /** Compares the fields of two objects; a value that is not an object on either side is compared whole. */
    private static void compareFields(
            List<FieldChange> changes,
            List<String> at,
            Optional<JsonObject> before,
            Optional<JsonObject> after,
            JsonValue rawBefore,
            JsonValue rawAfter) {
        boolean beforeIsFields = before.isPresent() || rawBefore == null;
        boolean afterIsFields = after.isPresent() || rawAfter == null;
        if (!beforeIsFields || !afterIsFields) {
            compare(changes, Violation.pointerTo(at.toArray()), rawBefore, rawAfter);
            return;
        }
        JsonObject older = before.orElse(JsonValue.EMPTY_JSON_OBJECT);
        JsonObject newer = after.orElse(JsonValue.EMPTY_JSON_OBJECT);
        Set<String> fields = new LinkedHashSet<>(older.keySet());
        fields.addAll(newer.keySet());
        for (String field : fields) {
            List<Object> tokens = new ArrayList<>(at);
            tokens.add(field);
            compare(changes, Violation.pointerTo(tokens.toArray()), older.get(field), newer.get(field));
        }
    }

    private static void compare(List<FieldChange> changes, String pointer, JsonValue before, JsonValue after) {
        Optional<JsonValue> older = present(before);
        Optional<JsonValue> newer = present(after);
        if (older.isEmpty() && newer.isPresent()) {
            changes.add(new FieldChange(pointer, FieldChange.Kind.ADDED, Optional.empty(), newer));
        } else if (older.isPresent() && newer.isEmpty()) {
            changes.add(new FieldChange(pointer, FieldChange.Kind.REMOVED, older, Optional.empty()));
        } else if (older.isPresent() && !older.get().equals(newer.get())) {
            changes.add(new FieldChange(pointer, FieldChange.Kind.CHANGED, older, newer));
        }
    }

    private static Optional<JsonValue> present(JsonValue value) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return Optional.empty();
        }
        if (value instanceof JsonString text && text.getString().isBlank()) {
            return Optional.empty();
        }
        if (value.getValueType() == JsonValue.ValueType.ARRAY
                && value.asJsonArray().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(value);
    }

    private static Optional<JsonObject> object(JsonValue value) {
        return value instanceof JsonObject json ? Optional.of(json) : Optional.empty();
    }
}
