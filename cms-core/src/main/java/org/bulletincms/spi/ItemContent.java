package org.bulletincms.spi;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The content of one item: the values of its shared fields and, per locale, the values of its
 * translatable fields. Its JSON form ({@link #toJson()}) is what editors send and the core stores:
 * <pre>{@code
 * {
 *   "shared":    { "start": "2024-05-29T17:00+02:00", "participation": "hybrid" },
 *   "localized": { "zh-CN": { "title": "数字公共基础设施…" },
 *                  "en":    { "title": "The Future of Digital Public Infrastructure…" } }
 * }
 * }</pre>
 *
 * <p>An item may be written once, in one language, and be the same in every locale: an English event flyer printed
 * as it is in the Chinese issue. Its content then says so, {@code "sameInEveryLocale": "en"}, and holds its
 * values under that locale only; every edition shows them, marked with their language, and nobody translates
 * them ({@link #sameInEveryLocale()}, {@link #shownIn(String, String)}). Content without the member is
 * translated per locale, as before.
 *
 * <p>Content may be invalid: the core validates it rather than this type. JSON null, blank strings
 * and empty arrays count as absent. The typed readers ({@link #sharedText(String)}, ...) return empty
 * for absent values and for values of the wrong JSON type or format, so cross-field rules can use
 * them on any content without checking types first.
 *
 * <p>Immutable and thread-safe.
 *
 * @param shared    values of non-translatable fields by field name
 * @param localized values of translatable fields by locale tag ({@code "zh-CN"}, {@code "en"}),
 *                  then by field name; copied, iteration ordered by locale tag
 * @param sameInEveryLocale the locale whose values every edition shows, when the item is written once in
 *                  one language and not translated (since 0.5); empty for content translated per locale
 * @since 0.1
 */
public record ItemContent(JsonObject shared, Map<String, JsonObject> localized, Optional<String> sameInEveryLocale) {

    /** The member of the JSON form that marks content written once, in one language. */
    private static final String SAME_IN_EVERY_LOCALE = "sameInEveryLocale";

    public ItemContent {
        Objects.requireNonNull(shared, "shared");
        Objects.requireNonNull(sameInEveryLocale, "sameInEveryLocale");
        Map<String, JsonObject> copy = new TreeMap<>();
        Objects.requireNonNull(localized, "localized")
                .forEach((locale, values) ->
                        copy.put(Objects.requireNonNull(locale, "locale"), Objects.requireNonNull(values, "values")));
        localized = Collections.unmodifiableMap(copy);
    }

    /**
     * Content translated per locale.
     *
     * @since 0.1
     */
    public ItemContent(JsonObject shared, Map<String, JsonObject> localized) {
        this(shared, localized, Optional.empty());
    }

    /**
     * Content without any value, what a new item starts with.
     *
     * @since 0.1
     */
    public static ItemContent empty() {
        return new ItemContent(JsonValue.EMPTY_JSON_OBJECT, Map.of());
    }

    /**
     * Reads content from its JSON form. Only the envelope is checked here (an object with an optional
     * {@code shared} object, an optional {@code localized} object of objects and an optional
     * {@code sameInEveryLocale} string, nothing else); the
     * fields inside are left for validation.
     *
     * @throws MalformedItemContent if the envelope is wrong
     * @since 0.1
     */
    public static ItemContent fromJson(JsonObject json) {
        for (String key : json.keySet()) {
            if (!key.equals("shared") && !key.equals("localized") && !key.equals(SAME_IN_EVERY_LOCALE)) {
                throw malformed(
                        Violation.pointerTo(key),
                        "only \"shared\", \"localized\" and \"" + SAME_IN_EVERY_LOCALE + "\"");
            }
        }
        JsonValue oneLanguage = json.get(SAME_IN_EVERY_LOCALE);
        if (oneLanguage != null && !(oneLanguage instanceof JsonString)) {
            throw malformed(Violation.pointerTo(SAME_IN_EVERY_LOCALE), "a locale tag");
        }
        JsonObject shared = object(json.get("shared"), Violation.pointerTo("shared"));
        JsonObject localizedJson = object(json.get("localized"), Violation.pointerTo("localized"));
        Map<String, JsonObject> localized = new LinkedHashMap<>();
        localizedJson.forEach(
                (locale, values) -> localized.put(locale, object(values, Violation.pointerTo("localized", locale))));
        return new ItemContent(
                shared, localized, Optional.ofNullable((JsonString) oneLanguage).map(JsonString::getString));
    }

    private static JsonObject object(JsonValue value, String pointer) {
        if (value == null) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        if (value instanceof JsonObject object) {
            return object;
        }
        throw malformed(pointer, "an object");
    }

    private static MalformedItemContent malformed(String pointer, String expected) {
        return new MalformedItemContent(Violation.of(pointer, "content.malformed", Map.of("expected", expected)));
    }

    /**
     * The JSON form, {@code {"shared": {...}, "localized": {...}}}, with {@code "sameInEveryLocale": "en"} only
     * when the item is written in one language (so content translated per locale keeps its stored bytes).
     *
     * @since 0.1
     */
    public JsonObject toJson() {
        JsonObjectBuilder localizedJson = Json.createObjectBuilder();
        localized.forEach(localizedJson::add);
        JsonObjectBuilder json =
                Json.createObjectBuilder().add("shared", shared).add("localized", localizedJson);
        sameInEveryLocale.ifPresent(locale -> json.add(SAME_IN_EVERY_LOCALE, locale));
        return json.build();
    }

    /**
     * The locale whose values a reader of {@code locale} sees: the one language of content that is the same in
     * every locale, else {@code locale} when it has values, else the source locale (an untranslated item shows
     * its source). Where it differs from {@code locale}, renderings mark the item with its language.
     *
     * @since 0.5
     */
    public String shownIn(String locale, String sourceLocale) {
        return sameInEveryLocale.orElse(localized.containsKey(locale) ? locale : sourceLocale);
    }

    /**
     * The locales that have values, ordered by tag.
     *
     * @since 0.1
     */
    public Set<String> locales() {
        return localized.keySet();
    }

    /**
     * The values of one locale; empty when the locale has none.
     *
     * @since 0.1
     */
    public JsonObject localized(String locale) {
        return localized.getOrDefault(locale, JsonValue.EMPTY_JSON_OBJECT);
    }

    /**
     * A shared value, whatever its JSON type; empty when absent.
     *
     * @since 0.1
     */
    public Optional<JsonValue> shared(String field) {
        return JsonFieldReader.value(shared, field);
    }

    /**
     * A locale's value, whatever its JSON type; empty when absent.
     *
     * @since 0.1
     */
    public Optional<JsonValue> localized(String locale, String field) {
        return JsonFieldReader.value(localized(locale), field);
    }

    /**
     * A shared string value; empty when absent or not a string.
     *
     * @since 0.1
     */
    public Optional<String> sharedText(String field) {
        return JsonFieldReader.text(shared, field);
    }

    /**
     * A locale's string value; empty when absent or not a string.
     *
     * @since 0.1
     */
    public Optional<String> localizedText(String locale, String field) {
        return JsonFieldReader.text(localized(locale), field);
    }

    /**
     * A shared number; empty when absent, not a JSON number, or too large to write out (over 1,000
     * digits, which the core rejects anyway).
     *
     * @since 0.1
     */
    public Optional<BigDecimal> sharedNumber(String field) {
        return JsonFieldReader.number(shared, field);
    }

    /**
     * A shared {@link FieldKind#DATE}; empty when absent or not a valid date.
     *
     * @since 0.1
     */
    public Optional<LocalDate> sharedDate(String field) {
        return sharedText(field).flatMap(IsoTemporal::date);
    }

    /**
     * A shared {@link FieldKind#ZONED_DATE_TIME}; empty when absent or not a valid date-time.
     *
     * @since 0.1
     */
    public Optional<ZonedDateTime> sharedDateTime(String field) {
        return sharedText(field).flatMap(IsoTemporal::zonedDateTime);
    }

    /**
     * A shared array; empty when absent or not an array.
     *
     * @since 0.1
     */
    public Optional<JsonArray> sharedList(String field) {
        return JsonFieldReader.list(shared, field);
    }

    /**
     * A locale's array; empty when absent or not an array.
     *
     * @since 0.1
     */
    public Optional<JsonArray> localizedList(String locale, String field) {
        return JsonFieldReader.list(localized(locale), field);
    }

    /**
     * A builder that starts from this content, for upgrades and tests.
     *
     * @since 0.1
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * A builder that starts from empty content.
     *
     * @since 0.1
     */
    public static Builder builder() {
        return new Builder(empty());
    }

    /**
     * Builds content value by value. Not thread-safe; use one builder per thread.
     *
     * @since 0.1
     */
    public static final class Builder {

        private final JsonObjectBuilder shared;
        private final Map<String, JsonObjectBuilder> localized = new LinkedHashMap<>();
        private Optional<String> sameInEveryLocale;

        private Builder(ItemContent start) {
            shared = Json.createObjectBuilder(start.shared());
            sameInEveryLocale = start.sameInEveryLocale();
            start.localized().forEach((locale, values) -> localized.put(locale, Json.createObjectBuilder(values)));
        }

        /** Sets a shared value. @since 0.1 */
        public Builder shared(String field, JsonValue value) {
            shared.add(field, value);
            return this;
        }

        /** Sets a shared string. @since 0.1 */
        public Builder shared(String field, String value) {
            shared.add(field, value);
            return this;
        }

        /** Removes a shared value. @since 0.1 */
        public Builder withoutShared(String field) {
            shared.remove(field);
            return this;
        }

        /** Sets a locale's value. @since 0.1 */
        public Builder localized(String locale, String field, JsonValue value) {
            localized.computeIfAbsent(locale, tag -> Json.createObjectBuilder()).add(field, value);
            return this;
        }

        /** Sets a locale's string. @since 0.1 */
        public Builder localized(String locale, String field, String value) {
            localized.computeIfAbsent(locale, tag -> Json.createObjectBuilder()).add(field, value);
            return this;
        }

        /** Marks the content as written once in {@code locale}, the same in every locale. @since 0.5 */
        public Builder sameInEveryLocale(String locale) {
            sameInEveryLocale = Optional.of(locale);
            return this;
        }

        /** Removes a locale's value. @since 0.1 */
        public Builder withoutLocalized(String locale, String field) {
            JsonObjectBuilder values = localized.get(locale);
            if (values != null) {
                values.remove(field);
            }
            return this;
        }

        /**
         * The content built so far; the builder stays usable.
         *
         * @since 0.1
         */
        public ItemContent build() {
            // JSON-P builders empty themselves on build(), so each is refilled with what it built.
            Map<String, JsonObject> built = new LinkedHashMap<>();
            localized.replaceAll((locale, values) -> {
                JsonObject object = values.build();
                built.put(locale, object);
                return Json.createObjectBuilder(object);
            });
            JsonObject sharedValues = shared.build();
            shared.addAll(Json.createObjectBuilder(sharedValues));
            return new ItemContent(sharedValues, built, sameInEveryLocale);
        }
    }
}
