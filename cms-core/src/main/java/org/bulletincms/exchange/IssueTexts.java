package org.bulletincms.exchange;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import org.bulletincms.issue.Issue;
import org.bulletincms.issue.Item;
import org.bulletincms.issue.Rubric;
import org.bulletincms.json.CanonicalJson;
import org.bulletincms.locale.LocaleTag;
import org.bulletincms.sectiontype.RichTextSanitizer;
import org.bulletincms.spi.FieldSpec;
import org.bulletincms.spi.ItemContent;
import org.bulletincms.spi.Json;
import org.bulletincms.spi.LocalizedText;
import org.bulletincms.spi.SectionType;
import org.bulletincms.translation.ItemTranslation;

/**
 * The translatable texts of an issue for one target locale, in reading order (each rubric's title, then its
 * items' fields in the section type's order), as exchange units. A text whose source is empty is not a unit:
 * there is nothing to translate. Shared fields never are. An item whose section type is not installed has no
 * known fields and gives no units.
 */
final class IssueTexts {

    private static final RichTextSanitizer SANITIZER = new RichTextSanitizer();

    static final LocalizedText RUBRIC = LocalizedText.of("栏目", "Rubric");
    static final LocalizedText RUBRIC_TITLE = LocalizedText.of("栏目标题", "Rubric title");

    private final String source;
    private final String target;
    private final Function<String, Optional<SectionType>> types;
    private final Map<java.util.UUID, ItemTranslation> translations;
    private final boolean localeDone;

    /**
     * @param translations each item's translation record in the target locale, by item id
     * @param localeDone   whether the translator marked the locale done: up-to-date targets are then final
     */
    IssueTexts(
            String source,
            String target,
            Function<String, Optional<SectionType>> types,
            Map<java.util.UUID, ItemTranslation> translations,
            boolean localeDone) {
        this.source = source;
        this.target = target;
        this.types = types;
        this.translations = Map.copyOf(translations);
        this.localeDone = localeDone;
    }

    List<ExchangeUnit> of(Issue issue) {
        List<ExchangeUnit> units = new ArrayList<>();
        for (Rubric rubric : issue.rubrics()) {
            rubric.title()
                    .in(LocaleTag.of(source))
                    .filter(title -> !title.isEmpty())
                    .ifPresent(title -> {
                        Optional<String> translated =
                                rubric.title().in(LocaleTag.of(target)).filter(text -> !text.isEmpty());
                        units.add(new ExchangeUnit(
                                UnitId.ofRubric(rubric.id()),
                                InlineText.plain(title),
                                translated.map(InlineText::plain),
                                translated.isPresent() ? upToDate() : ExchangeUnit.TargetState.INITIAL,
                                new ExchangeUnit.Context(
                                        RUBRIC.get(target), RUBRIC_TITLE.get(target), OptionalInt.empty()),
                                fingerprint(title)));
                    });
            for (Item item : rubric.items()) {
                types.apply(item.sectionType()).ifPresent(type -> units.addAll(of(item, type)));
            }
        }
        return units;
    }

    private List<ExchangeUnit> of(Item item, SectionType type) {
        if (ItemContent.fromJson(item.content()).sameInEveryLocale().isPresent()) {
            return List.of(); // written once, in one language, for every locale: nothing to translate
        }
        JsonObject sourceValues = localized(item.content(), source);
        JsonObject targetValues = localized(item.content(), target);
        Optional<JsonObject> translatedFrom = Optional.ofNullable(translations.get(item.id()))
                .map(translation -> translation.translatedFrom().json());
        List<ExchangeUnit> units = new ArrayList<>();
        for (FieldSpec spec : type.fields()) {
            if (!TextLeaves.exchanged(spec)) {
                continue;
            }
            boolean rich = spec.kind() == org.bulletincms.spi.FieldKind.RICH_TEXT;
            TextLeaves.of(spec.name(), sourceValues.get(spec.name())).forEach((path, text) -> {
                UnitId id = UnitId.ofItem(item.id(), path);
                Optional<String> translated = Optional.ofNullable(targetValues.get(spec.name()))
                        .flatMap(value -> TextLeaves.at(value, id.steps()));
                boolean current = translatedFrom
                        .map(then -> TextLeaves.at(then.getOrDefault(spec.name(), JsonValue.NULL), id.steps()))
                        .map(then -> then.equals(Optional.of(text)))
                        .orElse(true);
                units.add(new ExchangeUnit(
                        id,
                        rich ? InlineText.fromHtml(text) : InlineText.plain(text),
                        translated.map(value -> rich ? InlineText.fromHtml(value) : InlineText.plain(value)),
                        translated.isPresent() && current ? upToDate() : ExchangeUnit.TargetState.INITIAL,
                        new ExchangeUnit.Context(
                                type.label().get(target), spec.label().get(target), OptionalInt.of(spec.maxLength())),
                        fingerprint(text)));
            });
        }
        return units;
    }

    private ExchangeUnit.TargetState upToDate() {
        return localeDone ? ExchangeUnit.TargetState.FINAL : ExchangeUnit.TargetState.TRANSLATED;
    }

    /** The fingerprint of one source text, as an export writes it and an import compares it. */
    static String fingerprint(String sourceText) {
        return CanonicalJson.sha256(Json.createValue(sourceText));
    }

    /**
     * The fingerprint a rich-text field holding this HTML has: of the HTML as the field stores it, sanitised. So a
     * paragraph of a longer text, or a rich text from a TMX file, has the fingerprint of a field of that paragraph.
     */
    static String fingerprintOfHtml(String html) {
        return fingerprint(SANITIZER.sanitise(html));
    }

    static JsonObject localized(JsonObject content, String locale) {
        JsonValue localized = content.getOrDefault("localized", JsonValue.EMPTY_JSON_OBJECT);
        if (!(localized instanceof JsonObject byLocale)) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        return byLocale.get(locale) instanceof JsonObject values ? values : JsonValue.EMPTY_JSON_OBJECT;
    }
}
