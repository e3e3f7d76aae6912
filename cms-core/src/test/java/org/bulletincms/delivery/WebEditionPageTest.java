package org.bulletincms.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.bulletincms.sectiontype.InstalledSectionTypes;
import org.bulletincms.spi.FieldSpec;
import org.bulletincms.spi.HtmlSink;
import org.bulletincms.spi.ItemView;
import org.bulletincms.spi.LocalizedText;
import org.bulletincms.spi.SectionType;
import org.junit.jupiter.api.Test;

/** The web page of the sample edition: frame, contents, items through their types, what the page does on failure. */
class WebEditionPageTest {

    private static final String REPORT = "5b0d7f1e-93a4-4c2e-8d4b-1f2e3d4c5b6a";
    private static final String EVENT = "6c1e8a2f-a4b5-4d3f-9e5c-2a3b4c5d6e7f";

    private final InstalledSectionTypes types = InstalledSectionTypes.of(List.of(
            new Declared(
                    "report-summary",
                    FieldSpec.plainText("title").translatable().label("title", "title"),
                    FieldSpec.textList("keyFindings").translatable().label("keyFindings", "keyFindings")),
            new Declared(
                    "event",
                    FieldSpec.plainText("title").translatable().label("title", "title"),
                    FieldSpec.zonedDateTime("start").label("start", "start")),
            new Declared("colophon", FieldSpec.plainText("editor").label("editor", "editor"))));

    @Test
    void isADocumentInThePagesLanguageWithItsStylesheetAndNoScript() {
        String page = page("zh-CN", types);

        assertTrue(page.startsWith("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"), page);
        assertTrue(page.contains("<title>可持续公共采购计划简报 2024年第2期 总第16期</title>"), page);
        assertTrue(page.contains("<link href=\"/reader/edition.css\" rel=\"stylesheet\">"), page);
        assertFalse(page.toLowerCase(java.util.Locale.ROOT).contains("<script"), page);
        assertTrue(page.endsWith("</body></html>"), page);
    }

    @Test
    void mastheadHasThePublicationTheIssueLabelItsTitleAndTheCorrection() {
        String page = page("zh-CN", types);

        assertTrue(
                page.contains("<header class=\"masthead\"><h1 class=\"publication\">可持续公共采购计划简报</h1>"
                        + "<p class=\"label\">2024年第2期 总第16期</p><p class=\"issue-title\">数字公共基础设施</p>"
                        + "<p class=\"correction\">更正了活动日期。</p></header>"),
                page);
    }

    @Test
    void contentsLinkToTheRubricAndItsItemsInThePage() {
        String page = page("zh-CN", types);

        String rubric = between(page, "<a href=\"#rubric-", "\"");
        assertTrue(
                page.contains("<nav aria-labelledby=\"contents\" class=\"contents\"><h2 id=\"contents\">目录</h2><ol><li>"
                        + "<a href=\"#rubric-" + rubric + "\">同一个地球网络最新进展</a><ol>"
                        + "<li><a href=\"#item-" + REPORT + "\">数字公共基础设施促进环境可持续性的未来</a></li>"
                        + "<li><a href=\"#item-" + EVENT + "\">首届全球建筑和气候论坛</a></li></ol></li></ol></nav>"),
                page);
        assertTrue(page.contains("<div class=\"item-frame\" id=\"item-" + REPORT + "\">"), page);
        assertTrue(page.contains("<h2 id=\"rubric-" + rubric + "-title\">同一个地球网络最新进展</h2>"), page);
    }

    @Test
    void everyItemIsWrittenByItsSectionTypeEscaped() {
        String page = page("zh-CN", types);

        assertTrue(
                page.contains("<article class=\"item item-report-summary\">"
                        + "<h3 class=\"field-title\">数字公共基础设施促进环境可持续性的未来</h3>"),
                page);
        assertTrue(page.contains("<p class=\"field-editor\">王静 &quot;Jing&quot; &lt;wangj@mepcec.com&gt;</p>"), page);
        assertTrue(page.indexOf("item-report-summary") < page.indexOf("item-event")
                && page.indexOf("item-event") < page.indexOf("item-colophon"));
    }

