package org.bulletincms.plugins.standard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import org.bulletincms.spi.ItemView;
import org.bulletincms.spi.SectionType;
import org.junit.jupiter.api.Test;

/** News, declarations and report summaries credit their source in one shape, as the newsletter words each. */
class SourceAttributionTest {

    private static JsonObject delivered(SectionType type, String sample) {
        return type.toDelivery(ItemView.of(Seeds.item(sample), "zh-CN"));
    }

    @Test
    void aDeclarationDeliversItsSourceAsNewsDo() {
        JsonObject delivery = delivered(new Declaration(), "declaration/2024-2-chaillot.json");

        assertEquals(Json.createObjectBuilder().add("name", "“同一个地球网络”网站").build(), delivery.get("source"));
        assertFalse(delivery.containsKey("sourceName"));
    }

    @Test
    void aReportSummaryDeliversItsSourceAsNewsDoSayingItsLinksAddressIsNotKnown() {
        JsonObject delivery =
                delivered(new ReportSummary(), "report-summary/2024-2-spp-ecolabelling-good-practice.json");

        assertEquals(
                Json.createObjectBuilder()
                        .add("name", "“同一个地球网络”网站")
                        .add("addressUnknown", true)
                        .build(),
                delivery.get("source"));
        assertFalse(delivery.containsKey("sourceName") || delivery.containsKey("sourceLink"));
    }

    @Test
    void aKnownAddressIsTheLinkWhateverTheLinkFieldSays() {
        JsonObject delivery = new News()
                .toDelivery(ItemView.of(
                        Seeds.item("news/2024-2-regional-food-systems.json").toBuilder()
                                .shared("sourceUrl", "https://www.oneplanetnetwork.org/")
                                .build(),
                        "zh-CN"));

        assertEquals(
                Json.createObjectBuilder()
                        .add("name", "同一个地球网络网站")
                        .add("url", "https://www.oneplanetnetwork.org/")
                        .build(),
                delivery.get("source"));
    }

    @Test
    void everyCreditingTypeDeclaresTheSameSourceShape() {
        List<JsonObject> schemas = List.of(new News(), new Declaration(), new ReportSummary()).stream()
                .map(type -> type.deliverySchema().getJsonObject("properties").getJsonObject("source"))
                .toList();

        assertEquals(List.of(schemas.get(0), schemas.get(0), schemas.get(0)), schemas);
        assertEquals(
                List.of("name", "url", "addressUnknown"),
                List.copyOf(schemas.get(0).getJsonObject("properties").keySet()));
    }

    @Test
    void aDeclarationAndAReportCloseWithTheCreditAsTheNewsletterPrintsIt() {
        String declaration =
                Rendering.preview(new Declaration(), Seeds.item("declaration/2024-2-chaillot.json"), "zh-CN");
        String report = Rendering.preview(
                new ReportSummary(), Seeds.item("report-summary/2024-2-spp-ecolabelling-good-practice.json"), "zh-CN");

        assertTrue(
                declaration.contains("<p class=\"source\">——摘自“同一个地球网络”网站</p><figure><figcaption>建筑领域"),
                "the credit, then the picture's caption, as the seed prints them: " + declaration);
        assertTrue(report.endsWith("<p class=\"source\">——摘自“同一个地球网络”网站</p></article>"), report);
    }

    @Test
    void aReportSummaryShowsItsKickerBelowItsTitleAsTheNewsletterDoes() {
        String html = Rendering.preview(
                new ReportSummary(), Seeds.item("report-summary/2024-2-gpp-monitoring.json"), "zh-CN");

        assertTrue(
                html.startsWith("<article class=\"item item-report-summary\"><h3 class=\"title\">绿色公共采购绩效监测</h3>"
                        + "<p class=\"kicker\">新报告</p>"),
                html);
    }
}
