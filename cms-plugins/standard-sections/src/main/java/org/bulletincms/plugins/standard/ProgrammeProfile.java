package org.bulletincms.plugins.standard;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.bulletincms.spi.FieldSpec;
import org.bulletincms.spi.HtmlSink;
import org.bulletincms.spi.ItemContent;
import org.bulletincms.spi.ItemView;
import org.bulletincms.spi.LocalizedText;
import org.bulletincms.spi.SectionType;
import org.bulletincms.spi.ValidationMode;
import org.bulletincms.spi.Violation;

/**
 * A programme, tool or certification scheme presented with its key figures, such as the CO₂
 * Performance Ladder (“over 5000 organisations, 1400 certificates, 300 contracting authorities”). It may carry the
 * programme's own box, printed in the language it is written in inside every edition (2024 No. 2 prints the Ladder's
 * English box in the Chinese issue, before the Chinese description): its fields are shared, so the box is the same in
 * every locale and needs no translation, and {@code boxLanguage} says its language, which the page marks with
 * {@code lang}.
 */
public final class ProgrammeProfile implements SectionType {

    private static final int EARLIEST_YEAR = 1900;
    private static final int LATEST_YEAR = 2100;
    private static final String BOX_TITLE = "boxTitle";
    private static final String BOX_TEXT = "boxText";
    private static final String BOX_PLACE = "boxPlace";
    private static final String BOX_LANGUAGE = "boxLanguage";
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");

    private static final FieldSpec KEY_FIGURES = FieldSpec.keyFigures("keyFigures")
            .translatable()
            .maxEntries(6)
            .max(200)
            .label("关键数字", "Key figures")
            .help(
                    "如 5000 家组织获得认证；数值在各语言中须一致。",
                    "E.g. 5000 organisations certified; values must agree in every language.");

    private static final List<FieldSpec> FIELDS = List.of(
            FieldSpec.plainText("title").required().translatable().max(200).label("标题", "Title"),
            FieldSpec.contentsTitle(),
            FieldSpec.plainText("programmeName")
                    .required()
                    .translatable()
                    .max(200)
                    .label("项目名称", "Programme name"),
            FieldSpec.image("logo")
                    .label("标志", "Logo")
                    .help(
                            "媒体库中的项目标志；替代文字写项目名称。",
                            "The programme's logo from the media library; its alt text is the programme's name."),
            FieldSpec.richText("body").required().translatable().label("介绍", "Description"),
            KEY_FIGURES,
            FieldSpec.plainText("place")
                    .translatable()
                    .max(100)
                    .label("地点", "Place")
                    .help("与年份一同显示，如 Eindhoven 2023。", "Shown with the year, e.g. Eindhoven 2023."),
            FieldSpec.number("year").label("年份", "Year"),
            FieldSpec.url("url").label("网址", "Website"),
            FieldSpec.plainText(BOX_TITLE)
                    .max(200)
                    .label("框内标题", "Box title")
                    .help(
                            "项目自己的介绍框，按原文语言照登，各语言版本相同，如英文框“CO₂ Performance Ladder”。",
                            "The programme's own box, printed as written in every edition, e.g. the English box"
                                    + " “CO₂ Performance Ladder”."),
            FieldSpec.richText(BOX_TEXT).label("框内文字", "Box text"),
            FieldSpec.plainText(BOX_PLACE).max(100).label("框内地点", "Box place"),
            FieldSpec.plainText(BOX_LANGUAGE)
                    .max(35)
                    .label("框内文字的语言", "Language of the box")
                    .help("语言代码，如 en；有框时必填。", "A language tag, e.g. en; required with a box."));

    @Override
    public String id() {
        return "programme-profile";
    }

    @Override
    public int schemaVersion() {
        return 1;
    }

    @Override
    public LocalizedText label() {
        return LocalizedText.of("项目介绍", "Programme profile");
    }

    @Override
    public LocalizedText help() {
        return LocalizedText.of(
                "介绍一个项目、工具或认证计划及其关键数字。", "A programme, tool or certification scheme and its key figures.");
    }

    @Override
    public List<FieldSpec> fields() {
        return FIELDS;
    }

    @Override
    public List<Violation> validate(ItemContent content, ValidationMode mode) {
        List<Violation> violations =
                new ArrayList<>(KeyFigureRules.positive(content, KEY_FIGURES, "programme-profile.figure-not-positive"));
        if (mode == ValidationMode.PUBLISH) {
            violations.addAll(
                    KeyFigureRules.agreeAcrossLocales(content, KEY_FIGURES, "programme-profile.figures-differ"));
        }
        violations.addAll(boxLanguage(content, mode));
        content.sharedNumber("year")
                .filter(year -> !isPlausibleYear(year))
                .ifPresent(year -> violations.add(Violation.of(
                        Violation.sharedField("year"),
                        "programme-profile.year-implausible",
                        Map.of("year", year.toString(), "earliest", EARLIEST_YEAR, "latest", LATEST_YEAR))));
        return violations;
    }

