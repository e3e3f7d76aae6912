package org.bulletincms.translation;

import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.bulletincms.history.EntryChanges;
import org.bulletincms.history.TextChanges;
import org.bulletincms.json.CanonicalJson;
import org.bulletincms.spi.Json;

/**
 * An item's values in its source locale (the translatable fields editors write), with a fingerprint over
 * their canonical form. Translations remember the fingerprint they were made from.
 */
public record SourceValues(JsonObject json) {

    public static SourceValues of(JsonObject localizedSourceValues) {
        return new SourceValues(localizedSourceValues == null ? JsonValue.EMPTY_JSON_OBJECT : localizedSourceValues);
    }

    static SourceValues parse(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return new SourceValues(reader.readObject());
        }
    }

    public String fingerprint() {
        return CanonicalJson.sha256(json);
    }

    /** The fields whose source value differs between {@code earlier} and this, with both values. */
    public List<SourceChange> changesSince(SourceValues earlier) {
        List<SourceChange> changes = new ArrayList<>();
        TreeSet<String> fields = new TreeSet<>(json.keySet());
        fields.addAll(earlier.json.keySet());
        for (String field : fields) {
            JsonValue before = earlier.json.get(field);
            JsonValue after = json.get(field);
            if (before == null ? after != null : !before.equals(after)) {
                changes.add(new SourceChange(field, before, after));
            }
        }
        return changes;
    }

    /** One source field that changed after a translation was made; either value is null when the field was empty. */
    public record SourceChange(String field, JsonValue before, JsonValue after) {

        /** For a text field, what changed word by word (character by character in Chinese); else empty. */
        public Optional<TextChanges> textChanges() {
            return TextChanges.betweenValues(Optional.ofNullable(before), Optional.ofNullable(after));
        }

        /**
         * For a list field (list entries, numbered commitments, terms, people, key figures) or a picture's words,
         * what changed entry by entry and member by member, each word by word; else empty.
         */
        public Optional<EntryChanges> entryChanges() {
            return EntryChanges.betweenValues(Optional.ofNullable(before), Optional.ofNullable(after));
        }
    }
}
