package org.bulletincms.sectiontype;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import java.util.List;
import org.bulletincms.spi.FieldSpec;
import org.bulletincms.spi.ItemContent;
import org.bulletincms.spi.ItemView;
import org.bulletincms.spi.SectionType;
import org.junit.jupiter.api.Test;

/** The delivery, reader rendering and preview every section type gets unless it writes its own. */
class FieldwiseRenderingTest {

    private static final SectionType EVENT_LIKE = DeclaredSectionType.wellFormed("event-like")
            .withFields(
                    FieldSpec.plainText("title").translatable().label("标题", "Title"),
                    FieldSpec.zonedDateTime("start").label("开始", "Start"),
                    FieldSpec.choice("participation")
                            .option("hybrid", "线上线下", "Physical and virtual")
                            .label("参与方式", "Participation"),
                    FieldSpec.people("speakers").translatable().label("发言人", "Speakers"),
                    FieldSpec.keyFigures("figures").translatable().label("关键数字", "Key figures"),
                    FieldSpec.termList("activities").translatable().label("活动", "Activities"),
                    FieldSpec.email("contact").label("邮箱", "E-mail"));

    private final ItemContent content = ItemContent.builder()
            .shared("contact", "wangj@mepcec.com")
            .shared("participation", "hybrid")
            .shared("start", "2024-05-29T17:00+02:00[Europe/Zurich]")
            .localized(
                    "en",
                    "speakers",
                    Json.createArrayBuilder()
                            .add(Json.createObjectBuilder()
                                    .add("name", "Robert Opp")
                                    .add("title", "Chief Digital Officer")
                                    .add("organisation", "UNDP")
                                    .add("role", "speaker"))
                            .build())
            .localized(
                    "en",
                    "figures",
                    Json.createArrayBuilder()
                            .add(Json.createObjectBuilder().add("value", 1400).add("label", "certificates"))
                            .build())
            .localized(
                    "en",
                    "activities",
                    Json.createArrayBuilder()
                            .add(Json.createObjectBuilder()
                                    .add("term", "Funding")
                                    .add("description", "Design"))
                            .build())
            .localized("en", "title", "The Future of <DPI>")
            .localized("zh-CN", "title", "未来")
            .build();

    @Test
    void deliversTheLocalesValuesInFieldOrder() {
        assertEquals(
                List.of("title", "start", "participation", "speakers", "figures", "activities", "contact"),
                List.copyOf(EVENT_LIKE.toDelivery(ItemView.of(content, "en")).keySet()));
        assertEquals("未来", EVENT_LIKE.toDelivery(ItemView.of(content, "zh-CN")).getString("title"));
    }

    @Test
    void previewsEachFieldWithItsLabelAndEscapedValue() {
        EscapingHtmlSink sink = new EscapingHtmlSink(new RichTextSanitizer());

        EVENT_LIKE.preview(ItemView.of(content, "en"), sink);

        assertEquals(
                "<article class=\"item item-event-like\"><dl>"
                        + "<dt>Title</dt><dd class=\"field-title\"><p>The Future of &lt;DPI&gt;</p></dd>"
                        + "<dt>Start</dt><dd class=\"field-start\"><p><time datetime=\"2024-05-29T17:00+02:00\">2024-05-29 17:00 (UTC+02:00)</time></p></dd>"
                        + "<dt>Participation</dt><dd class=\"field-participation\"><p>Physical and virtual</p></dd>"
                        + "<dt>Speakers</dt><dd class=\"field-speakers\"><ul><li>Robert Opp, Chief Digital Officer, UNDP (Speaker)</li></ul></dd>"
                        + "<dt>Key figures</dt><dd class=\"field-figures\"><ul><li>1400 certificates</li></ul></dd>"
                        + "<dt>Activities</dt><dd class=\"field-activities\"><dl><dt>Funding</dt><dd>Design</dd></dl></dd>"
                        + "<dt>E-mail</dt><dd class=\"field-contact\"><p><a href=\"mailto:wangj@mepcec.com\">wangj@mepcec.com</a></p></dd>"
                        + "</dl></article>",
                sink.html());
    }

    @Test
    void rendersForReadersTheTitleAsHeadingAndOtherFieldsUnderTheirLabels() {
        EscapingHtmlSink sink = new EscapingHtmlSink(new RichTextSanitizer());

        EVENT_LIKE.render(ItemView.of(content, "en"), sink);

        assertEquals(
                "<article class=\"item item-event-like\">"
                        + "<h3 class=\"field-title\">The Future of &lt;DPI&gt;</h3>"
                        + "<dl class=\"field-start\"><dt>Start</dt><dd><p><time datetime=\"2024-05-29T17:00+02:00\">2024-05-29 17:00 (UTC+02:00)</time></p></dd></dl>"
                        + "<dl class=\"field-participation\"><dt>Participation</dt><dd><p>Physical and virtual</p></dd></dl>"
                        + "<dl class=\"field-speakers\"><dt>Speakers</dt><dd><ul><li>Robert Opp, Chief Digital Officer, UNDP (Speaker)</li></ul></dd></dl>"
                        + "<dl class=\"field-figures\"><dt>Key figures</dt><dd><ul><li>1400 certificates</li></ul></dd></dl>"
                        + "<dl class=\"field-activities\"><dt>Activities</dt><dd><ul class=\"terms\"><li><strong>Funding</strong>: Design</li></ul></dd></dl>"
                        + "<dl class=\"field-contact\"><dt>E-mail</dt><dd><p><a href=\"mailto:wangj@mepcec.com\">wangj@mepcec.com</a></p></dd></dl>"
                        + "</article>",
                sink.html());
    }

    @Test
    void leavesTheContentsTitleToTheContentsAndShowsReadersTheTitle() {
        SectionType listed = DeclaredSectionType.wellFormed("listed")
                .withFields(
                        FieldSpec.plainText("title").translatable().label("标题", "Title"), FieldSpec.contentsTitle());
        EscapingHtmlSink sink = new EscapingHtmlSink(new RichTextSanitizer());

        listed.render(
                ItemView.of(
                        ItemContent.builder()
                                .localized("zh-CN", "title", "绿色公共采购绩效监测")
                                .localized("zh-CN", "contentsTitle", "绿色公共采购绩效监测新报告")
                                .build(),
                        "zh-CN"),
                sink);

        assertEquals(
                "<article class=\"item item-listed\"><h3 class=\"field-title\">绿色公共采购绩效监测</h3></article>", sink.html());
    }
}
