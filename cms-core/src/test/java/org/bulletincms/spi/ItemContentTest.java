package org.bulletincms.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ItemContentTest {

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    @Test
    void readsAndWritesItsJsonForm() {
        JsonObject json = json(
                "{\"shared\":{\"start\":\"2024-05-29T17:00+02:00\"},\"localized\":{\"zh-CN\":{\"title\":\"标题\"},\"en\":{\"title\":\"Title\"}}}");

        ItemContent content = ItemContent.fromJson(json);

        assertEquals(Set.of("en", "zh-CN"), content.locales());
        assertEquals("标题", content.localizedText("zh-CN", "title").orElseThrow());
        assertEquals(json, content.toJson());
    }

    @Test
    void contentWrittenOnceInOneLanguageIsShownInItInEveryLocale() {
        JsonObject json = json("{\"shared\":{},\"localized\":{\"en\":{\"title\":\"COP 26 event\"}},"
                + "\"sameInEveryLocale\":\"en\"}");

        ItemContent flyer = ItemContent.fromJson(json);

        assertEquals(Optional.of("en"), flyer.sameInEveryLocale());
        assertEquals("en", flyer.shownIn("zh-CN", "zh-CN"));
        assertEquals("en", flyer.shownIn("en", "zh-CN"));
        assertEquals(json, flyer.toJson());
        assertEquals(flyer, flyer.toBuilder().build(), "a builder keeps the mark");
    }

    @Test
    void contentTranslatedPerLocaleIsShownInTheReadersLocaleElseInTheSourceAndKeepsItsJson() {
        String stored = "{\"shared\":{},\"localized\":{\"zh-CN\":{\"title\":\"标题\"}}}";

        ItemContent news = ItemContent.fromJson(json(stored));

        assertEquals(Optional.empty(), news.sameInEveryLocale());
        assertEquals("zh-CN", news.shownIn("zh-CN", "zh-CN"));
        assertEquals("zh-CN", news.shownIn("en", "zh-CN"), "untranslated: the source");
        assertEquals(stored, news.toJson().toString(), "stored content without the mark keeps its bytes");
    }

    @Test
    void readsAnEmptyObjectAsEmptyContent() {
        assertEquals(ItemContent.empty(), ItemContent.fromJson(json("{}")));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"shared\":[]}|/shared",
                "{\"localized\":\"zh-CN\"}|/localized",
                "{\"localized\":{\"en\":[1]}}|/localized/en",
                "{\"shared\":{},\"sectionType\":\"event\"}|/sectionType",
                "{\"sameInEveryLocale\":[\"en\"]}|/sameInEveryLocale"
            })
    void refusesAMalformedEnvelopeSayingWhere(String text, String pointer) {
        MalformedItemContent malformed =
                assertThrows(MalformedItemContent.class, () -> ItemContent.fromJson(json(text)));

        assertEquals(pointer, malformed.violation().pointer());
        assertEquals("content.malformed", malformed.violation().messageKey());
    }

    @Test
    void typedReadersTreatWrongTypesAndBlanksAsAbsent() {
        ItemContent content = ItemContent.builder()
                .shared("start", Json.createValue(42))
                .shared("end", "  ")
                .shared("deadline", "2022-03-30")
                .shared("year", Json.createValue(2023))
                .shared("list", Json.createArrayBuilder().build())
                .shared("bad", "2022-02-30")
                .build();

        assertTrue(content.sharedText("start").isEmpty());
        assertTrue(content.sharedText("end").isEmpty());
        assertTrue(content.sharedDateTime("start").isEmpty());
        assertTrue(content.sharedList("list").isEmpty());
        assertTrue(content.sharedDate("bad").isEmpty());
        assertEquals(LocalDate.of(2022, 3, 30), content.sharedDate("deadline").orElseThrow());
        assertEquals(new BigDecimal("2023"), content.sharedNumber("year").orElseThrow());
    }

    @Test
    void aBuilderStaysUsableAfterBuilding() {
        ItemContent.Builder builder = ItemContent.builder().shared("a", "1").localized("en", "b", "2");

        ItemContent first = builder.build();
        ItemContent second = builder.withoutShared("a").build();

        assertEquals("1", first.sharedText("a").orElseThrow());
        assertTrue(second.sharedText("a").isEmpty());
        assertEquals("2", second.localizedText("en", "b").orElseThrow());
    }

    @Test
    void aViewMergesSharedAndOneLocalesValues() {
        ItemContent content = ItemContent.builder()
                .shared("start", "2024-05-29T17:00+02:00")
                .localized("zh-CN", "title", "标题")
                .localized("en", "title", "Title")
                .build();

        ItemView view = ItemView.of(content, "en");

        assertEquals("Title", view.text("title").orElseThrow());
        assertEquals(17, view.dateTime("start").orElseThrow().getHour());
    }
}
