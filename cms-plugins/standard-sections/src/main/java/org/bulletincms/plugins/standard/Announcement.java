package org.bulletincms.plugins.standard;

import java.util.List;
import org.bulletincms.spi.FieldSpec;
import org.bulletincms.spi.LocalizedText;
import org.bulletincms.spi.SectionType;

/**
 * Short news without a source: the programme's own (“可持续公共采购计划新增一联合领导机构”, an advisory
 * committee meeting) or a partner's (“瑞典TCO推出新一代认证计划”).
 */
public final class Announcement implements SectionType {

    private static final List<FieldSpec> FIELDS = List.of(
            FieldSpec.plainText("title").required().translatable().max(200).label("标题", "Title"),
            FieldSpec.contentsTitle(),
            FieldSpec.plainText("subtitle").translatable().max(200).label("副标题", "Subtitle"),
            FieldSpec.date("date")
                    .label("日期", "Date")
                    .help("所述事项的日期，如会议召开日。", "When it happened, e.g. the day of a meeting."),
            FieldSpec.richText("body").required().translatable().label("正文", "Body"));

    @Override
    public String id() {
        return "announcement";
    }

    @Override
    public int schemaVersion() {
        return 1;
    }

    @Override
    public LocalizedText label() {
        return LocalizedText.of("通讯", "Announcement");
    }

    @Override
    public LocalizedText help() {
        return LocalizedText.of(
                "不注明来源的简短消息，如会议、新成员。", "Short news without a source, such as a meeting or a new member.");
    }

    @Override
    public List<FieldSpec> fields() {
        return FIELDS;
    }
}
