package org.bulletincms.delivery;

import static org.bulletincms.delivery.SampleEdition.EN;
import static org.bulletincms.delivery.SampleEdition.ZH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bulletincms.locale.TextByLocale;
import org.bulletincms.publication.ColophonDefaults;
import org.bulletincms.publication.Publication;
import org.bulletincms.workflow.PublishedEdition;
import org.junit.jupiter.api.Test;

/**
 * The delivery records write exactly the JSON the JSON-P builders wrote before them: the expected documents in
 * {@code delivery/*.json} were written by those builders for {@link SampleEdition} (the issues' {@code renderings}
 * appended since: a member added at the end). Compared parsed (same members,
 * values and order of arrays) and, because front ends and caches see bytes, byte for byte as well.
 */
class DeliveryShapesTest {

    private final Publication publication = SampleEdition.publication();
    private final JsonObject snapshot = SampleEdition.snapshot();
    private final PublishedEdition edition = SampleEdition.edition(publication);

    @Test
    void issueInItsSourceLocaleIsTodaysDocument() {
        assertSame("issue-zh-CN.json", DeliveryJson.text(DeliveryShapes.issue(snapshot, publication, ZH, false)));
    }

    @Test
    void issueServedAsFallbackSaysSo() {
        assertSame(
                "issue-zh-CN.fallback.json", DeliveryJson.text(DeliveryShapes.issue(snapshot, publication, ZH, true)));
    }

    @Test
    void issueInATargetLocaleMarksUntranslatedItemsAndLeavesOutAbsentTitles() {
        assertSame("issue-en.json", DeliveryJson.text(DeliveryShapes.issue(snapshot, publication, EN, false)));
    }

    @Test
    void anItemWrittenOnceInAnotherLanguageIsShownInItAndIsNoFallback() {
        JsonObject written = Json.createPointer("/locales/en/rubrics/0/items/1/sameInEveryLocale")
                .add(snapshot, JsonValue.TRUE);

        RubricItem untranslated = DeliveryShapes.issue(snapshot, publication, EN, false)
                .rubrics()
                .get(0)
                .items()
                .get(1);
        RubricItem sameInEveryLocale = DeliveryShapes.issue(written, publication, EN, false)
                .rubrics()
                .get(0)
                .items()
                .get(1);

        assertEquals("zh-CN", untranslated.locale());
        assertTrue(untranslated.fallback(), "not translated yet");
        assertEquals("zh-CN", sameInEveryLocale.locale());
        assertFalse(sameInEveryLocale.fallback(), "written once, in its own language");
    }

    @Test
    void theIssueCarriesItsMastheadLineWithItsLanguage() {
        JsonObject withLine = Json.createPointer("/locales/en/mastheadLine")
                .add(
                        snapshot,
                        Json.createObjectBuilder()
                                .add("text", "同一个地球网络")
                                .add("locale", "zh-CN")
                                .build());

        DeliveredIssue english = DeliveryShapes.issue(withLine, publication, EN, false);

        assertEquals(Optional.of(new IssueMastheadLine("同一个地球网络", "zh-CN")), english.mastheadLine());
        assertTrue(
                DeliveryJson.text(english).contains(",\"mastheadLine\":{\"text\":\"同一个地球网络\",\"locale\":\"zh-CN\"},"),
                DeliveryJson.text(english));
    }

