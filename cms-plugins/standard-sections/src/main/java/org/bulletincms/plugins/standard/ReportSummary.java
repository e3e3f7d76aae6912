package org.bulletincms.plugins.standard;

import java.util.List;
import org.bulletincms.spi.FieldSpec;
import org.bulletincms.spi.LocalizedText;
import org.bulletincms.spi.SectionType;

/**
 * A new report, guide, study or briefing summarised for readers: what it is called, who published
 * it, what it covers and where to get it.
 */
public final class ReportSummary implements SectionType {

    private static final List<FieldSpec> FIELDS = List.of(
            FieldSpec.plainText("kicker")
                    .translatable()
                    .max(30)
                    .label("栏头", "Kicker")
                    .help("标题旁的短标签，如“新报告”“概述”。", "A short label shown with the title, e.g. “New report”."),
            FieldSpec.plainText("title").required().translatable().max(200).label("标题", "Title"),
            FieldSpec.plainText("reportTitle")
                    .required()
                    .translatable()
                    .max(300)
                    .label("报告名称", "Report title")
                    .help("出版物的正式名称，如《促进环境可持续性的数字化公共基础设施》。", "The publication's own title."),
            FieldSpec.plainText("publisher").translatable().max(300).label("发布机构", "Publisher"),
            FieldSpec.richText("body").required().translatable().label("内容摘要", "Summary"),
            FieldSpec.textList("placesCovered")
                    .translatable()
                    .maxEntries(60)
                    .max(100)
                    .label("涉及国家和地区", "Countries and places covered")
                    .help("报告研究的国家、地区或城市。", "The countries, regions or cities the report studies."),
            FieldSpec.sourceDocument("sourceDocument")
                    .label("报告原文", "Report file")
                    .help("已上传的报告原文。", "The report as uploaded to the CMS."),
            FieldSpec.url("reportUrl").label("报告网址", "Report address"),
            SourceAttribution.name(),
            SourceAttribution.url());

    @Override
    public String id() {
        return "report-summary";
    }

    @Override
    public int schemaVersion() {
        return 1;
    }

    @Override
    public LocalizedText label() {
        return LocalizedText.of("报告摘要", "Report summary");
    }

    @Override
    public LocalizedText help() {
        return LocalizedText.of("新发布的报告、指南或研究的摘要。", "A summary of a newly published report, guide or study.");
    }

    @Override
    public List<FieldSpec> fields() {
        return FIELDS;
    }
}
