package org.bulletincms.web.request;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bulletincms.refusal.Refusal.FieldViolation;
import org.bulletincms.sectiontype.TextCheck;
import org.bulletincms.spi.Json;
import org.bulletincms.web.problem.ApiProblem;
import org.bulletincms.web.problem.ProblemType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Checks a JSON request body against the record it is read into, reporting every error at once at its JSON pointer,
 * and fills in what an absent member means (an empty list or map, an empty {@code Optional}), so JSON-B builds the
 * record from a body that fits it exactly.
 *
 * <p>The record is the shape: its components' names and Java types, and the constraints of their OpenAPI
 * {@link Schema} ({@code required}, {@code maxLength}, {@code maxItems}, {@code minimum}, {@code maximum}), the same
 * annotations the OpenAPI document is written from, so the document and the check cannot disagree. On a list or map
 * of texts, {@code maxLength} is each entry's. A component that is neither an {@code Optional}, a list nor a map is
 * required. Unknown members are refused ({@link ServerOwned} ones with their own message); texts must not be blank
 * or hold invisible control characters.
 */
final class RequestShape {

    private final List<FieldViolation> errors = new ArrayList<>();

    private RequestShape() {}

    /** The body, completed for JSON-B; an {@link InvalidRequest} with every error when it does not fit the record. */
    static JsonObject checked(JsonValue body, Class<?> record) {
        if (body.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new ApiProblem(ProblemType.MALFORMED_REQUEST, "detail.not-json-object");
        }
        RequestShape shape = new RequestShape();
        JsonObject completed = shape.record("", body.asJsonObject(), record);
        if (!shape.errors.isEmpty()) {
            throw new InvalidRequest(shape.errors);
        }
        return completed;
    }

    /** The constraints of one component, from its OpenAPI schema. */
    private record Limits(Optional<Schema> schema) {

        boolean required() {
            return schema.map(Schema::required).orElse(false);
        }

        OptionalInt maxLength() {
            return stated(schema.map(Schema::maxLength));
        }

        OptionalInt maxItems() {
            return stated(schema.map(Schema::maxItems));
        }

        /** The annotation's defaults for "not stated" are the extreme ints. */
        private static OptionalInt stated(Optional<Integer> limit) {
            return limit.filter(max -> max >= 0 && max != Integer.MAX_VALUE)
                    .map(OptionalInt::of)
                    .orElse(OptionalInt.empty());
        }

        Optional<BigDecimal> minimum() {
            return schema.map(Schema::minimum).filter(s -> !s.isEmpty()).map(BigDecimal::new);
        }

        Optional<BigDecimal> maximum() {
            return schema.map(Schema::maximum).filter(s -> !s.isEmpty()).map(BigDecimal::new);
        }
    }

    private JsonObject record(String at, JsonObject json, Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        Set<String> names =
                Arrays.stream(components).map(RecordComponent::getName).collect(Collectors.toSet());
        Set<String> serverOwned = serverOwned(type);
        for (String name : json.keySet()) {
            if (!names.contains(name)) {
                reject(
                        at + "/" + escape(name),
                        serverOwned.contains(name) ? "field.server-owned" : "field.unknown",
                        Map.of("field", name));
            }
        }
        JsonObjectBuilder completed = Json.createObjectBuilder();
        for (RecordComponent component : components) {
            String name = component.getName();
            String pointer = at + "/" + escape(name);
            Limits limits =
                    new Limits(Optional.ofNullable(component.getAccessor().getAnnotation(Schema.class)));
            Type generic = component.getGenericType();
            JsonValue value = json.get(name);
            boolean optional = component.getType() == Optional.class;
            if (value == null || value == JsonValue.NULL) {
                absent(pointer, name, generic, limits).ifPresent(filled -> completed.add(name, filled));
            } else {
                completed.add(name, value(pointer, name, value, optional ? argument(generic, 0) : generic, limits));
            }
        }
        return completed.build();
    }

    /** The names {@link ServerOwned} gives: its own and the components of the answers it names. */
    private static Set<String> serverOwned(Class<?> type) {
        ServerOwned owned = type.getAnnotation(ServerOwned.class);
        if (owned == null) {
            return Set.of();
        }
        Set<String> names = new HashSet<>(List.of(owned.value()));
        for (Class<? extends Record> answer : owned.answers()) {
            Arrays.stream(answer.getRecordComponents())
                    .map(RecordComponent::getName)
                    .forEach(names::add);
        }
        return names;
    }

    /** What an absent member means: nothing for an {@code Optional}, none for a list or a map, else an error. */
    private Optional<JsonValue> absent(String pointer, String field, Type type, Limits limits) {
        Class<?> raw = raw(type);
        if (raw == Optional.class) {
            return Optional.of(JsonValue.NULL);
        }
        if ((raw == List.class || raw == Map.class) && !limits.required()) {
            return Optional.of(raw == List.class ? JsonValue.EMPTY_JSON_ARRAY : JsonValue.EMPTY_JSON_OBJECT);
        }
        reject(pointer, "field.required", Map.of("field", field));
        return Optional.empty();
    }

