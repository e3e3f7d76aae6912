package org.bulletincms.exchange;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bulletincms.spi.FieldKind;
import org.bulletincms.spi.FieldSpec;
import org.bulletincms.spi.Json;

/**
 * The words of a translatable field's value, each at its path: a text field's value at the field's name, a list's
 * entries at {@code field.0}, {@code field.1}, an entry's members at {@code field.0.term}, a picture's words at
 * {@code picture.alt} and {@code picture.caption} (a list of pictures: {@code partnerLogos.1.alt}). Only prose is a
 * leaf: addresses, dates, numbers, choices and a person's role code are the same in every language and are not
 * exchanged; nor is anything of a picture but its alt text and caption (the picture itself is shared).
 */
final class TextLeaves {

    /** The kinds whose values hold words a translator translates. */
    static final Set<FieldKind> PROSE = EnumSet.of(
            FieldKind.PLAIN_TEXT,
            FieldKind.RICH_TEXT,
            FieldKind.TEXT_LIST,
            FieldKind.NUMBERED_LIST,
            FieldKind.TERM_LIST,
            FieldKind.PEOPLE,
            FieldKind.KEY_FIGURES,
            FieldKind.IMAGE,
            FieldKind.IMAGE_LIST);

    /** Members of list entries that are codes, not words. */
    private static final Set<String> CODES = Set.of("role");

    private TextLeaves() {}

    static boolean exchanged(FieldSpec spec) {
        return spec.isTranslatable() && PROSE.contains(spec.kind());
    }

    /** Every non-empty text of the value, by path, in order. */
    static Map<String, String> of(String field, JsonValue value) {
        Map<String, String> leaves = new LinkedHashMap<>();
        if (value == null) {
            return leaves;
        }
        if (value instanceof JsonString text) {
            put(leaves, field, text);
        } else if (value instanceof JsonObject members) {
            // a picture's words in one locale: alt text and caption
            for (Map.Entry<String, JsonValue> member : members.entrySet()) {
                if (!CODES.contains(member.getKey()) && member.getValue() instanceof JsonString text) {
                    put(leaves, field + "." + member.getKey(), text);
                }
            }
        } else if (value instanceof JsonArray entries) {
            for (int i = 0; i < entries.size(); i++) {
                JsonValue entry = entries.get(i);
                if (entry instanceof JsonString text) {
                    put(leaves, field + "." + i, text);
                } else if (entry instanceof JsonObject members) {
                    for (Map.Entry<String, JsonValue> member : members.entrySet()) {
                        if (!CODES.contains(member.getKey()) && member.getValue() instanceof JsonString text) {
                            put(leaves, field + "." + i + "." + member.getKey(), text);
                        }
                    }
                }
            }
        }
        return leaves;
    }

    private static void put(Map<String, String> leaves, String path, JsonString text) {
        if (!text.getString().isEmpty()) {
            leaves.put(path, text.getString());
        }
    }

    /** The text at the path's steps below the field's value, if there is one. */
    static Optional<String> at(JsonValue value, List<String> steps) {
        JsonValue here = value;
        for (String step : steps.subList(1, steps.size())) {
            if (here instanceof JsonArray entries && step.chars().allMatch(Character::isDigit)) {
                int index = Integer.parseInt(step);
                here = index < entries.size() ? entries.get(index) : null;
            } else if (here instanceof JsonObject members) {
                here = members.get(step);
            } else {
                here = null;
            }
            if (here == null) {
                return Optional.empty();
            }
        }
        return here instanceof JsonString text && !text.getString().isEmpty()
                ? Optional.of(text.getString())
                : Optional.empty();
    }

    /**
     * The field's value with the text at the path replaced. {@code base} is the target's current value when it has
     * the source's shape, otherwise the source's value, so that a list keeps its entries and an entry its codes.
     */
    static JsonValue with(JsonValue base, List<String> steps, String text) {
        return replace(base, steps.subList(1, steps.size()), text);
    }

    private static JsonValue replace(JsonValue here, List<String> steps, String text) {
        if (steps.isEmpty()) {
            return Json.createValue(text);
        }
        String step = steps.get(0);
        List<String> rest = steps.subList(1, steps.size());
        if (here instanceof JsonArray entries) {
            int index = Integer.parseInt(step);
            List<JsonValue> copy = new ArrayList<>(entries);
            copy.set(index, replace(entries.get(index), rest, text));
            return Json.createArrayBuilder(copy).build();
        }
        JsonObject members = here.asJsonObject();
        return Json.createObjectBuilder(members)
                .add(step, replace(members.getOrDefault(step, JsonValue.NULL), rest, text))
                .build();
    }

    /** Whether two values of a field have the same shape: the same kind, lists as long, entries with the same keys. */
    static boolean sameShape(JsonValue a, JsonValue b) {
        if (a == null || b == null || a.getValueType() != b.getValueType()) {
            return false;
        }
        if (a instanceof JsonArray left && b instanceof JsonArray right) {
            if (left.size() != right.size()) {
                return false;
            }
            for (int i = 0; i < left.size(); i++) {
                if (!sameShape(left.get(i), right.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof JsonObject left && b instanceof JsonObject right) {
            return left.keySet().equals(right.keySet());
        }
        return true;
    }
}
