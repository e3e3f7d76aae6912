package org.bulletincms.spi;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Reads field values out of a JSON object the way the whole SPI treats them: JSON null, blank
 * strings and empty arrays are absent, and a value of the wrong JSON type reads as absent (the core
 * reports the wrong type; cross-field rules must not trip over it).
 */
final class JsonFieldReader {

    private JsonFieldReader() {}

    static Optional<JsonValue> value(JsonObject values, String field) {
        JsonValue value = values.get(field);
        return isAbsent(value) ? Optional.empty() : Optional.of(value);
    }

    static boolean isAbsent(JsonValue value) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return true;
        }
        if (value instanceof JsonString string) {
            return string.getString().isBlank();
        }
        return value instanceof JsonArray array && array.isEmpty();
    }

    static Optional<String> text(JsonObject values, String field) {
        return value(values, field).filter(JsonString.class::isInstance).map(value -> ((JsonString) value).getString());
    }

    /**
     * Digits beyond which a number reads as absent. JSON allows 1e999999999; written out in full it
     * would fill the heap, and the core rejects it anyway (see {@link FieldKind#NUMBER}).
     */
    static final int MAX_NUMBER_DIGITS = 1_000;

    static Optional<BigDecimal> number(JsonObject values, String field) {
        return value(values, field)
                .filter(JsonNumber.class::isInstance)
                .map(value -> ((JsonNumber) value).bigDecimalValue())
                .filter(JsonFieldReader::isWritable);
    }

    static boolean isWritable(BigDecimal number) {
        return Math.abs((long) number.scale()) <= MAX_NUMBER_DIGITS && number.precision() <= MAX_NUMBER_DIGITS;
    }

    /** The plain decimal form of a number, or its scientific form when the plain one would be huge. */
    static String plain(BigDecimal number) {
        return isWritable(number) ? number.toPlainString() : number.toString();
    }

    static Optional<JsonArray> list(JsonObject values, String field) {
        return value(values, field).filter(JsonArray.class::isInstance).map(JsonArray.class::cast);
    }
}