    @Test
    void theIssueCarriesItsColophonFieldByFieldWithTheLanguageOfEachText() {
        JsonObject withColophon = Json.createPointer("/locales/en/colophonFields")
                .add(
                        snapshot,
                        Json.createObjectBuilder()
                                .add(
                                        "sourcesNote",
                                        Json.createObjectBuilder()
                                                .add("text", "简报内容来源于……")
                                                .add("locale", "zh-CN"))
                                .add(
                                        "editor",
                                        Json.createObjectBuilder()
                                                .add("text", "Wang Jing")
                                                .add("locale", "en"))
                                .add("email", "wangj@mepcec.com")
                                .build());

        DeliveredIssue english = DeliveryShapes.issue(withColophon, publication, EN, false);

        IssueColophon colophon = english.colophon().orElseThrow();
        assertEquals(Optional.of(new ColophonText("简报内容来源于……", "zh-CN")), colophon.sourcesNote());
        assertEquals(Optional.empty(), colophon.website(), "neither the issue nor the publication has one");
        assertTrue(
                DeliveryJson.text(english)
                        .contains(",\"colophon\":{\"sourcesNote\":{\"text\":\"简报内容来源于……\",\"locale\":\"zh-CN\"},"
                                + "\"editor\":{\"text\":\"Wang Jing\",\"locale\":\"en\"},"
                                + "\"email\":\"wangj@mepcec.com\"},\"renderings\":["),
                DeliveryJson.text(english));
        assertEquals(
                Optional.empty(),
                DeliveryShapes.issue(snapshot, publication, EN, false).colophon(),
                "a snapshot taken before keeps its document's bytes (the tests above)");
    }

    @Test
    void theIssueCarriesThePublicationsTaglineInTheLanguageItIsWrittenIn() {
        Publication withTagline = SampleEdition.publication();
        withTagline.describe(TextByLocale.of(Map.of(EN, "One planet, procure with care")), ColophonDefaults.none());

        DeliveredIssue chinese = DeliveryShapes.issue(snapshot, withTagline, ZH, false);

        assertEquals(
                Optional.of(new IssueTagline("One planet, procure with care", "en")),
                chinese.publication().tagline());
        assertEquals(
                "{\"slug\":\"spp-newsletter\",\"title\":\"可持续公共采购计划简报\","
                        + "\"tagline\":{\"text\":\"One planet, procure with care\",\"locale\":\"en\"}}",
                DeliveryJson.text(chinese.publication()));
    }

    @Test
    void itemsAloneCarryTheirIssueAndRubric() {
        JsonObjectBuilder items = Json.createObjectBuilder();
        StringBuilder bytes = new StringBuilder("{");
        DeliveryShapes.items(DeliveryShapes.issue(snapshot, publication, EN, false))
                .forEach((id, item) -> {
                    String json = DeliveryJson.text(item);
                    items.add(id.toString(), DeliveryShapes.parse(json));
                    bytes.append(bytes.length() > 1 ? "," : "")
                            .append('"')
                            .append(id)
                            .append("\":")
                            .append(json);
                });
        assertEquals(expected("items-en.json"), items.build());
        assertEquals(SampleEdition.resource("items-en.json"), bytes.append('}').toString());
    }

    @Test
    void listEntriesAreTodaysDocuments() {
        assertSame(
                "list-entry-zh-CN.json",
                DeliveryJson.text(DeliveryShapes.listEntry(edition, snapshot, publication, ZH)));
        assertSame(
                "list-entry-en.json", DeliveryJson.text(DeliveryShapes.listEntry(edition, snapshot, publication, EN)));
    }

    @Test
    void publicationIsListedAsToday() {
        assertSame("publication.json", DeliveryJson.text(DeliveryShapes.describe(publication)));
    }

    @Test
    void issuePagesSpliceCompiledEntries() {
        byte[] entry = DeliveryJson.bytes(DeliveryShapes.listEntry(edition, snapshot, publication, EN));
        assertSame(
                "issue-page-en.json",
                new String(DeliveryShapes.issuePage(publication, EN, 2, 1, 3, List.of(entry)), StandardCharsets.UTF_8));
        assertSame(
                "issue-page-empty.json",
                new String(DeliveryShapes.issuePage(publication, EN, 5, 1, 3, List.of()), StandardCharsets.UTF_8));
    }

    private static void assertSame(String expected, String actual) {
        assertEquals(expected(expected), DeliveryShapes.parse(actual), expected);
        assertEquals(SampleEdition.resource(expected), actual, expected + " byte for byte");
    }

    private static JsonObject expected(String name) {
        return DeliveryShapes.parse(SampleEdition.resource(name));
    }
}
