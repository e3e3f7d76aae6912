package org.bulletincms.web.request;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.bulletincms.refusal.Refusal.FieldViolation;
import org.bulletincms.sectiontype.TextCheck;
import org.bulletincms.web.problem.ApiProblem;
import org.bulletincms.web.problem.ProblemType;

/**
 * Reads a JSON request body field by field and collects every error instead of stopping at the first.
 * Fields the client may not send (unknown ones, and server-owned ones such as {@code id} or
 * {@code version}) are errors too, named by their pointer. Call {@link #verify()} when done reading.
 */
public final class JsonBody {

    private final JsonObject json;
    private final List<FieldViolation> errors = new ArrayList<>();

    private JsonBody(JsonObject json) {
        this.json = json;
    }

    public static JsonBody of(JsonValue body) {
        if (body == null || body.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new ApiProblem(ProblemType.MALFORMED_REQUEST, "detail.not-json-object");
        }
        return new JsonBody(body.asJsonObject());
    }

    /** Rejects every member not in {@code allowed}; {@code serverOwned} ones get a clearer message. */
    public JsonBody allowOnly(Set<String> allowed, Set<String> serverOwned) {
        for (String name : json.keySet()) {
            if (serverOwned.contains(name)) {
                reject("/" + name, "field.server-owned", Map.of("field", name));
            } else if (!allowed.contains(name)) {
                reject("/" + name, "field.unknown", Map.of("field", name));
            }
        }
        return this;
    }

    public Optional<String> optionalText(String name, int maxLength) {
        JsonValue value = json.get(name);
        if (value == null || value == JsonValue.NULL) {
            return Optional.empty();
        }
        return text("/" + name, value, maxLength);
    }

    public Optional<String> requiredText(String name, int maxLength) {
        if (!json.containsKey(name) || json.isNull(name)) {
            reject("/" + name, "field.required", Map.of("field", name));
            return Optional.empty();
        }
        return text("/" + name, json.get(name), maxLength);
    }

