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
import java.util.Set;
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
    private final List<FieldError> errors = new ArrayList<>();

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
                reject("/" + name, "field.server-owned", "\"" + name + "\" is set by the server and cannot be sent.");
            } else if (!allowed.contains(name)) {
                reject("/" + name, "field.unknown", "\"" + name + "\" is not a field of this resource.");
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
            reject("/" + name, "field.required", "\"" + name + "\" is required.");
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
            reject("/" + name, "field.not-array", "\"" + name + "\" must be an array of strings.");
            return List.of();
        }
        JsonArray array = value.asJsonArray();
        if (array.size() > maxEntries) {
            reject("/" + name, "field.too-many", "\"" + name + "\" has more than " + maxEntries + " entries.");
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
                reject("/" + name, "field.required", "\"" + name + "\" is required.");
            }
            return Map.of();
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            reject("/" + name, "field.not-object", "\"" + name + "\" must be an object of texts by locale.");
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
            reject("/" + name, "field.required", "\"" + name + "\" is required.");
            return Optional.empty();
        }
        if (value.getValueType() != JsonValue.ValueType.NUMBER || !((jakarta.json.JsonNumber) value).isIntegral()) {
            reject("/" + name, "field.not-integer", "must be a whole number.");
            return Optional.empty();
        }
        jakarta.json.JsonNumber number = (jakarta.json.JsonNumber) value;
        if (number.bigDecimalValue().compareTo(java.math.BigDecimal.valueOf(min)) < 0
                || number.bigDecimalValue().compareTo(java.math.BigDecimal.valueOf(max)) > 0) {
            reject("/" + name, "field.out-of-range", "must be between " + min + " and " + max + ".");
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
                reject("/" + name, "field.not-date", "must be a date like 2024-07-15.");
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
                reject("/" + name, "field.not-instant", "must be a time in UTC like 2024-07-15T08:00:00Z.");
                return Optional.empty();
            }
        });
    }

    /** A nested JSON object, as is. */
    public Optional<JsonObject> requiredObject(String name) {
        JsonValue value = json.get(name);
        if (value == null || value == JsonValue.NULL) {
            reject("/" + name, "field.required", "\"" + name + "\" is required.");
            return Optional.empty();
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            reject("/" + name, "field.not-object", "must be an object.");
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
                reject("/" + name + "/" + i, "field.not-id", "is not an id.");
            }
        }
        if (!json.containsKey(name)) {
            reject("/" + name, "field.required", "\"" + name + "\" is required.");
        }
        return ids;
    }

    public void reject(String pointer, String code, String message) {
        errors.add(new FieldError(pointer, code, message));
    }

    /** The errors found so far. */
    public List<FieldError> errors() {
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
            reject(pointer, "field.not-text", "must be a string.");
            return Optional.empty();
        }
        String text = ((JsonString) value).getString();
        if (text.isBlank()) {
            reject(pointer, "field.blank", "must not be blank.");
            return Optional.empty();
        }
        if (text.codePointCount(0, text.length()) > maxLength) {
            reject(pointer, "field.too-long", "must be at most " + maxLength + " characters.");
            return Optional.empty();
        }
        if (!TextCheck.isStorable(text)) {
            reject(
                    pointer,
                    "text.invalid-character",
                    "contains a control character or an unpaired surrogate; remove it.");
            return Optional.empty();
        }
        return Optional.of(text);
    }

    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
