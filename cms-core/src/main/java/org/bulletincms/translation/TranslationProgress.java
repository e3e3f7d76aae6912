package org.bulletincms.translation;

import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.bulletincms.issue.Issue;
import org.bulletincms.issue.Item;
import org.bulletincms.spi.Json;

/**
 * The translation state of a whole issue: for every item and target locale, missing, in progress, done or
 * outdated. Outdated wins: a translation made from an older state of the source is outdated whatever else
 * is true of it. An item written once, the same in every locale ({@code "sameInEveryLocale"}), needs no
 * translation: it is done in every locale and not on translators' work lists ({@link #needsTranslation}).
 */
public final class TranslationProgress {

    private final List<ItemLocaleStatus> cells;
    private final Set<UUID> sameInEveryLocale;

    private TranslationProgress(List<ItemLocaleStatus> cells, Set<UUID> sameInEveryLocale) {
        this.cells = List.copyOf(cells);
        this.sameInEveryLocale = Set.copyOf(sameInEveryLocale);
    }

    public static TranslationProgress of(
            Issue issue,
            String sourceLocale,
            List<String> targetLocales,
            List<ItemTranslation> translations,
            List<LocaleAssignment> assignments) {
        Map<String, ItemTranslation> byItemAndLocale = new HashMap<>();
        translations.forEach(t -> byItemAndLocale.put(t.itemId() + "/" + t.locale(), t));
        Map<String, LocaleAssignment> byLocale = new HashMap<>();
        assignments.forEach(a -> byLocale.put(a.locale(), a));
        List<ItemLocaleStatus> cells = new ArrayList<>();
        Set<UUID> untranslated = new HashSet<>();
        for (Item item : issue.items()) {
            JsonObject content = item.content();
            if (content.get("sameInEveryLocale") instanceof JsonString) {
                untranslated.add(item.id());
                targetLocales.forEach(locale ->
                        cells.add(new ItemLocaleStatus(item.id(), locale, TranslationStatus.DONE, List.of())));
                continue;
            }
            SourceValues source = SourceValues.of(localized(content, sourceLocale));
            for (String locale : targetLocales) {
                JsonObject values = localized(content, locale);
                Optional<ItemTranslation> translation =
                        Optional.ofNullable(byItemAndLocale.get(item.id() + "/" + locale));
                boolean done = Optional.ofNullable(byLocale.get(locale))
                        .map(LocaleAssignment::isDone)
                        .orElse(false);
                cells.add(status(item, locale, values, source, translation, done));
            }
        }
        return new TranslationProgress(cells, untranslated);
    }

    private static ItemLocaleStatus status(
            Item item,
            String locale,
            JsonObject values,
            SourceValues source,
            Optional<ItemTranslation> translation,
            boolean localeDone) {
        if (values.isEmpty()) {
            return new ItemLocaleStatus(item.id(), locale, TranslationStatus.MISSING, List.of());
        }
        if (translation.isPresent() && !translation.get().sourceFingerprint().equals(source.fingerprint())) {
            return new ItemLocaleStatus(
                    item.id(),
                    locale,
                    TranslationStatus.OUTDATED,
                    source.changesSince(translation.get().translatedFrom()));
        }
        return new ItemLocaleStatus(
                item.id(), locale, localeDone ? TranslationStatus.DONE : TranslationStatus.IN_PROGRESS, List.of());
    }

    /** Whether translators have anything to do for the item: not when it is the same in every locale. */
    public boolean needsTranslation(UUID itemId) {
        return !sameInEveryLocale.contains(itemId);
    }

    public List<ItemLocaleStatus> cells() {
        return cells;
    }

    /** The cells that keep the issue from review: missing and outdated translations. */
    public List<ItemLocaleStatus> blockingReview() {
        return cells.stream().filter(cell -> cell.status().blocksReview()).toList();
    }

    public List<ItemLocaleStatus> inLocale(String locale) {
        return cells.stream().filter(cell -> cell.locale().equals(locale)).toList();
    }

    static JsonObject localized(JsonObject content, String locale) {
        JsonValue localized = content.getOrDefault("localized", JsonValue.EMPTY_JSON_OBJECT);
        if (localized.getValueType() != JsonValue.ValueType.OBJECT) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        JsonValue values = localized.asJsonObject().get(locale);
        return values != null && values.getValueType() == JsonValue.ValueType.OBJECT
                ? values.asJsonObject()
                : JsonValue.EMPTY_JSON_OBJECT;
    }

    static JsonObject parse(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
