package org.bulletincms.spi;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An item as one locale sees it: the shared values together with that locale's translatable values,
 * by field name. This is what {@link SectionType#toDelivery(ItemView)} and
 * {@link SectionType#preview(ItemView, HtmlSink)} render.
 *
 * <p>The core builds views from stored content, in which rich text is already sanitised. The
 * typed readers return empty for absent values and for values of the wrong JSON type or format, so
 * rendering never fails on content that is incomplete.
 *
 * <p>Immutable and thread-safe.
 *
 * @param locale the locale tag rendered, such as {@code "zh-CN"}
 * @param values the field values by field name
 * @since 0.1
 */
public record ItemView(String locale, JsonObject values) {

    public ItemView {
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(values, "values");
    }

    /**
     * The view of one locale of some content: its shared values, then the locale's values. A field with a shared
     * part and a locale's part, as an {@link FieldKind#IMAGE} has (since 0.5), is one object of both parts' members;
     * as an {@link FieldKind#IMAGE_LIST} has (a shared list of objects), one list whose entries are the shared entry
     * with the locale's entry at the same position (the shared list decides how many there are).
     *
     * @since 0.1
     */
    public static ItemView of(ItemContent content, String locale) {
        JsonObject shared = content.shared();
        JsonObjectBuilder merged = Json.createObjectBuilder(shared);
        content.localized(locale).forEach((name, value) -> {
            if (shared.get(name) instanceof JsonObject sharedPart && value instanceof JsonObject localePart) {
                merged.add(name, both(sharedPart, localePart));
            } else if (shared.get(name) instanceof JsonArray sharedList
                    && !sharedList.isEmpty()
                    && sharedList.stream().allMatch(JsonObject.class::isInstance)
                    && value instanceof JsonArray localeList) {
                JsonArrayBuilder entries = Json.createArrayBuilder();
                for (int index = 0; index < sharedList.size(); index++) {
                    JsonValue entry = sharedList.get(index);
                    entries.add(
                            entry instanceof JsonObject sharedEntry
                                            && index < localeList.size()
                                            && localeList.get(index) instanceof JsonObject localeEntry
                                    ? both(sharedEntry, localeEntry)
                                    : entry);
                }
                merged.add(name, entries);
            } else {
                merged.add(name, value);
            }
        });
        return new ItemView(locale, merged.build());
    }

    private static JsonObject both(JsonObject sharedPart, JsonObject localePart) {
        JsonObjectBuilder both = Json.createObjectBuilder(sharedPart);
        localePart.forEach(both::add);
        return both.build();
    }

    /**
     * A value whatever its JSON type; empty when absent.
     *
     * @since 0.1
     */
    public Optional<JsonValue> value(String field) {
        return JsonFieldReader.value(values, field);
    }

    /**
     * A string value; empty when absent or not a string.
     *
     * @since 0.1
     */
    public Optional<String> text(String field) {
        return JsonFieldReader.text(values, field);
    }

    /**
     * A rich-text value as sanitised markup for {@link HtmlSink#trustedRichText(SanitizedHtml)}.
     *
     * @since 0.1
     */
    public Optional<SanitizedHtml> richText(String field) {
        return text(field).map(SanitizedHtml::new);
    }

    /**
     * A number; empty when absent, not a JSON number, or too large to write out (over 1,000 digits).
     *
     * @since 0.1
     */
    public Optional<BigDecimal> number(String field) {
        return JsonFieldReader.number(values, field);
    }

    /**
     * A {@link FieldKind#DATE}; empty when absent or invalid.
     *
     * @since 0.1
     */
    public Optional<LocalDate> date(String field) {
        return text(field).flatMap(IsoTemporal::date);
    }

    /**
     * A {@link FieldKind#ZONED_DATE_TIME}; empty when absent or invalid.
     *
     * @since 0.1
     */
    public Optional<ZonedDateTime> dateTime(String field) {
        return text(field).flatMap(IsoTemporal::zonedDateTime);
    }

    /**
     * A {@link FieldKind#IMAGE}; empty when absent or naming no picture.
     *
     * @since 0.5
     */
    public Optional<Picture> picture(String field) {
        return value(field)
                .filter(JsonObject.class::isInstance)
                .map(JsonObject.class::cast)
                .flatMap(Picture::of);
    }

    /**
     * A {@link FieldKind#IMAGE_LIST}: its pictures in the order shown; entries naming no picture are left out. Empty
     * when absent or not a list.
     *
     * @since 0.5
     */
    public List<Picture> pictures(String field) {
        return list(field).stream()
                .flatMap(JsonArray::stream)
                .filter(JsonObject.class::isInstance)
                .map(JsonObject.class::cast)
                .flatMap(entry -> Picture.of(entry).stream())
                .toList();
    }

    /**
     * An array; empty when absent or not an array.
     *
     * @since 0.1
     */
    public Optional<JsonArray> list(String field) {
        return JsonFieldReader.list(values, field);
    }
}
