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
 * A podcast series and some of its episodes. The newsletter often names a few episodes of a longer
 * series (“包括……等九个鼓舞人心的案例”), so the number of episodes is separate from the list.
 */
public final class PodcastSeries implements SectionType {

    private static final List<FieldSpec> FIELDS = List.of(
            FieldSpec.plainText("title").required().translatable().max(200).label("标题", "Title"),
            FieldSpec.contentsTitle(),
            FieldSpec.plainText("publisher").required().translatable().max(200).label("出品方", "Publisher"),
            FieldSpec.richText("body").required().translatable().label("介绍", "Description"),
            FieldSpec.textList("episodes")
                    .translatable()
                    .maxEntries(30)
                    .max(300)
                    .label("节目", "Episodes")
                    .help("可只列出部分节目。", "May list only some episodes."),
            FieldSpec.number("episodeCount").label("节目总数", "Number of episodes"),
            FieldSpec.url("url").label("收听网址", "Where to listen"));

    @Override
    public String id() {
        return "podcast-series";
    }

    @Override
    public int schemaVersion() {
        return 1;
    }

    @Override
    public LocalizedText label() {
        return LocalizedText.of("系列播客", "Podcast series");
    }

    @Override
    public LocalizedText help() {
        return LocalizedText.of("系列播客及其节目。", "A podcast series and its episodes.");
    }

    @Override
    public List<FieldSpec> fields() {
        return FIELDS;
    }

    @Override
    public List<Violation> validate(ItemContent content, ValidationMode mode) {
        List<Violation> violations = new ArrayList<>();
        content.sharedNumber("episodeCount").ifPresent(count -> {
            if (count.signum() <= 0 || count.stripTrailingZeros().scale() > 0) {
                violations.add(Violation.of(
                        Violation.sharedField("episodeCount"),
                        "podcast-series.count-not-whole",
                        Map.of("count", count.toString())));
                return;
            }
            for (String locale : content.locales()) {
                int listed = content.localizedList(locale, "episodes")
                        .map(List::size)
                        .orElse(0);
                if (count.compareTo(BigDecimal.valueOf(listed)) < 0) {
                    violations.add(Violation.of(
                            Violation.sharedField("episodeCount"),
                            "podcast-series.fewer-than-listed",
                            Map.of("count", count.toString(), "listed", listed, "locale", locale)));
                }
            }
        });
        return violations;
    }

    @Override
    public Map<String, LocalizedText> messages() {
        return Map.of(
                "podcast-series.count-not-whole",
                        LocalizedText.of(
                                "节目总数 {count} 应为正整数。",
                                "The number of episodes, {count}, must be a whole number above zero."),
                "podcast-series.fewer-than-listed",
                        LocalizedText.of(
                                "节目总数 {count} 少于 {locale} 版本列出的 {listed} 个节目。",
                                "The number of episodes, {count}, is below the {listed} listed in {locale}."));
    }
}
