package org.bulletincms.plugins.standard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bulletincms.spi.FieldSpec;
import org.bulletincms.spi.ItemContent;
import org.bulletincms.spi.LocalizedText;
import org.bulletincms.spi.SectionType;
import org.bulletincms.spi.ValidationMode;
import org.bulletincms.spi.Violation;

/**
 * A programme, tool or certification scheme presented with its key figures, such as the CO₂
 * Performance Ladder (“over 5000 organisations, 1400 certificates, 300 contracting authorities”).
 */
public final class ProgrammeProfile implements SectionType {

    private static final int EARLIEST_YEAR = 1900;
    private static final int LATEST_YEAR = 2100;

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
            FieldSpec.url("url").label("网址", "Website"));

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
        content.sharedNumber("year")
                .filter(year -> !isPlausibleYear(year))
                .ifPresent(year -> violations.add(Violation.of(
                        Violation.sharedField("year"),
                        "programme-profile.year-implausible",
                        Map.of("year", year.toString(), "earliest", EARLIEST_YEAR, "latest", LATEST_YEAR))));
        return violations;
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
                                "The year {year} must be a whole number from {earliest} to {latest}."));
    }
}
