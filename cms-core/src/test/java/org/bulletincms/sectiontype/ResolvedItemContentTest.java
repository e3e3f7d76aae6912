package org.bulletincms.sectiontype;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.bulletincms.spi.FieldSpec;
import org.bulletincms.spi.ItemContent;
import org.bulletincms.spi.LocalizedText;
import org.bulletincms.spi.SectionType;
import org.junit.jupiter.api.Test;

/** An item's line in the contents (目录). */
class ResolvedItemContentTest {

    private static final DeclaredSectionType REPORT = DeclaredSectionType.wellFormed("report")
            .withFields(
                    FieldSpec.plainText("kicker").translatable().label("眉题", "Kicker"),
                    FieldSpec.plainText("title").translatable().label("标题", "Title"),
                    FieldSpec.contentsTitle());

    private final ItemContent report = ItemContent.builder()
            .localized("zh-CN", "kicker", "新报告")
            .localized("zh-CN", "title", "绿色公共采购绩效监测")
            .localized("zh-CN", "contentsTitle", "绿色公共采购绩效监测新报告")
            .localized("en", "title", "Monitoring green public procurement")
            .build();

    private static Optional<String> line(SectionType type, ItemContent content, String locale) {
        return new ResolvedItemContent(type, content, 1).contentsLine(locale);
    }

    @Test
    void theContentsTitleWordsTheEntryWhereTheItemHasOne() {
        assertEquals(Optional.of("绿色公共采购绩效监测新报告"), line(REPORT, report, "zh-CN"));
    }

    @Test
    void withoutAContentsTitleTheEntryIsTheTitle() {
        assertEquals(Optional.of("Monitoring green public procurement"), line(REPORT, report, "en"));
    }

    @Test
    void aBlankContentsTitleCountsAsNone() {
        ItemContent blank =
                report.toBuilder().localized("zh-CN", "contentsTitle", " ").build();

        assertEquals(Optional.of("绿色公共采购绩效监测"), line(REPORT, blank, "zh-CN"));
    }

    @Test
    void aTypeNotListedInTheContentsHasNoEntry() {
        SectionType flyer = new Unlisted(REPORT);

        assertEquals(Optional.empty(), line(flyer, report, "zh-CN"));
    }

    /** A type that says its items have no entry in the contents, as event flyers do. */
    private record Unlisted(DeclaredSectionType declared) implements SectionType {

        @Override
        public String id() {
            return declared.id();
        }

        @Override
        public int schemaVersion() {
            return declared.schemaVersion();
        }

        @Override
        public LocalizedText label() {
            return declared.label();
        }

        @Override
        public LocalizedText help() {
            return declared.help();
        }

        @Override
        public List<FieldSpec> fields() {
            return declared.fields();
        }

        @Override
        public boolean listedInContents() {
            return false;
        }
    }
}
