package org.bulletincms.delivery;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.bulletincms.locale.LocaleTag;
import org.bulletincms.locale.TextByLocale;
import org.bulletincms.publication.ColophonDefaults;
import org.bulletincms.publication.Publication;
import org.bulletincms.sectiontype.InstalledSectionTypes;
import org.bulletincms.spi.FieldSpec;
import org.bulletincms.spi.LocalizedText;
import org.bulletincms.spi.SectionType;
import org.junit.jupiter.api.Test;

/** The e-mail edition of the sample edition: what survives mail clients, the text part, the size rule. */
class EmailEditionTest {

    private static final PublicBaseUrl BASE = PublicBaseUrl.of("https://bulletin.example.org");
    private static final String WEB_PAGE =
            "https://bulletin.example.org/api/delivery/v1/publications/spp-newsletter/issues/2024/2.html?locale=zh-CN";

    private final InstalledSectionTypes types = InstalledSectionTypes.of(List.of(
            new Declared(
                    "report-summary",
                    FieldSpec.plainText("title").translatable().label("标题", "Title")),
            new Declared("event", FieldSpec.plainText("title").translatable().label("标题", "Title")),
            new Declared("colophon", FieldSpec.plainText("editor").label("编辑", "Editor"))));

    @Test
    void isOneTableSixHundredPixelsWideWithEveryStyleInlineAndNoScript() {
        String html = html(EmailEdition.of(SampleEdition.snapshot(), SampleEdition.publication(), zh(), types, BASE));

        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"zh-CN\">"), html);
        assertTrue(html.contains("<table role=\"presentation\" style=\"width:100%;max-width:600px;"), html);
        assertTrue(html.contains("width=\"600\""), html);
        String lower = html.toLowerCase(Locale.ROOT);
        assertFalse(lower.contains("<script") || lower.contains("<style") || lower.contains("<link"), html);
        assertFalse(
                Pattern.compile("<(p|h[1-5]|ul|ol|a)(?![^>]*style=)[ >]")
                        .matcher(html)
                        .find(),
                html);
        assertTrue(html.contains("<h3 class=\"field-title\" style=\""), "the items' own elements are styled: " + html);
    }

    @Test
    void showsATaglineWrittenInAnotherLanguageMarkedWithItsLanguage() {
        Publication publication = SampleEdition.publication();
        publication.describe(
                TextByLocale.of(Map.of(SampleEdition.EN, "One planet, procure with care")), ColophonDefaults.none());

        String html = html(EmailEdition.of(SampleEdition.snapshot(), publication, zh(), types, BASE));

        assertTrue(
                Pattern.compile("<p [^>]*lang=\"en\"[^>]*>One planet, procure with care</p>")
                        .matcher(html)
                        .find(),
                html);
    }

    @Test
    void anIssueWithoutAColophonOfItsOwnClosesWithThePublicationsColophon() {
        EmailEdition.Message message = EmailEdition.of(
                SampleEdition.snapshotWithThePublicationsColophon(), SampleEdition.publication(), zh(), types, BASE);

        String text = text(message);
        assertTrue(text.contains("王静"), text);
        assertTrue(text.indexOf("王静") > text.indexOf("同一个地球网络最新进展"), text);
    }

    @Test
    void linksToTheWebPageAtThePublicBaseUrl() {
        EmailEdition.Message message =
                EmailEdition.of(SampleEdition.snapshot(), SampleEdition.publication(), zh(), types, BASE);

        assertTrue(html(message).contains("href=\"" + WEB_PAGE.replace("&", "&amp;") + "\""), html(message));
        assertTrue(text(message).contains("在网页上阅读本期 <" + WEB_PAGE + ">"), text(message));
    }

    @Test
    void thePlainTextPartHasTheIssueInOrderWithTextUnescaped() {
        String text = text(EmailEdition.of(SampleEdition.snapshot(), SampleEdition.publication(), zh(), types, BASE));

        List<String> inOrder = List.of(
                "可持续公共采购计划简报",
                "2024年第2期 总第16期",
                "目录",
                "- 数字公共基础设施促进环境可持续性的未来",
                "同一个地球网络最新进展",
                "数字公共基础设施促进环境可持续性的未来",
                "首届全球建筑和气候论坛",
                "王静 \"Jing\" <wangj@mepcec.com>");
        int at = 0;
        for (String line : inOrder) {
            int found = text.indexOf(line, at);
            assertTrue(found >= 0, () -> "'" + line + "' is not in order in:\n" + text);
            at = found + line.length();
        }
        assertFalse(text.contains("<p") || text.contains("&quot;"), text);
    }

    @Test
    void anIssueTooLongForMailClientsGivesItsLaterItemsAsSummariesLinkedToTheWebPage() {
        EmailEdition.Message message =
                EmailEdition.of(longIssue(40), SampleEdition.publication(), zh(), longReads, BASE);

        String html = html(message);
        assertTrue(message.html().length <= EmailEdition.BUDGET_BYTES, () -> message.html().length + " bytes");
        assertTrue(html.contains("长文一"), "the first item is in full");
        assertFalse(html.contains("长文四十"), "the last item is not");
        assertTrue(html.contains(">第40条</a>"), "the last item is a summary: " + html.substring(html.length() - 2000));
        assertTrue(html.contains("href=\"" + WEB_PAGE.replace("&", "&amp;") + "#item-"), "linked to the web page");
        for (int i = 1; i <= 40; i++) {
            assertTrue(html.contains("第" + i + "条"), "item " + i + " is in the message");
        }
    }

    private static JsonObject longIssue(int count) {
        JsonObject sample = SampleEdition.snapshot();
        JsonArrayBuilder items = Json.createArrayBuilder();
        String[] digits = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
        for (int i = 1; i <= count; i++) {
            String name = (i >= 10 ? (i / 10 > 1 ? digits[i / 10] : "") + "十" : "") + digits[i % 10];
            JsonObject values = Json.createObjectBuilder()
                    .add("title", "第" + i + "条")
                    .add("body", "长文" + name + "x".repeat(6_000))
                    .build();
            items.add(Json.createObjectBuilder()
                    .add("id", new java.util.UUID(0, i).toString())
                    .add("type", "long-read")
                    .add("locale", "zh-CN")
                    .add("fields", values)
                    .add("view", values));
        }
        JsonObject zh = Json.createObjectBuilder(sample.getJsonObject("locales").getJsonObject("zh-CN"))
                .add(
                        "rubrics",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("id", new java.util.UUID(1, 1).toString())
                                        .add("title", "长文")
                                        .add("items", items)))
                .build();
        return Json.createObjectBuilder(sample)
                .add("locales", Json.createObjectBuilder().add("zh-CN", zh))
                .build();
    }

    private final InstalledSectionTypes longReads = InstalledSectionTypes.of(List.of(new Declared(
            "long-read",
            FieldSpec.plainText("title").label("标题", "Title"),
            FieldSpec.plainText("body").label("正文", "Body"))));

    private static LocaleTag zh() {
        return LocaleTag.of("zh-CN");
    }

    private static String html(EmailEdition.Message message) {
        return new String(message.html(), StandardCharsets.UTF_8);
    }

    private static String text(EmailEdition.Message message) {
        return new String(message.text(), StandardCharsets.UTF_8);
    }

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