    /** A box says its language (at publication; a draft may still lack it), and says it as a language tag. */
    private static List<Violation> boxLanguage(ItemContent content, ValidationMode mode) {
        String pointer = Violation.sharedField(BOX_LANGUAGE);
        Optional<String> language = content.sharedText(BOX_LANGUAGE);
        if (language.isPresent() && !isLanguageTag(language.get())) {
            return List.of(
                    Violation.of(pointer, "programme-profile.box-language-malformed", Map.of("value", language.get())));
        }
        boolean hasBox = Stream.of(BOX_TITLE, BOX_TEXT, BOX_PLACE)
                .anyMatch(field -> content.shared(field).isPresent());
        if (mode == ValidationMode.PUBLISH && hasBox && language.isEmpty()) {
            return List.of(Violation.of(pointer, "programme-profile.box-language-required"));
        }
        return List.of();
    }

    /** A BCP 47 tag of a language (two or three letters) and its subtags: {@code en}, {@code zh-CN}. */
    private static boolean isLanguageTag(String tag) {
        return LANGUAGE_TAG.matcher(tag).matches();
    }

    /**
     * As the newsletter prints it: the title, the programme's name, its own box (marked with its language where
     * that is not the edition's), the description, the key figures, place and year, the web site.
     */
    @Override
    public void render(ItemView view, HtmlSink html) {
        html.start("article", Map.of("class", "item item-programme-profile"));
        Prose.line(view, "title", "h3", html);
        view.picture("logo").ifPresent(html::picture);
        Prose.line(view, "programmeName", "p", html);
        box(view, html);
        Prose.richText(view, "body", html);
        view.list("keyFigures").ifPresent(figures -> {
            html.start("ul", Map.of("class", "keyFigures"));
            for (JsonValue entry : figures) {
                keyFigure(entry).ifPresent(line -> html.element("li", line));
            }
            html.end();
        });
        // With a box, the year closes the box under its place, as the seed prints “Eindhoven” / “2023”.
        Optional<String> year = hasBox(view) ? Optional.empty() : year(view);
        String placeAndYear =
                Stream.of(view.text("place"), year).flatMap(Optional::stream).collect(Collectors.joining(" "));
        if (!placeAndYear.isEmpty()) {
            html.element("p", Map.of("class", "place"), placeAndYear);
        }
        view.text("url")
                .ifPresent(url ->
                        html.start("p", Map.of("class", "url")).link(url, url).end());
        html.end();
    }

    /** The editor sees the item as readers will. */
    @Override
    public void preview(ItemView view, HtmlSink html) {
        render(view, html);
    }

    private static boolean hasBox(ItemView view) {
        return Stream.of(BOX_TITLE, BOX_TEXT, BOX_PLACE)
                .anyMatch(field -> view.value(field).isPresent());
    }

    private static Optional<String> year(ItemView view) {
        return view.number("year").map(year -> year.stripTrailingZeros().toPlainString());
    }

    private static void box(ItemView view, HtmlSink html) {
        if (!hasBox(view)) {
            return;
        }
        Optional<String> language = view.text(BOX_LANGUAGE)
                .filter(ProgrammeProfile::isLanguageTag)
                .filter(tag -> !tag.equalsIgnoreCase(view.locale()));
        html.start(
                "div",
                language.map(tag -> Map.of("class", "programme-box", "lang", tag))
                        .orElse(Map.of("class", "programme-box")));
        Prose.line(view, BOX_TITLE, "h4", html);
        Prose.richText(view, BOX_TEXT, html);
        Prose.line(view, BOX_PLACE, "p", html);
        year(view).ifPresent(year -> html.element("p", Map.of("class", "year"), year));
        html.end();
    }

    /** “5000+ 家组织获得认证”: the value, its unit, its label. */
    private static Optional<String> keyFigure(JsonValue entry) {
        if (!(entry instanceof JsonObject figure) || !(figure.get("value") instanceof JsonNumber value)) {
            return Optional.empty();
        }
        return Optional.of(value.bigDecimalValue().stripTrailingZeros().toPlainString() + figure.getString("unit", "")
                + " " + figure.getString("label", ""));
    }

    private static boolean isPlausibleYear(BigDecimal year) {
        return year.stripTrailingZeros().scale() <= 0
                && year.compareTo(BigDecimal.valueOf(EARLIEST_YEAR)) >= 0
                && year.compareTo(BigDecimal.valueOf(LATEST_YEAR)) <= 0;
    }

    @Override
    public Map<String, LocalizedText> messages() {
        return Map.of(
                "programme-profile.figure-not-positive",
                        LocalizedText.of("关键数字须大于零，当前为 {value}。", "A key figure must be above zero; this is {value}."),
                "programme-profile.figures-differ",
                        LocalizedText.of(
                                "关键数字的数值须与 {locale} 版本一致。",
                                "The key figures' values must be those of the {locale} version."),
                "programme-profile.year-implausible",
                        LocalizedText.of(
                                "年份 {year} 应为 {earliest} 至 {latest} 之间的整数。",
                                "The year {year} must be a whole number from {earliest} to {latest}."),
                "programme-profile.box-language-required",
                        LocalizedText.of(
                                "有介绍框时须填写框内文字的语言，如 en。", "A box needs the language it is written in, e.g. en."),
                "programme-profile.box-language-malformed",
                        LocalizedText.of(
                                "“{value}”不是语言代码；请写如 en 或 zh-CN 的代码。",
                                "“{value}” is not a language tag; write one such as en or zh-CN."));
    }
}