    @Test
    void anItemNotTranslatedSaysItsLanguage() {
        String page = page("en", types);

        assertTrue(page.startsWith("<!DOCTYPE html>\n<html lang=\"en\">"), page);
        assertTrue(page.contains("<h2 id=\"contents\">Contents</h2>"), page);
        assertTrue(page.contains("<div class=\"item-frame\" id=\"item-" + EVENT + "\" lang=\"zh-CN\">"), page);
        assertTrue(page.contains("<div class=\"item-frame\" id=\"item-" + REPORT + "\">"), page);
    }

    @Test
    void anItemWhosePluginIsMissingOrBrokenIsSaidToBeUnavailableAndThePageStaysWhole() {
        InstalledSectionTypes broken = InstalledSectionTypes.of(List.of(
                new Declared(
                        "report-summary",
                        FieldSpec.plainText("title").translatable().label("title", "title")) {
                    @Override
                    public void render(ItemView view, HtmlSink html) {
                        html.start("article").start("p").text("half");
                        throw new IllegalStateException("a bug in the plugin");
                    }
                }));

        String page = page("zh-CN", broken);

        assertFalse(page.contains("half"), page);
        assertEquals(3, page.split("<p class=\"unavailable\">此条目暂无法显示。</p>", -1).length - 1, page);
        assertTrue(page.endsWith("</main></body></html>") || page.endsWith("</footer></body></html>"), page);
    }

    @Test
    void theMastheadLineComesAboveThePublicationsTitleMarkedWithItsLanguage() {
        JsonObject snapshot = Json.createPatchBuilder()
                .add(
                        "/locales/zh-CN/mastheadLine",
                        Json.createObjectBuilder()
                                .add("text", "同一个地球网络")
                                .add("locale", "zh-CN")
                                .build())
                .add(
                        "/locales/en/mastheadLine",
                        Json.createObjectBuilder()
                                .add("text", "同一个地球网络")
                                .add("locale", "zh-CN")
                                .build())
                .build()
                .apply(SampleEdition.snapshot());

        String chinese = new String(
                WebEditionPage.of(snapshot, SampleEdition.publication(), SampleEdition.ZH, types),
                StandardCharsets.UTF_8);
        String english = new String(
                WebEditionPage.of(snapshot, SampleEdition.publication(), SampleEdition.EN, types),
                StandardCharsets.UTF_8);

        assertTrue(
                chinese.contains("<header class=\"masthead\"><p class=\"masthead-line\">同一个地球网络</p>"
                        + "<h1 class=\"publication\">可持续公共采购计划简报</h1>"),
                chinese);
        assertTrue(
                english.contains("<header class=\"masthead\"><p class=\"masthead-line\" lang=\"zh-CN\">同一个地球网络</p>"),
                english);
        assertFalse(page("zh-CN", types).contains("masthead-line"), "an issue without one has none");
    }

    @Test
    void anIssueWithoutAColophonOfItsOwnClosesWithThePublicationsColophon() {
        String page = new String(
                WebEditionPage.of(
                        SampleEdition.snapshotWithThePublicationsColophon(),
                        SampleEdition.publication(),
                        SampleEdition.ZH,
                        types),
                StandardCharsets.UTF_8);

        String closing = "<section class=\"rubric untitled\"><div class=\"item-frame\" id=\"item-"
                + SampleEdition.COLOPHON + "\">";
        assertTrue(page.contains(closing), page);
        assertTrue(page.indexOf(closing) > page.indexOf("id=\"item-" + EVENT + "\""), "after the last rubric");
        assertTrue(page.substring(page.indexOf(closing)).contains("王静"), page);
    }

    private static String page(String locale, InstalledSectionTypes types) {
        return new String(
                WebEditionPage.of(
                        SampleEdition.snapshot(),
                        SampleEdition.publication(),
                        org.bulletincms.locale.LocaleTag.of(locale),
                        types),
                StandardCharsets.UTF_8);
    }

    private static String between(String text, String before, String after) {
        int start = text.indexOf(before) + before.length();
        return text.substring(start, text.indexOf(after, start));
    }

    /** A section type that is its declaration only, rendered by the default. */
    private static class Declared implements SectionType {
        private final String id;
        private final List<FieldSpec> fields;

        Declared(String id, FieldSpec... fields) {
            this.id = id;
            this.fields = List.of(fields);
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public int schemaVersion() {
            return 1;
        }

        @Override
        public LocalizedText label() {
            return LocalizedText.of(id, id);
        }

        @Override
        public LocalizedText help() {
            return LocalizedText.of(id, id);
        }

        @Override
        public List<FieldSpec> fields() {
            return fields;
        }
    }
}
