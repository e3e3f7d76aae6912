package org.bulletincms.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SnapshotTextTest {

    private static final String ITEM = "7f0c1a9e-3b1d-4c55-9a39-0d7c3f1d2e10";

    private static JsonObject snapshot(JsonObject zhFields, JsonObject enFields, String enShown) {
        return Json.createObjectBuilder()
                .add("publication", Json.createObjectBuilder().add("slug", "spp"))
                .add(
                        "locales",
                        Json.createObjectBuilder()
                                .add("zh-CN", locale(zhFields, "zh-CN"))
                                .add("en", locale(enFields, enShown)))
                .build();
    }

    private static JsonObject locale(JsonObject fields, String shown) {
        return Json.createObjectBuilder()
                .add(
                        "rubrics",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("id", "r")
                                        .add(
                                                "items",
                                                Json.createArrayBuilder()
                                                        .add(Json.createObjectBuilder()
                                                                .add("id", ITEM)
                                                                .add("type", "declaration")
                                                                .add("locale", shown)
                                                                .add("fields", fields)))))
                .build();
    }

    @Test
    void everyItemIsReadInEveryLocaleWithTitleApartAndTagsRemoved() {
        JsonObject zh = Json.createObjectBuilder()
                .add("title", "首届全球建筑和气候论坛发布《夏乐宫宣言》")
                .add("body", "<p>各国部长&nbsp;通过了<strong>宣言</strong></p>")
                .add("commitments", Json.createArrayBuilder().add("承诺一").add("承诺二"))
                .add("link", "https://example.org/chaillot")
                .add("count", 8)
                .build();
        JsonObject en = Json.createObjectBuilder()
                .add("title", "The Chaillot Declaration")
                .add("body", "Ministers &amp; cities")
                .build();

        List<ItemText> texts = SnapshotText.items(snapshot(zh, en, "en"));

        assertEquals(2, texts.size());
        ItemText chinese = texts.get(0);
        assertEquals("zh-CN", chinese.locale());
        assertEquals(Optional.of("首届全球建筑和气候论坛发布《夏乐宫宣言》"), chinese.title());
        assertEquals("各国部长 通过了 宣言\n承诺一\n承诺二", chinese.body(), "no tags, no links, no numbers");
        assertEquals("declaration", chinese.type());
        ItemText english = texts.get(1);
        assertEquals("en", english.locale());
        assertEquals("Ministers & cities", english.body());
    }

    @Test
    void anUntranslatedItemKeepsTheLocaleItIsWrittenIn() {
        JsonObject zh = Json.createObjectBuilder().add("title", "可持续公共食品采购").build();

        ItemText fallback = SnapshotText.items(snapshot(zh, zh, "zh-CN")).get(1);

        assertEquals("en", fallback.locale());
        assertEquals("zh-CN", fallback.contentLocale());
        assertEquals("zh", SearchAnalysis.languageOf(fallback.contentLocale()));
    }
}
