package org.bulletincms.plugins.standard;

import java.util.List;
import java.util.Map;
import org.bulletincms.spi.FieldSpec;
import org.bulletincms.spi.ItemContent;
import org.bulletincms.spi.LocalizedText;
import org.bulletincms.spi.SectionType;
import org.bulletincms.spi.ValidationMode;
import org.bulletincms.spi.Violation;

/**
 * The results of an assessment, index or monitoring exercise, such as the SDG 12.7.1 reporting:
 * the findings as points and figures, then what they mean.
 */
public final class Results implements SectionType {

    private static final List<FieldSpec> FIELDS = List.of(
            FieldSpec.plainText("title").required().translatable().max(200).label("标题", "Title"),
            FieldSpec.contentsTitle(),
            FieldSpec.richText("intro").required().translatable().label("导语", "Introduction"),
            FieldSpec.textList("findings")
                    .translatable()
                    .maxEntries(20)
                    .max(1_000)
                    .label("主要结果", "Findings"),
            FieldSpec.keyFigures("keyFigures")
                    .translatable()
                    .maxEntries(8)
                    .max(200)
                    .label("关键数字", "Key figures"),
            FieldSpec.richText("conclusion").translatable().label("结论", "Conclusion"));

    @Override
    public String id() {
        return "results";
    }

    @Override
    public int schemaVersion() {
        return 1;
    }

    @Override
    public LocalizedText label() {
        return LocalizedText.of("结果发布", "Results");
    }

    @Override
    public LocalizedText help() {
        return LocalizedText.of(
                "评估、指数或监测的结果：要点、数字与结论。",
                "Results of an assessment, index or monitoring: findings, figures, conclusion.");
    }

    @Override
    public List<FieldSpec> fields() {
        return FIELDS;
    }

    /** Results without a single finding or figure are an introduction, not results. */
    @Override
    public List<Violation> validate(ItemContent content, ValidationMode mode) {
        if (mode == ValidationMode.DRAFT) {
            return List.of();
        }
        return content.locales().stream()
                .filter(locale -> content.localizedList(locale, "findings").isEmpty()
                        && content.localizedList(locale, "keyFigures").isEmpty())
                .map(locale -> Violation.of(Violation.localizedField(locale, "findings"), "results.nothing-found"))
                .toList();
    }

    @Override
    public Map<String, LocalizedText> messages() {
        return Map.of(
                "results.nothing-found",
                LocalizedText.of("请至少填写一条主要结果或一个关键数字。", "Give at least one finding or key figure."));
    }
}
