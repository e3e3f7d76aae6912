package org.bulletincms.sectiontype;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bulletincms.spi.FieldSpec;
import org.bulletincms.spi.ItemContent;
import org.bulletincms.spi.LocalizedText;
import org.bulletincms.spi.SchemaUpgrade;
import org.bulletincms.spi.SectionType;
import org.bulletincms.spi.ValidationMode;
import org.bulletincms.spi.Violation;

/**
 * A small but complete section type for the core's own tests: every declaring method, a rule, a
 * message and an upgrade (version 1 called the link {@code url}).
 */
public class Notice implements SectionType {

    static final String ID = "notice";

    private static final List<FieldSpec> FIELDS = List.of(
            FieldSpec.plainText("title").required().translatable().max(200).label("标题", "Title"),
            FieldSpec.richText("body").translatable().label("正文", "Body"),
            FieldSpec.date("published").required().label("发布日期", "Published"),
            FieldSpec.url("link").label("链接", "Link"),
            FieldSpec.email("contact").label("联系邮箱", "Contact"));

    @Override
    public String id() {
        return ID;
    }

    @Override
    public int schemaVersion() {
        return 2;
    }

    @Override
    public LocalizedText label() {
        return LocalizedText.of("通知", "Notice");
    }

    @Override
    public LocalizedText help() {
        return LocalizedText.of("简短通知。", "A short notice.");
    }

    @Override
    public List<FieldSpec> fields() {
        return FIELDS;
    }

    @Override
    public List<Violation> validate(ItemContent content, ValidationMode mode) {
        List<Violation> violations = new ArrayList<>();
        if (mode == ValidationMode.PUBLISH
                && content.shared("link").isEmpty()
                && content.shared("contact").isEmpty()) {
            violations.add(Violation.of(Violation.sharedField("link"), "notice.no-way-to-respond"));
        }
        return violations;
    }

    @Override
    public List<SchemaUpgrade> upgrades() {
        return List.of(SchemaUpgrade.from(
                1,
                content -> content.shared("url")
                        .map(url -> content.toBuilder()
                                .withoutShared("url")
                                .shared("link", url)
                                .build())
                        .orElse(content)));
    }

    @Override
    public Map<String, LocalizedText> messages() {
        return Map.of("notice.no-way-to-respond", LocalizedText.of("请填写链接或联系邮箱。", "Give a link or a contact address."));
    }
}
