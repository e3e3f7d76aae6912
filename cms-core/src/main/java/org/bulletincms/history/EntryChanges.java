package org.bulletincms.history;

import com.github.difflib.DiffUtils;
import com.github.difflib.algorithm.myers.MeyersDiffWithLinearSpace;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What changed inside a value made of entries or members, entry by entry and member by member, each with its
 * {@link TextChanges}: a numbered commitment reworded shows the words that changed in that commitment, a person's
 * new organisation only that, instead of the whole list before and after.
 *
 * <p>The entries of two lists are first matched with Myers' algorithm (java-diff-utils, as {@link TextChanges}
 * does with words), an entry being equal to another only when it is the same in every member, so an entry added
 * or removed in the middle is one added or removed entry, not every later entry shifted. Where entries were
 * replaced, the old and new ones are paired ({@link #partners}) and compared member by member; unpaired ones are
 * wholly removed or added. Members are compared by their written form: texts as they are (list entries are plain text),
 * numbers as JSON writes them ({@code 5000}), codes as codes ({@code speaker}); a member that is itself a list or
 * a record is not shown (no field kind has one).
 *
 * @param entries the entries and members that changed, in the new value's order (a removed entry where it was)
 * @since issue 18
 */
public record EntryChanges(List<EntryChange> entries) {

    /**
     * How much of their words two entries of a replaced stretch must share, in per mille, to be shown as one entry
     * changed rather than one removed and another added (a half: a person's name kept and their organisation
     * changed).
     */
    static final int PAIRED_SIMILARITY = 500;

    public EntryChanges {
        entries = List.copyOf(entries);
    }

    /**
     * One entry or member that changed.
     *
     * @param path    where it is below the field, as XLIFF unit ids write it: the entry's index from 0 ({@code 7}),
     *                with the member ({@code 0.organisation}); a member alone for a value of members ({@code alt});
     *                the index in the new list, or in the old one for a removed entry
     * @param changes its text before and after, compared word by word (character by character in Chinese)
     */
    public record EntryChange(String path, TextChanges changes) {

        public EntryChange {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(changes, "changes");
        }
    }

    /**
     * The changes between two field values that are both lists, or both values of members (a picture's words), or
     * one of them absent; empty for texts (see {@link TextChanges#betweenValues}), numbers and values whose kind
     * changed, which are shown whole.
     */
    public static Optional<EntryChanges> betweenValues(Optional<JsonValue> before, Optional<JsonValue> after) {
        if (before.isEmpty() && after.isEmpty()) {
            return Optional.empty();
        }
        JsonValue old = before.orElse(null);
        JsonValue now = after.orElse(null);
        List<EntryChange> changes = new ArrayList<>();
        if (isOr(old, now, JsonValue.ValueType.ARRAY)) {
            compareLists(list(old), list(now), changes);
        } else if (isOr(old, now, JsonValue.ValueType.OBJECT)) {
            compareMembers("", members(old), members(now), changes);
        } else {
            return Optional.empty();
        }
        return Optional.of(new EntryChanges(changes));
    }

    /** Whether both values are of {@code type}, one of them possibly absent. */
    private static boolean isOr(JsonValue old, JsonValue now, JsonValue.ValueType type) {
        return (old == null || old.getValueType() == type) && (now == null || now.getValueType() == type);
    }

    private static List<JsonValue> list(JsonValue value) {
        return value == null ? List.of() : ((JsonArray) value);
    }

    private static JsonObject members(JsonValue value) {
        return value == null ? JsonValue.EMPTY_JSON_OBJECT : (JsonObject) value;
    }

    private static void compareLists(List<JsonValue> old, List<JsonValue> now, List<EntryChange> changes) {
        // The linear-space algorithm gives a replacement as a deletion and an insertion side by side: everything
        // between two unchanged stretches is one replaced stretch.
        Stretch stretch = new Stretch();
        for (AbstractDelta<JsonValue> delta : DiffUtils.diff(
                        old, now, new MeyersDiffWithLinearSpace<JsonValue>(), null, true)
                .getDeltas()) {
            if (delta.getType() == DeltaType.EQUAL) {
                stretch.compare(changes);
                stretch = new Stretch();
            } else {
                stretch.add(delta);
            }
        }
        stretch.compare(changes);
    }

    /** Entries removed and added between two unchanged stretches of a list, with where they start. */
    private static final class Stretch {
        private final List<JsonValue> removed = new ArrayList<>();
        private final List<JsonValue> added = new ArrayList<>();
        private int oldAt = -1;
        private int newAt = -1;

        void add(AbstractDelta<JsonValue> delta) {
            if (oldAt < 0) {
                oldAt = delta.getSource().getPosition();
                newAt = delta.getTarget().getPosition();
            }
            removed.addAll(delta.getSource().getLines());
            added.addAll(delta.getTarget().getLines());
        }

        void compare(List<EntryChange> changes) {
            int[] partner = partners(removed, added);
            int i = 0;
            int j = 0;
            while (i < removed.size() || j < added.size()) {
                if (i < removed.size() && partner[i] == j) {
                    compareEntries(newAt + j, removed.get(i++), added.get(j++), changes);
                } else if (i < removed.size() && partner[i] < 0) {
                    compareEntries(oldAt + i, removed.get(i++), null, changes);
                } else {
                    compareEntries(newAt + j, null, added.get(j++), changes);
                }
            }
        }
    }

    /**
     * Which added entry each removed one of a replaced stretch became ({@code -1}: none, it was removed). As many
     * replaced by as many: in order, each slot rewritten. Otherwise the order-preserving pairing whose entries share
     * the most words (characters in Chinese), an entry paired only with one sharing at least
     * {@link #PAIRED_SIMILARITY} of its words: {@code Lyon city} → {@code Paris}, {@code Lyon metropolis} is an
     * entry added before a changed one, not two changed entries.
     */
    private static int[] partners(List<JsonValue> removed, List<JsonValue> added) {
        int[] partner = new int[removed.size()];
        if (removed.size() == added.size()) {
            for (int i = 0; i < partner.length; i++) {
                partner[i] = i;
            }
            return partner;
        }
        int[][] similar = new int[removed.size()][added.size()];
        for (int i = 0; i < removed.size(); i++) {
            for (int j = 0; j < added.size(); j++) {
                similar[i][j] = similarity(removed.get(i), added.get(j));
            }
        }
        int[][] best = new int[removed.size() + 1][added.size() + 1];
        for (int i = 1; i <= removed.size(); i++) {
            for (int j = 1; j <= added.size(); j++) {
                int paired =
                        similar[i - 1][j - 1] >= PAIRED_SIMILARITY ? best[i - 1][j - 1] + similar[i - 1][j - 1] : -1;
                best[i][j] = Math.max(paired, Math.max(best[i - 1][j], best[i][j - 1]));
            }
        }
        Arrays.fill(partner, -1);
        for (int i = removed.size(), j = added.size(); i > 0 && j > 0; ) {
            if (similar[i - 1][j - 1] >= PAIRED_SIMILARITY
                    && best[i][j] == best[i - 1][j - 1] + similar[i - 1][j - 1]) {
                partner[--i] = --j;
            } else if (best[i][j] == best[i - 1][j]) {
                i--;
            } else {
                j--;
            }
        }
        return partner;
    }

    /** The share of words two entries have in common, in per mille: 2000 × common / (words of one + of other). */
    private static int similarity(JsonValue one, JsonValue other) {
        Map<String, Integer> words = new HashMap<>();
        List<String> first = words(one);
        List<String> second = words(other);
        first.forEach(word -> words.merge(word, 1, Integer::sum));
        int common = 0;
        for (String word : second) {
            if (words.getOrDefault(word, 0) > 0) {
                words.merge(word, -1, Integer::sum);
                common++;
            }
        }
        return first.isEmpty() && second.isEmpty() ? 1000 : 2000 * common / (first.size() + second.size());
    }

    /** An entry's words: its text's, or each member's, without the spaces between them. */
    private static List<String> words(JsonValue entry) {
        List<String> texts = entry instanceof JsonObject members
                ? members.values().stream()
                        .map(member -> written(member).orElse(""))
                        .toList()
                : List.of(written(entry).orElse(""));
        return texts.stream()
                .flatMap(text -> TextChanges.tokens(text).stream())
                .filter(token -> !token.isBlank())
                .toList();
    }

    private static void compareEntries(int index, JsonValue old, JsonValue now, List<EntryChange> changes) {
        String path = Integer.toString(index);
        if (isOr(old, now, JsonValue.ValueType.OBJECT)) {
            compareMembers(path + ".", members(old), members(now), changes);
            return;
        }
        Optional<String> oldText = written(old);
        Optional<String> newText = written(now);
        if ((old == null || oldText.isPresent()) && (now == null || newText.isPresent())) {
            compare(path, oldText.orElse(""), newText.orElse(""), changes);
            return;
        }
        // an entry whose kind changed (a text become a record): what it was removed, what it is added
        compareEntries(index, old, null, changes);
        compareEntries(index, null, now, changes);
    }

    private static void compareMembers(String prefix, JsonObject old, JsonObject now, List<EntryChange> changes) {
        Set<String> names = new LinkedHashSet<>(now.keySet());
        names.addAll(old.keySet());
        for (String name : names) {
            compare(
                    prefix + name,
                    written(old.get(name)).orElse(""),
                    written(now.get(name)).orElse(""),
                    changes);
        }
    }

    private static void compare(String path, String old, String now, List<EntryChange> changes) {
        if (!old.equals(now)) {
            changes.add(new EntryChange(path, TextChanges.between(old, now)));
        }
    }

    /** A scalar's written form: a text as it is, a number or a truth value as JSON writes it; empty otherwise. */
    private static Optional<String> written(JsonValue value) {
        if (value instanceof JsonString text) {
            return Optional.of(text.getString());
        }
        if (value instanceof JsonNumber
                || value == JsonValue.TRUE
                || value == JsonValue.FALSE
                || value == JsonValue.NULL) {
            return Optional.of(value == JsonValue.NULL ? "" : value.toString());
        }
        return Optional.empty();
    }
}