    public List<String> textList(String name, int maxEntries, int maxLength) {
        JsonValue value = json.get(name);
        if (value == null || value == JsonValue.NULL) {
            return List.of();
        }
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            reject("/" + name, "field.not-array", Map.of("field", name));
            return List.of();
        }
        JsonArray array = value.asJsonArray();
        if (array.size() > maxEntries) {
            reject("/" + name, "field.too-many", Map.of("field", name, "max", maxEntries, "actual", array.size()));
            return List.of();
        }
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            text("/" + name + "/" + i, array.get(i), maxLength).ifPresent(texts::add);
        }
        return texts;
    }

    /** An object of texts keyed by locale tag, e.g. {@code {"zh-CN": "…", "en": "…"}}. */
    public Map<String, String> textsByKey(String name, boolean required, int maxLength) {
        JsonValue value = json.get(name);
        if (value == null || value == JsonValue.NULL) {
            if (required) {
                reject("/" + name, "field.required", Map.of("field", name));
            }
            return Map.of();
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            reject("/" + name, "field.not-object", Map.of("field", name));
            return Map.of();
        }
        Map<String, String> texts = new LinkedHashMap<>();
        value.asJsonObject()
                .forEach((key, text) ->
                        text("/" + name + "/" + escape(key), text, maxLength).ifPresent(t -> texts.put(key, t)));
        return texts;
    }

    /** A whole number in {@code [min, max]}, when it is sent. */
    public Optional<Integer> optionalInt(String name, int min, int max) {
        if (!json.containsKey(name) || json.isNull(name)) {
            return Optional.empty();
        }
        return requiredInt(name, min, max);
    }

    /** A whole number in {@code [min, max]}. */
    public Optional<Integer> requiredInt(String name, int min, int max) {
        JsonValue value = json.get(name);
        if (value == null || value == JsonValue.NULL) {
            reject("/" + name, "field.required", Map.of("field", name));
            return Optional.empty();
        }
        if (value.getValueType() != JsonValue.ValueType.NUMBER || !((jakarta.json.JsonNumber) value).isIntegral()) {
            reject("/" + name, "field.not-integer", Map.of("field", name));
            return Optional.empty();
        }
        jakarta.json.JsonNumber number = (jakarta.json.JsonNumber) value;
        if (number.bigDecimalValue().compareTo(java.math.BigDecimal.valueOf(min)) < 0
                || number.bigDecimalValue().compareTo(java.math.BigDecimal.valueOf(max)) > 0) {
            reject("/" + name, "field.out-of-range", Map.of("field", name, "min", min, "max", max));
            return Optional.empty();
        }
        return Optional.of(number.intValue());
    }

    /** An ISO date such as {@code 2024-07-15}. */
    public Optional<java.time.LocalDate> optionalDate(String name) {
        return optionalText(name, 10).flatMap(text -> {
            try {
                return Optional.of(java.time.LocalDate.parse(text));
            } catch (java.time.format.DateTimeParseException e) {
                reject("/" + name, "field.not-date", Map.of("field", name));
                return Optional.empty();
            }
        });
    }

    /** An instant in ISO-8601 UTC form, such as {@code 2024-07-15T08:00:00Z}. */
    public Optional<java.time.Instant> requiredInstant(String name) {
        return requiredText(name, 40).flatMap(text -> {
            try {
                return Optional.of(java.time.Instant.parse(text));
            } catch (java.time.format.DateTimeParseException e) {
                reject("/" + name, "field.not-instant", Map.of("field", name));
                return Optional.empty();
            }
        });
    }

    /** A nested JSON object, as is. */
    public Optional<JsonObject> requiredObject(String name) {
        JsonValue value = json.get(name);
        if (value == null || value == JsonValue.NULL) {
            reject("/" + name, "field.required", Map.of("field", name));
            return Optional.empty();
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            reject("/" + name, "field.not-object", Map.of("field", name));
            return Optional.empty();
        }
        return Optional.of(value.asJsonObject());
    }

    /** A list of ids (UUIDs). */
    public List<java.util.UUID> idList(String name, int maxEntries) {
        List<String> texts = textList(name, maxEntries, 36);
        List<java.util.UUID> ids = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            try {
                ids.add(java.util.UUID.fromString(texts.get(i)));
            } catch (IllegalArgumentException e) {
                reject("/" + name + "/" + i, "field.not-id", Map.of("field", name));
            }
        }
        if (!json.containsKey(name)) {
            reject("/" + name, "field.required", Map.of("field", name));
        }
        return ids;
    }

    /**
     * Records an error at {@code pointer}: {@code key} is the {@code code} clients see and the key of its sentence in
     * the core's violation messages, worded in the caller's language when the problem is answered.
     */
    public void reject(String pointer, String key, Map<String, Object> arguments) {
        errors.add(FieldViolation.of(pointer, key, arguments));
    }

    /** Records the errors of a body nested in this one, at {@code pointer} (e.g. {@code /colophon}). */
    public void adopt(String pointer, JsonBody nested) {
        nested.errors.forEach(error ->
                errors.add(new FieldViolation(pointer + error.pointer(), error.violation(), error.sectionType())));
    }

    /** The errors found so far. */
    public List<FieldViolation> errors() {
        return List.copyOf(errors);
    }

    public boolean hasErrorAt(String pointer) {
        return errors.stream().anyMatch(error -> error.pointer().equals(pointer));
    }

    /** Throws {@link InvalidRequest} listing every error found so far. */
    public void verify() {
        if (!errors.isEmpty()) {
            throw new InvalidRequest(errors);
        }
    }

    private Optional<String> text(String pointer, JsonValue value, int maxLength) {
        if (value.getValueType() != JsonValue.ValueType.STRING) {
            reject(pointer, "field.not-text", Map.of("field", fieldOf(pointer)));
            return Optional.empty();
        }
        String text = ((JsonString) value).getString();
        if (text.isBlank()) {
            reject(pointer, "field.blank", Map.of("field", fieldOf(pointer)));
            return Optional.empty();
        }
        int length = text.codePointCount(0, text.length());
        if (length > maxLength) {
            reject(pointer, "field.too-long", Map.of("field", fieldOf(pointer), "max", maxLength, "actual", length));
            return Optional.empty();
        }
        OptionalInt invalid = TextCheck.firstInvalidCharacter(text);
        if (invalid.isPresent()) {
            reject(
                    pointer,
                    "text.invalid-character",
                    Map.of("field", fieldOf(pointer), "position", invalid.getAsInt() + 1));
            return Optional.empty();
        }
        return Optional.of(text);
    }

    /** The member a pointer names, for the sentence: {@code title} for {@code /title/en} and {@code /title}. */
    private static String fieldOf(String pointer) {
        String[] tokens = pointer.substring(1).split("/");
        return tokens[0].replace("~1", "/").replace("~0", "~");
    }

    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
