package org.bulletincms.plugins.standard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import org.bulletincms.spi.ItemContent;
import org.bulletincms.spi.ItemView;
import org.bulletincms.spi.ValidationMode;
import org.bulletincms.spi.Violation;
import org.junit.jupiter.api.Test;

class NewsTest {

    private final News news = new News();

    @Test
    void deliversTheSourceAsOneObject() {
        JsonObject delivery = news.toDelivery(ItemView.of(Seeds.item("news/2021-4-food-systems-summit.json"), "zh-CN"));

        assertEquals(
                Json.createObjectBuilder()
                        .add("url", "https://em.ecedi.fr/t/y-l-okruuhy-idtjtyjkkd-h/")
                        .build(),
                delivery.get("source"));
        assertFalse(delivery.containsKey("sourceUrl"));
        assertEquals(List.of("title", "body", "source"), List.copyOf(delivery.keySet()));
    }

    @Test
    void creditsTheSourceInEveryLanguageUnlessThereIsAnAddress() {
        ItemContent uncredited = Seeds.item("news/2024-2-regional-food-systems.json").toBuilder()
                .withoutLocalized("en", "sourceName")
                .build();

        List<Violation> violations = news.validate(uncredited, ValidationMode.PUBLISH);

        assertEquals(List.of(Violation.of("/localized/en/sourceName", "news.source-missing")), violations);
        assertEquals(
                List.of(),
                news.validate(
                        uncredited.toBuilder()
                                .shared("sourceUrl", "https://www.oneplanetnetwork.org/")
                                .build(),
                        ValidationMode.PUBLISH));
        assertEquals(List.of(), news.validate(uncredited, ValidationMode.DRAFT));
    }

    @Test
    void previewCreditsTheSourceAsTheNewsletterDoes() {
        String html = Rendering.preview(news, Seeds.item("news/2024-2-regional-food-systems.json"), "zh-CN");

        assertTrue(
                html.startsWith(
                        "<article class=\"item item-news\"><p class=\"kicker\">新项目</p><h3 class=\"title\">可持续公共采购促进可持续粮食系统的区域路径</h3>"),
                html);
        assertTrue(html.endsWith("<p class=\"source\">摘自：同一个地球网络网站</p></article>"), html);
    }
}