    private JsonValue value(String pointer, String field, JsonValue value, Type type, Limits limits) {
        Class<?> raw = raw(type);
        if (raw == String.class) {
            text(pointer, field, value, limits);
        } else if (raw == UUID.class) {
            parsed(pointer, field, value, limits, "field.not-id", UUID::fromString);
        } else if (raw == LocalDate.class) {
            parsed(pointer, field, value, limits, "field.not-date", LocalDate::parse);
        } else if (raw == Instant.class) {
            parsed(pointer, field, value, limits, "field.not-instant", Instant::parse);
        } else if (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class) {
            wholeNumber(pointer, field, value, limits, raw == int.class || raw == Integer.class);
        } else if (raw == boolean.class || raw == Boolean.class) {
            if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
                reject(pointer, "field.not-boolean", Map.of("field", field));
            }
        } else if (raw == List.class) {
            return list(pointer, field, value, argument(type, 0), limits);
        } else if (raw == Map.class) {
            return map(pointer, field, value, argument(type, 1), limits);
        } else if (raw == JsonObject.class || raw.isRecord()) {
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                reject(pointer, "field.not-object", Map.of("field", field));
            } else if (raw.isRecord()) {
                return record(pointer, value.asJsonObject(), raw);
            }
        } else if (raw != JsonValue.class) {
            throw new IllegalStateException("A request record's component of type " + type
                    + " cannot be read from JSON: use a text, number, boolean, id, date, instant, list, map, "
                    + "JsonObject, JsonValue or record");
        }
        return value;
    }

    private JsonValue list(String pointer, String field, JsonValue value, Type element, Limits limits) {
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            reject(pointer, "field.not-array", Map.of("field", field));
            return value;
        }
        JsonArray array = value.asJsonArray();
        if (limits.maxItems().isPresent() && array.size() > limits.maxItems().getAsInt()) {
            reject(
                    pointer,
                    "field.too-many",
                    Map.of("field", field, "max", limits.maxItems().getAsInt(), "actual", array.size()));
            return value;
        }
        JsonArrayBuilder completed = Json.createArrayBuilder();
        for (int i = 0; i < array.size(); i++) {
            completed.add(value(pointer + "/" + i, field, array.get(i), element, limits));
        }
        return completed.build();
    }

    private JsonValue map(String pointer, String field, JsonValue value, Type entry, Limits limits) {
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            reject(pointer, "field.not-object", Map.of("field", field));
            return value;
        }
        JsonObjectBuilder completed = Json.createObjectBuilder();
        value.asJsonObject()
                .forEach((key, member) ->
                        completed.add(key, value(pointer + "/" + escape(key), field, member, entry, limits)));
        return completed.build();
    }

    private Optional<String> text(String pointer, String field, JsonValue value, Limits limits) {
        if (value.getValueType() != JsonValue.ValueType.STRING) {
            reject(pointer, "field.not-text", Map.of("field", field));
            return Optional.empty();
        }
        String text = ((JsonString) value).getString();
        if (text.isBlank()) {
            reject(pointer, "field.blank", Map.of("field", field));
            return Optional.empty();
        }
        int length = text.codePointCount(0, text.length());
        OptionalInt max = limits.maxLength();
        if (max.isPresent() && length > max.getAsInt()) {
            reject(pointer, "field.too-long", Map.of("field", field, "max", max.getAsInt(), "actual", length));
            return Optional.empty();
        }
        OptionalInt invalid = TextCheck.firstInvalidCharacter(text);
        if (invalid.isPresent()) {
            reject(pointer, "text.invalid-character", Map.of("field", field, "position", invalid.getAsInt() + 1));
            return Optional.empty();
        }
        return Optional.of(text);
    }

    /** A text that must parse as an id, a date or an instant. */
    private void parsed(
            String pointer, String field, JsonValue value, Limits limits, String key, Function<String, ?> parse) {
        text(pointer, field, value, limits).ifPresent(text -> {
            try {
                parse.apply(text);
            } catch (IllegalArgumentException | DateTimeParseException e) {
                reject(pointer, key, Map.of("field", field));
            }
        });
    }

    private void wholeNumber(String pointer, String field, JsonValue value, Limits limits, boolean isInt) {
        if (value.getValueType() != JsonValue.ValueType.NUMBER || !((JsonNumber) value).isIntegral()) {
            reject(pointer, "field.not-integer", Map.of("field", field));
            return;
        }
        BigDecimal number = ((JsonNumber) value).bigDecimalValue();
        BigDecimal min = limits.minimum().orElse(BigDecimal.valueOf(isInt ? Integer.MIN_VALUE : Long.MIN_VALUE));
        BigDecimal max = limits.maximum().orElse(BigDecimal.valueOf(isInt ? Integer.MAX_VALUE : Long.MAX_VALUE));
        if (number.compareTo(min) < 0 || number.compareTo(max) > 0) {
            reject(pointer, "field.out-of-range", Map.of("field", field, "min", min, "max", max));
        }
    }

    private void reject(String pointer, String key, Map<String, Object> arguments) {
        errors.add(FieldViolation.of(pointer, key, arguments));
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> plain) {
            return plain;
        }
        if (type instanceof ParameterizedType parameterized) {
            return (Class<?>) parameterized.getRawType();
        }
        throw new IllegalStateException("A request record's component of type " + type + " cannot be read from JSON");
    }

    private static Type argument(Type type, int index) {
        if (type instanceof ParameterizedType parameterized) {
            return parameterized.getActualTypeArguments()[index];
        }
        throw new IllegalStateException("A request record's " + type + " needs its type arguments");
    }

    private static String escape(String key) {
        return RequestErrors.token(key);
    }
}
