package org.bulletincms.plugins.standard;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.List;
import java.util.Map;
import org.bulletincms.spi.DeliverySchema;
import org.bulletincms.spi.FieldSpec;
import org.bulletincms.spi.HtmlSink;
import org.bulletincms.spi.ItemView;
import org.bulletincms.spi.LocalizedText;
import org.bulletincms.spi.SectionType;

/**
 * A new report, guide, study or briefing summarised for readers: what it is called, who published
 * it, what it covers and where to get it.
 */
public final class ReportSummary implements SectionType {

    private static final String PLACES_COVERED = "placesCovered";
    private static final String REPORT_URL = "reportUrl";
    private static final LocalizedText PLACES_LABEL = LocalizedText.of("涉及国家和地区", "Countries and places covered");
    private static final LocalizedText REPORT_LINK = LocalizedText.of("报告原文", "Read the report");

    private static final List<FieldSpec> FIELDS = List.of(
            FieldSpec.plainText("kicker")
                    .translatable()
                    .max(30)
                    .label("栏头", "Kicker")
                    .help("标题旁的短标签，如“新报告”“概述”。", "A short label shown with the title, e.g. “New report”."),
            FieldSpec.plainText("title").required().translatable().max(200).label("标题", "Title"),
            FieldSpec.contentsTitle(),
            FieldSpec.plainText("reportTitle")
                    .required()
                    .translatable()
                    .max(300)
                    .label("报告名称", "Report title")
                    .help("出版物的正式名称，如《促进环境可持续性的数字化公共基础设施》。", "The publication's own title."),
            FieldSpec.plainText("publisher").translatable().max(300).label("发布机构", "Publisher"),
            FieldSpec.richText("body").required().translatable().label("内容摘要", "Summary"),
            FieldSpec.textList(PLACES_COVERED)
                    .translatable()
                    .maxEntries(60)
                    .max(100)
                    .label("涉及国家和地区", "Countries and places covered")
                    .help("报告研究的国家、地区或城市。", "The countries, regions or cities the report studies."),
            FieldSpec.sourceDocument("sourceDocument")
                    .label("报告原文", "Report file")
                    .help("已上传的报告原文。", "The report as uploaded to the CMS."),
            FieldSpec.url(REPORT_URL).label("报告网址", "Report address"),
            SourceAttribution.name(),
            SourceAttribution.url(),
            SourceAttribution.link());

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

    /** As the default, with the source as news deliver it: {@code "source": {"name", "url"}}. */
    @Override
    public JsonObject toDelivery(ItemView view) {
        return SourceAttribution.delivered(SectionType.super.toDelivery(view), view);
    }

    @Override
    public JsonObject deliverySchema() {
        return SourceAttribution.delivered(DeliverySchema.of(FIELDS)).build();
    }

    /**
     * The title with its kicker below it (“绿色公共采购绩效监测 / 新报告”, as the newsletter prints a report),
     * the report's own title and publisher, the summary, the places it covers, a link to the report, and the
     * closing credit the newsletter prints (“——摘自…”). The stored report file is the editors' reference, not
     * the readers'.
     */
    @Override
    public void render(ItemView view, HtmlSink html) {
        html.start("article", Map.of("class", "item item-report-summary"));
        Prose.line(view, "title", "h3", html);
        Prose.line(view, "kicker", "p", html);
        Prose.line(view, "reportTitle", "p", html);
        Prose.line(view, "publisher", "p", html);
        Prose.richText(view, "body", html);
        view.list(PLACES_COVERED).ifPresent(places -> {
            List<String> names = places.stream()
                    .filter(JsonString.class::isInstance)
                    .map(place -> ((JsonString) place).getString())
                    .toList();
            if (!names.isEmpty()) {
                html.start("dl", Map.of("class", PLACES_COVERED));
                html.element("dt", PLACES_LABEL.get(view.locale()));
                html.start("dd").start("ul");
                names.forEach(name -> html.element("li", name));
                html.end().end().end();
            }
        });
        view.text(REPORT_URL)
                .ifPresent(url -> html.start("p", Map.of("class", REPORT_URL))
                        .link(url, REPORT_LINK.get(view.locale()))
                        .end());
        SourceAttribution.render(view, SourceAttribution.CLOSING_CREDIT, html);
        html.end();
    }

    /** The editor sees the item as readers will. */
    @Override
    public void preview(ItemView view, HtmlSink html) {
        render(view, html);
    }
}
