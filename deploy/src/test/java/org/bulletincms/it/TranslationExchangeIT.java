package org.bulletincms.it;

import static org.bulletincms.it.ApiAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * An issue's English translation goes out as XLIFF and comes back (docs/translation-exchange.md): the 1.2 export is
 * read by the translate-toolkit, an independent tool; the translator's file is applied through the translation
 * form's path and read back through the API; every file refused whole writes nothing.
 */
@ExtendWith(ArquillianExtension.class)
class TranslationExchangeIT {

    private static final String NEWS = "news/2024-2-regional-food-systems";
    private static final String DECLARATION = "declaration/2024-2-chaillot";
    /** The WSIS flyer, written once in English and shown so in every locale. */
    private static final String FLYER = "event/2024-2-dpi-wsis";

    private static final String XLIFF = "application/xliff+xml";
    private static final String TMX = "application/x-tmx+xml";
    /** The server's default cms.translation.xliff-max-bytes. */
    private static final long MAX_BYTES = 10L * 1024 * 1024;

    /** The rubric titles both seed issues have (the colophon's rubric has none). */
    private static final List<String> SHARED_RUBRIC_TITLES = List.of("同一个地球网络最新进展", "可持续公共采购计划最新进展", "合作伙伴最新进展");

    /**
     * The colophon lines both seed issues print alike and that are translated: the note on the sources
     * (简报内容来源于“同一个地球网络”…汇编制作。) and the editor (编辑：王璟, the field holding 王璟). The e-mail address and the
     * web site, alike too, are shared fields: the same in every locale, never translated.
     */
    private static final List<String> SHARED_COLOPHON_FIELDS = List.of("sourcesNote", "editor");

    /** A partner's name in an item of each seed: the publisher of a report of UNEP's (联合国环境规划署). */
    private static final String UNEP_2021 = "report-summary/2021-4-unep-spp-guidelines";

    private static final String UNEP_2024 = "report-summary/2024-2-dpi-environmental-sustainability";

    @TempDir
    Path dir;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return BulletinDeployment.forTests();
    }

    private static String path(SeedIssue2024No2 issue) {
        return "/api/v1/issues/" + issue.issue() + "/translations/en/xliff";
    }

    /**
     * The published issue, once its translations are in the memory: a worker records them just after the
     * publication commits, so a publish does not wait for the memory.
     */
    private static SeedIssue2024No2 remembered(SeedIssue2024No2 published) {
        remembered(published.issue());
        return published;
    }

    private static void remembered(String publishedIssue) {
        Eventually.until(
                () -> Api.as(DemoUser.EDITH)
                        .get("/api/v1/translation-memory/tmx/zh-CN/en")
                        .body(),
                tmx -> tmx.contains("urn:bulletin-cms:issue:" + publishedIssue),
                Duration.ofSeconds(30),
                "the translations of issue " + publishedIssue + " in the translation memory");
    }

    private static Api.Reply export(SeedIssue2024No2 issue, String query) {
        Api.Reply reply = Api.as(DemoUser.TOM).get(path(issue) + query);
        assertEquals(200, reply.status(), reply::toString);
        assertTrue(reply.contentType().startsWith(XLIFF), reply::toString);
        return reply;
    }

    private static Api.Reply upload(DemoUser user, SeedIssue2024No2 issue, String xliff, String contentType) {
        return Api.as(user).send("PUT", path(issue), HttpRequest.BodyPublishers.ofString(xliff), contentType);
    }

    /** The file with the target of one unit replaced, as a CAT tool writes it back. */
    private static String withTarget(String xliff, String unit, String target) {
        Matcher matcher = Pattern.compile(
                        "(<unit id=\"" + Pattern.quote(unit)
                                + "\"(?:(?!</unit>).)*?<target xml:space=\"preserve\">)(.*?)(</target>)",
                        Pattern.DOTALL)
                .matcher(xliff);
        assertTrue(matcher.find(), () -> unit + " has a target in the export:\n" + xliff);
        return xliff.substring(0, matcher.start(2)) + target + xliff.substring(matcher.end(2));
    }

    private static String targetOf(String xliff, String unit) {
        Matcher matcher = Pattern.compile(
                        "<unit id=\"" + Pattern.quote(unit)
                                + "\"(?:(?!</unit>).)*?<target xml:space=\"preserve\">(.*?)</target>",
                        Pattern.DOTALL)
                .matcher(xliff);
        assertTrue(matcher.find(), () -> unit + " has a target in the export");
        return matcher.group(1);
    }

    private static JsonObject english(String itemId) {
        return Workflow.item(itemId)
                .getJsonObject("content")
                .getJsonObject("localized")
                .getJsonObject("en");
    }

    @Test
    void theTranslatorExportsTheIssueTranslatesItElsewhereAndImportsItBack() throws Exception {
        SeedIssue2024No2 earlier = remembered(SeedIssue2024No2.published(List.of(NEWS)));
        SeedIssue2024No2 issue = SeedIssue2024No2.inTranslation(List.of(NEWS, DECLARATION));
        String news = issue.items().get(0);
        String declaration = issue.items().get(1);

        String po = throughTranslateToolkit(export(issue, "?version=1.2").body());
        String xliff = export(issue, "").body();

        assertAll(
                () -> assertTrue(po.contains("可持续公共采购促进可持续粮食系统的区域路径"), po),
                () -> assertTrue(
                        po.contains(
                                "Regional pathways for sustainable public procurement for sustainable food systems"),
                        po),
                () -> assertTrue(xliff.contains("version=\"2.1\""), xliff),
                () -> assertTrue(xliff.contains("<mda:meta type=\"source-fingerprint\">"), xliff),
                () -> assertTrue(xliff.contains("<note category=\"field\">Body</note>"), xliff),
                () -> assertTrue(!xliff.contains("address-unknown"), "a shared field is never exported"),
                () -> assertTrue(
                        Pattern.compile("<mtc:match ref=\"#seg\" type=\"tm\" matchQuality=\"100\" similarity=\"100\""
                                        + " origin=\"urn:bulletin-cms:issue:" + earlier.issue()
                                        + "\"><source>同一个地球网络最新进展</source><target>One Planet Network updates"
                                        + "</target>")
                                .matcher(xliff)
                                .find(),
                        "the rubric title published before is offered from the translation memory:\n" + xliff));
        String intro = "item:" + declaration + ":intro";
        assertTrue(targetOf(xliff, intro).startsWith("<pc id=\"1\" dataRefStart=\"s1\" dataRefEnd=\"e1\">"));
        String translated = withTarget(xliff, "item:" + news + ":title", "Regional routes to sustainable food systems");
        translated = withTarget(
                translated,
                intro,
                targetOf(xliff, intro).replace("Representatives of 70 countries", "Delegates of 70 countries"));
        translated = withTarget(translated, "item:" + declaration + ":commitments.2", "Promote labels &amp; standards");

        Api.Reply reply = upload(DemoUser.TOM, issue, translated, XLIFF);

        assertEquals(200, reply.status(), reply::toString);
        JsonObject report = reply.json();
        Map<String, String> outcomes = report.getJsonArray("units").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(unit -> unit.getString("id"), unit -> unit.getString("outcome")));
        assertAll(
                () -> assertEquals("applied", outcomes.get("item:" + news + ":title"), report::toString),
                () -> assertEquals("applied", outcomes.get(intro), report::toString),
                () -> assertEquals("applied", outcomes.get("item:" + declaration + ":commitments.2"), report::toString),
                () -> assertEquals("unchanged", outcomes.get("item:" + news + ":kicker"), report::toString),
                () -> assertEquals(0, report.getInt("refused"), report::toString),
                () -> assertEquals(0, report.getInt("outdated"), report::toString));
        assertEquals(
                "Regional routes to sustainable food systems", english(news).getString("title"));
        String englishIntro = english(declaration).getString("intro");
        assertTrue(englishIntro.startsWith("<p>Delegates of 70 countries signed"), englishIntro);
        assertTrue(englishIntro.endsWith("</p>"), englishIntro);
        assertEquals(
                "Promote labels & standards",
                english(declaration).getJsonArray("commitments").getString(2));
        assertEquals(
                "in-progress",
                Workflow.translations(issue.issue()).getJsonArray("items").getValuesAs(JsonObject.class).stream()
                        .filter(item -> item.getString("item").equals(news))
                        .findFirst()
                        .orElseThrow()
                        .getJsonObject("locales")
                        .getJsonObject("en")
                        .getString("status"),
                "the import recorded the translation as made from the current source");
    }

    @Test
    void aUnitWhoseSourceChangedSinceTheExportIsOutdatedAndTheReportShowsTheChangedCharacters() {
        SeedIssue2024No2 issue = SeedIssue2024No2.inTranslation(List.of(NEWS, DECLARATION));
        String news = issue.items().get(0);
        String declaration = issue.items().get(1);
        String xliff = export(issue, "").body();
        String titleUnit = "item:" + news + ":title";
        String titleBefore = english(news).getString("title");
        // the editor changes the source after the export: one character more
        rewrite(news, Map.of("title", "可持续公共采购促进可持续粮食系统的区域新路径"));
        String translated = withTarget(xliff, titleUnit, "New regional routes to sustainable food systems");
        translated = withTarget(translated, "item:" + declaration + ":commitments.2", "Promote labels and standards");

        Api.Reply reply = upload(DemoUser.TOM, issue, translated, XLIFF);

        assertEquals(200, reply.status(), reply::toString);
        JsonObject report = reply.json();
        Map<String, JsonObject> units = report.getJsonArray("units").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(unit -> unit.getString("id"), unit -> unit));
        JsonObject title = units.get(titleUnit);
        assertAll(
                () -> assertEquals("outdated", title.getString("outcome"), report::toString),
                () -> assertEquals("可持续公共采购促进可持续粮食系统的区域路径", title.getString("sourceThen")),
                () -> assertEquals("可持续公共采购促进可持续粮食系统的区域新路径", title.getString("sourceNow")),
                () -> assertEquals(
                        List.of("same 可持续公共采购促进可持续粮食系统的区域", "added 新", "same 路径"),
                        title.getJsonArray("sourceChanges").getValuesAs(JsonObject.class).stream()
                                .map(run -> run.getString("kind") + " " + run.getString("text"))
                                .toList(),
                        title::toString),
                () -> assertEquals(
                        "applied",
                        units.get("item:" + declaration + ":commitments.2").getString("outcome"),
                        report::toString),
                () -> assertTrue(
                        !units.get("item:" + declaration + ":commitments.2").containsKey("sourceChanges"),
                        "only an outdated unit has source changes"));
        assertEquals(titleBefore, english(news).getString("title"), "an outdated unit is not applied");
        assertEquals(
                "Promote labels and standards",
                english(declaration).getJsonArray("commitments").getString(2));
    }

    @Test
    void anItemWrittenOnceTakesNoTranslationFromTheFormNorFromAFile() {
        SeedIssue2024No2 issue = SeedIssue2024No2.inTranslation(List.of(NEWS, FLYER));
        String news = issue.items().get(0);
        String flyer = issue.items().get(1);
        String before = Workflow.item(flyer).toString();
        String etag = Api.as(DemoUser.TOM)
                .get("/api/v1/items/" + flyer)
                .header("ETag")
                .orElseThrow();
        String values = jakarta.json.Json.createObjectBuilder()
                .add("values", jakarta.json.Json.createObjectBuilder().add("title", "数字公共基础设施的未来"))
                .build()
                .toString();

        Api.Reply refused = Api.as(DemoUser.TOM)
                .header("If-Match", etag)
                .header("Accept-Language", "zh-CN")
                .send(
                        "PUT",
                        "/api/v1/items/" + flyer + "/translations/en",
                        HttpRequest.BodyPublishers.ofString(values),
                        "application/json");

        assertProblem(refused, 409, "item-written-once");
        assertEquals("en", refused.json().getString("writtenIn"), refused::toString);
        assertTrue(refused.json().getString("detail").contains("各语言版本都照此显示"), refused::toString);
        assertEquals(before, Workflow.item(flyer).toString(), "nothing was written");

        // A file holding a unit for it (hand-made, or exported before it was marked): that unit is refused.
        String xliff = export(issue, "").body();
        assertTrue(!xliff.contains("item:" + flyer), "the export leaves it out:\n" + xliff);
        Matcher newsTitle = Pattern.compile(
                        "<unit id=\"item:" + Pattern.quote(news) + ":title\".*?</unit>", Pattern.DOTALL)
                .matcher(xliff);
        assertTrue(newsTitle.find(), xliff);
        String flyerTitle = newsTitle.group().replace("item:" + news + ":title", "item:" + flyer + ":title");
        String withFlyer = xliff.substring(0, newsTitle.end()) + flyerTitle + xliff.substring(newsTitle.end());

        Api.Reply reply = upload(DemoUser.TOM, issue, withFlyer, XLIFF);

        assertEquals(200, reply.status(), reply::toString);
        JsonObject unit = reply.json().getJsonArray("units").getValuesAs(JsonObject.class).stream()
                .filter(u -> u.getString("id").equals("item:" + flyer + ":title"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(reply.toString()));
        assertEquals("refused", unit.getString("outcome"), reply::toString);
        assertEquals(
                "xliff.unit-written-once",
                unit.getJsonArray("reasons").getJsonObject(0).getString("code"),
                reply::toString);
        assertEquals(before, Workflow.item(flyer).toString(), "nothing was written");
    }

    @Test
    void anEditorImportsAFileAndIsRecordedAsItsWriter() {
        SeedIssue2024No2 issue = SeedIssue2024No2.inTranslation(List.of(NEWS));
        String news = issue.items().get(0);
        String translated = withTarget(
                export(issue, "").body(), "item:" + news + ":title", "Regional routes to sustainable food systems");

        Api.Reply reply = upload(DemoUser.EDITH, issue, translated, XLIFF);

        assertEquals(200, reply.status(), reply::toString);
        assertEquals(1, reply.json().getInt("applied"), reply::toString);
        assertEquals(
                "Regional routes to sustainable food systems", english(news).getString("title"));
        JsonObject newest = Api.as(DemoUser.EDITH)
                .get("/api/v1/items/" + news + "/revisions")
                .json()
                .getJsonArray("revisions")
                .getJsonObject(0);
        assertEquals("edith", newest.getString("by"), newest::toString);
    }

    @Test
    void aFileRefusedWholeWritesNothing() throws Exception {
        SeedIssue2024No2 issue = SeedIssue2024No2.inTranslation(List.of(NEWS));
        String news = issue.items().get(0);
        String before = Workflow.item(news).toString();
        String changed = withTarget(export(issue, "").body(), "item:" + news + ":title", "Changed by a bad file");
        String declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";
        assertTrue(changed.startsWith(declaration), changed);
        String body = changed.substring(declaration.length());

        assertAll(
                () -> assertProblem(
                        upload(
                                DemoUser.TOM,
                                issue,
                                changed.replace(issue.issue(), UUID.randomUUID().toString()),
                                XLIFF),
                        409,
                        "xliff-other-target"),
                () -> assertProblem(
                        upload(DemoUser.TOM, issue, changed.replace("trgLang=\"en\"", "trgLang=\"fr\""), XLIFF),
                        409,
                        "xliff-other-target"),
                () -> assertProblem(
                        upload(
                                DemoUser.TOM,
                                issue,
                                declaration + "<!DOCTYPE xliff [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>" + body,
                                XLIFF),
                        400,
                        "xliff-unreadable"),
                () -> assertProblem(
                        upload(DemoUser.TOM, issue, declaration + billionLaughs() + body, XLIFF),
                        400,
                        "xliff-unreadable"),
                () -> assertProblem(
                        upload(DemoUser.TOM, issue, changed.substring(0, changed.length() / 2), XLIFF),
                        400,
                        "xliff-unreadable"),
                () -> assertProblem(
                        upload(DemoUser.TOM, issue, changed, "application/json"), 415, "unsupported-media-type"),
                () -> assertProblem(upload(DemoUser.ANNA, issue, changed, XLIFF), 403, "forbidden"),
                () -> {
                    String answer = declaredTooLarge(issue);
                    assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
                    assertTrue(answer.contains("urn:bulletin-cms:problem:request-too-large"), answer);
                });
        assertEquals(before, Workflow.item(news).toString(), "no refused file wrote anything");
    }

    private static String matchesPath(SeedIssue2024No2 issue) {
        return "/api/v1/issues/" + issue.issue() + "/translations/en/matches";
    }

    /** The matches the memory offers a unit of the issue, as the translation view gets them. */
    private static List<JsonObject> matchesOf(SeedIssue2024No2 issue, String unit) {
        Api.Reply reply = Api.as(DemoUser.TOM).get(matchesPath(issue));
        assertEquals(200, reply.status(), reply::toString);
        return reply.json().getJsonArray("units").getValuesAs(JsonObject.class).stream()
                .filter(offered -> offered.getString("id").equals(unit))
                .findFirst()
                .map(offered -> offered.getJsonArray("matches").getValuesAs(JsonObject.class))
                .orElse(List.of());
    }

    /** The paragraphs of a rich text of the issue that the memory has matches for. */
    private static List<JsonObject> paragraphsOf(SeedIssue2024No2 issue, String unit) {
        Api.Reply reply = Api.as(DemoUser.TOM).get(matchesPath(issue));
        assertEquals(200, reply.status(), reply::toString);
        return reply.json().getJsonArray("units").getValuesAs(JsonObject.class).stream()
                .filter(offered -> offered.getString("id").equals(unit))
                .findFirst()
                .map(offered -> offered.getJsonArray("paragraphs").getValuesAs(JsonObject.class))
                .orElse(List.of());
    }

    /** The issue's item with its Chinese values changed as an editor changes them while it is in translation. */
    private static void rewrite(String itemId, Map<String, String> chinese) {
        JsonObject content = Workflow.item(itemId).getJsonObject("content");
        JsonObjectBuilder zh =
                Json.createObjectBuilder(content.getJsonObject("localized").getJsonObject("zh-CN"));
        chinese.forEach(zh::add);
        JsonObject changed = Json.createObjectBuilder(content)
                .add(
                        "localized",
                        Json.createObjectBuilder(content.getJsonObject("localized"))
                                .add("zh-CN", zh))
                .build();
        Workflow.ok(Workflow.edit(DemoUser.EDITH, itemId, changed));
    }

    @Test
    void theMemoryOffersNearMatchesWithTheirSimilarityAndFillsExactOnesOnlyWhenAsked() {
        remembered(SeedIssue2024No2.published(List.of(NEWS)));
        SeedIssue2024No2 issue = SeedIssue2024No2.inTranslation(List.of(NEWS, DECLARATION));
        String news = issue.items().get(0);
        String declaration = issue.items().get(1);
        // one character more than the title published before (21 → 22 characters): 95 per cent; and one more in
        // the second of the body's three paragraphs
        String body = Workflow.item(news)
                .getJsonObject("content")
                .getJsonObject("localized")
                .getJsonObject("zh-CN")
                .getString("body");
        rewrite(news, Map.of("title", "可持续公共采购促进可持续粮食系统的区域新路径", "body", body.replace("”新项目，", "”新的项目，")));
        // the rubric title published before, now the declaration's name: an exact match
        rewrite(declaration, Map.of("declarationName", "同一个地球网络最新进展"));
        String nameBefore = english(declaration).getString("declarationName");

        List<JsonObject> title = matchesOf(issue, "item:" + news + ":title");
        List<JsonObject> name = matchesOf(issue, "item:" + declaration + ":declarationName");
        List<JsonObject> paragraphs = paragraphsOf(issue, "item:" + news + ":body");
        String xliff = export(issue, "").body();
        String xliff12 = export(issue, "?version=1.2").body();

        assertAll(
                () -> assertTrue(
                        title.stream()
                                .anyMatch(match -> match.getInt("similarity") == 95
                                        && match.getString("target")
                                                .equals("Regional pathways for sustainable public procurement for"
                                                        + " sustainable food systems")),
                        title::toString),
                () -> assertEquals(100, name.get(0).getInt("similarity"), name::toString),
                () -> assertEquals("One Planet Network updates", name.get(0).getString("target")),
                () -> assertTrue(xliff.contains("matchQuality=\"95\" similarity=\"95\""), xliff),
                () -> assertTrue(
                        Pattern.compile("<mtc:match ref=\"#[0-9]+\" type=\"tm\" matchQuality=\"99\" similarity=\"99\"")
                                .matcher(xliff)
                                .find(),
                        "a paragraph's near match points at the paragraph's code: " + xliff),
                () -> assertTrue(
                        xliff12.contains("<note from=\"paragraph\">2</note></alt-trans>"),
                        "a paragraph's near match says which paragraph: " + xliff12),
                () -> assertEquals(
                        List.of(1, 2, 3),
                        paragraphs.stream().map(p -> p.getInt("paragraph")).toList(),
                        paragraphs::toString),
                () -> assertEquals(
                        100,
                        paragraphs
                                .get(0)
                                .getJsonArray("matches")
                                .getJsonObject(0)
                                .getInt("similarity"),
                        "an unchanged paragraph is an exact match"),
                () -> assertTrue(
                        paragraphs
                                .get(0)
                                .getJsonArray("matches")
                                .getJsonObject(0)
                                .getString("target")
                                .startsWith("With the large demand for food from public institutions"),
                        paragraphs::toString),
                () -> assertEquals(
                        99,
                        paragraphs
                                .get(1)
                                .getJsonArray("matches")
                                .getJsonObject(0)
                                .getInt("similarity"),
                        "a paragraph with one character more is a near match"),
                () -> assertEquals(
                        nameBefore,
                        english(declaration).getString("declarationName"),
                        "nothing is filled in until the translator asks"));

        Api.Reply filled = Api.as(DemoUser.TOM)
                .send("POST", matchesPath(issue) + "/exact", HttpRequest.BodyPublishers.noBody(), null);

        assertEquals(200, filled.status(), filled::toString);
        Map<String, String> outcomes = filled.json().getJsonArray("units").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(unit -> unit.getString("id"), unit -> unit.getString("outcome")));
        assertEquals(Map.of("item:" + declaration + ":declarationName", "applied"), outcomes, filled::toString);
        assertEquals("One Planet Network updates", english(declaration).getString("declarationName"));
        assertTrue(
                english(news).getString("title").startsWith("Regional pathways"),
                "a near match is never filled in: the item whose title has only a near match is left as it was");
    }

    @Test
    void editorsCorrectAndDeleteEntriesWithIfMatchAndAnUnpublishedIssueLeavesTheMemory() {
        SeedIssue2024No2 earlier = remembered(SeedIssue2024No2.published(List.of(DECLARATION)));
        SeedIssue2024No2 issue = SeedIssue2024No2.inTranslation(List.of(DECLARATION));
        String declaration = issue.items().get(0);
        String entry = matchesOf(issue, "item:" + declaration + ":title").stream()
                .filter(match -> match.getString("issue", "").equals(earlier.issue()))
                .findFirst()
                .orElseThrow()
                .getString("entry");
        String intro = matchesOf(issue, "item:" + declaration + ":intro").stream()
                .filter(match -> match.getString("issue", "").equals(earlier.issue()))
                .findFirst()
                .orElseThrow()
                .getString("entry");
        String path = "/api/v1/translation-memory/entries/" + entry;

        Api.Reply read = Api.as(DemoUser.EDITH).get(path);
        assertEquals(200, read.status(), read::toString);
        String etag = read.header("ETag").orElseThrow();
        JsonObject correction = Json.createObjectBuilder()
                .add("target", "Chaillot Declaration adopted at the first Buildings and Climate Global Forum")
                .build();

        assertAll(
                () -> assertProblem(Api.as(DemoUser.TOM).get(path), 403, "forbidden"),
                () -> assertProblem(
                        Api.as(DemoUser.EDITH)
                                .send(
                                        "PUT",
                                        path,
                                        HttpRequest.BodyPublishers.ofString(correction.toString()),
                                        "application/json"),
                        428,
                        "precondition-required"),
                () -> assertProblem(
                        Editorial.put(
                                DemoUser.EDITH,
                                "/api/v1/translation-memory/entries/" + intro,
                                Api.as(DemoUser.EDITH)
                                        .get("/api/v1/translation-memory/entries/" + intro)
                                        .header("ETag")
                                        .orElseThrow(),
                                Json.createObjectBuilder()
                                        .add("target", "<p>Delegates</p><p>signed</p>")
                                        .build()),
                        422,
                        "invalid-content"),
                () -> {
                    // a rich-text correction of markup alone would offer nothing as an exact match
                    Api.Reply empty = Editorial.put(
                            DemoUser.EDITH,
                            "/api/v1/translation-memory/entries/" + intro,
                            Api.as(DemoUser.EDITH)
                                    .get("/api/v1/translation-memory/entries/" + intro)
                                    .header("ETag")
                                    .orElseThrow(),
                            Json.createObjectBuilder().add("target", "<p> </p>").build());
                    assertProblem(empty, 422, "invalid-content");
                    assertEquals(
                            "memory.correction-empty",
                            empty.json().getJsonArray("errors").getJsonObject(0).getString("code"),
                            empty::toString);
                });
        Api.Reply corrected = Editorial.put(DemoUser.EDITH, path, etag, correction);
        assertEquals(200, corrected.status(), corrected::toString);
        assertEquals(correction.getString("target"), corrected.json().getString("target"));
        assertEquals(
                correction.getString("target"),
                matchesOf(issue, "item:" + declaration + ":title").stream()
                        .filter(match -> match.getString("entry").equals(entry))
                        .findFirst()
                        .orElseThrow()
                        .getString("target"),
                "the translation view offers the corrected translation");
        assertProblem(Editorial.put(DemoUser.EDITH, path, etag, correction), 412, "precondition-failed");

        Api.Reply deleted =
                Editorial.delete(DemoUser.EDITH, path, corrected.header("ETag").orElseThrow());
        assertEquals(204, deleted.status(), deleted::toString);
        assertProblem(Api.as(DemoUser.EDITH).get(path), 404, "not-found");

        Workflow.ok(Workflow.take(DemoUser.ANNA, earlier.issue(), "unpublish", "撤下"));
        assertTrue(
                matchesOf(issue, "item:" + declaration + ":intro").stream()
                        .noneMatch(match -> match.getString("issue", "").equals(earlier.issue())),
                "the unpublished issue's translations left the memory");
    }

    /**
     * Issue 18's memory test, the way a bimonthly bulletin repeats itself: 2021 No. 4 is entered in Chinese,
     * translated into the seed's English with the translation form, signed off and published; the next issue, 2024
     * No. 2, drafted in Chinese alone (its rubric titles too), is offered the texts the two seeds share as exact
     * matches with 2021 No. 4's English, in the translation view and the XLIFF export; and the memory's TMX, imported
     * into the same memory, changes nothing.
     */
    @Test
    void seedIssue2021No4PublishedInEnglishOffersItsRubricTitlesAndColophonLinesTo2024No2AndItsTmxReimportsUnchanged() {
        assertEquals(
                SHARED_RUBRIC_TITLES,
                SeedIssuesIT.ISSUE_2024_2.stream()
                        .map(SeedIssuesIT.SeedRubric::zh)
                        .filter(title -> SeedIssuesIT.ISSUE_2021_4.stream()
                                .anyMatch(rubric -> title != null && title.equals(rubric.zh())))
                        .toList(),
                "the rubric titles the seeds share");
        JsonObject colophon2021 =
                XliffStandardsIT.sample("colophon/2021-4-colophon").getJsonObject("localized");
        JsonObject colophon2024 =
                XliffStandardsIT.sample("colophon/2024-2-colophon").getJsonObject("localized");
        assertEquals(
                Set.copyOf(SHARED_COLOPHON_FIELDS),
                colophon2024.getJsonObject("zh-CN").keySet().stream()
                        .filter(field -> colophon2024
                                .getJsonObject("zh-CN")
                                .get(field)
                                .equals(colophon2021.getJsonObject("zh-CN").get(field)))
                        .collect(Collectors.toSet()),
                "the colophon lines the seeds share");
        JsonObject publication = SeedIssuesIT.startSeedPublication();
        XliffStandardsIT.Entered earlier =
                XliffStandardsIT.enterChinese(publication, 2021, 4, 6, SeedIssuesIT.ISSUE_2021_4, true);
        earlier.samplesByItem().forEach((item, file) -> {
            JsonObject sample = XliffStandardsIT.sample(file);
            if (!sample.containsKey("sameInEveryLocale")) {
                Workflow.ok(Workflow.translate(
                        DemoUser.TOM,
                        item,
                        "en",
                        sample.getJsonObject("localized").getJsonObject("en")));
            }
        });
        Workflow.ok(Workflow.markDone(DemoUser.TOM, earlier.issue(), "en"));
        Workflow.ok(Workflow.take(DemoUser.EDITH, earlier.issue(), "submit-for-review", null));
        Workflow.ok(Workflow.take(DemoUser.ANNA, earlier.issue(), "approve", "可以发布"));
        Workflow.ok(Workflow.take(DemoUser.EDITH, earlier.issue(), "publish", null));
        remembered(earlier.issue());

        XliffStandardsIT.Entered draft =
                XliffStandardsIT.enterChinese(publication, 2024, 2, 16, SeedIssuesIT.ISSUE_2024_2, false);

        // what each shared text of the draft is to be offered: the English 2021 No. 4 was published with
        Map<String, String> expected = new LinkedHashMap<>();
        Map<String, String> sources = new LinkedHashMap<>();
        for (JsonObject rubric : Api.as(DemoUser.TOM)
                .get("/api/v1/issues/" + draft.issue())
                .json()
                .getJsonArray("rubrics")
                .getValuesAs(JsonObject.class)) {
            String title = rubric.getJsonObject("title").getString("zh-CN", "");
            assertTrue(!rubric.getJsonObject("title").containsKey("en"), "drafted in Chinese alone: " + rubric);
            SeedIssuesIT.ISSUE_2021_4.stream()
                    .filter(published -> title.equals(published.zh()))
                    .findFirst()
                    .ifPresent(published -> {
                        expected.put("rubric:" + rubric.getString("id") + ":title", published.en());
                        sources.put("rubric:" + rubric.getString("id") + ":title", title);
                    });
        }
        String colophon = itemOf(draft, "colophon/2024-2-colophon");
        for (String field : SHARED_COLOPHON_FIELDS) {
            expected.put(
                    "item:" + colophon + ":" + field,
                    colophon2021.getJsonObject("en").getString(field));
            sources.put(
                    "item:" + colophon + ":" + field,
                    colophon2024.getJsonObject("zh-CN").getString(field));
        }
        String unep = "item:" + itemOf(draft, UNEP_2024) + ":publisher";
        expected.put(unep, localized(UNEP_2021, "en").getString("publisher"));
        sources.put(unep, localized(UNEP_2024, "zh-CN").getString("publisher"));
        assertEquals("联合国环境规划署", sources.get(unep));
        assertEquals(
                SHARED_RUBRIC_TITLES.size() + SHARED_COLOPHON_FIELDS.size() + 1, expected.size(), expected::toString);

        Api.Reply matches = Api.as(DemoUser.TOM).get("/api/v1/issues/" + draft.issue() + "/translations/en/matches");
        String xliff = Api.as(DemoUser.TOM)
                .get("/api/v1/issues/" + draft.issue() + "/translations/en/xliff")
                .body();

        assertEquals(200, matches.status(), matches::toString);
        Map<String, JsonObject> exactFromEarlier = new LinkedHashMap<>();
        for (JsonObject unit : matches.json().getJsonArray("units").getValuesAs(JsonObject.class)) {
            unit.getJsonArray("matches").getValuesAs(JsonObject.class).stream()
                    .filter(match -> match.getInt("similarity") == 100)
                    .filter(match -> match.getString("issue", "").equals(earlier.issue()))
                    .findFirst()
                    .ifPresent(match -> exactFromEarlier.put(unit.getString("id"), match));
        }
        assertAll(
                () -> assertEquals(
                        expected,
                        exactFromEarlier.entrySet().stream()
                                .collect(Collectors.toMap(
                                        Map.Entry::getKey,
                                        match -> match.getValue().getString("target"),
                                        (a, b) -> a,
                                        LinkedHashMap::new)),
                        "the texts of the draft offered an exact match of 2021 No. 4, and its English: "
                                + matches.body()),
                () -> assertEquals(
                        sources,
                        exactFromEarlier.entrySet().stream()
                                .collect(Collectors.toMap(
                                        Map.Entry::getKey,
                                        match -> match.getValue().getString("source"),
                                        (a, b) -> a,
                                        LinkedHashMap::new)),
                        matches::body),
                () -> expected.forEach((unit, english) -> assertTrue(
                        Pattern.compile(
                                        "<unit id=\"" + Pattern.quote(unit) + "\"(?:(?!</unit>).)*?"
                                                + Pattern.quote(
                                                        "<mtc:match ref=\"#seg\" type=\"tm\" matchQuality=\"100\""
                                                                + " similarity=\"100\" origin=\"urn:bulletin-cms:issue:"
                                                                + earlier.issue() + "\"><source>" + sources.get(unit)
                                                                + "</source><target>" + english + "</target>"),
                                        Pattern.DOTALL)
                                .matcher(xliff)
                                .find(),
                        unit + " is offered " + english + " in the XLIFF export:\n" + xliff)));

        // the memory as TMX, imported into the same pair: every unit is known, and the memory is as it was
        String path = "/api/v1/translation-memory/tmx/zh-CN/en";
        String tmx = Api.as(DemoUser.EDITH).get(path).body();
        long units = Pattern.compile("<tu ").matcher(tmx).results().count();
        Map<String, String> versions = new LinkedHashMap<>();
        exactFromEarlier.values().forEach(match -> versions.put(match.getString("entry"), entryTag(match)));

        Api.Reply again = Api.as(DemoUser.EDITH).send("PUT", path, HttpRequest.BodyPublishers.ofString(tmx), TMX);

        assertEquals(200, again.status(), again::toString);
        assertAll(
                () -> versions.keySet()
                        .forEach(entry -> assertTrue(tmx.contains("<tu tuid=\"" + entry + "\""), entry + " in " + tmx)),
                () -> assertEquals(units, again.json().getInt("unchanged"), again::toString),
                () -> assertEquals(0, again.json().getInt("applied"), again::toString),
                () -> assertEquals(0, again.json().getInt("refused"), again::toString),
                () -> assertEquals(
                        tmx,
                        Api.as(DemoUser.EDITH).get(path).body(),
                        "the memory is unchanged: as many entries, each with its id, texts, origin and date"),
                () -> versions.forEach((entry, tag) -> assertEquals(
                        tag,
                        Api.as(DemoUser.EDITH)
                                .get("/api/v1/translation-memory/entries/" + entry)
                                .header("ETag")
                                .orElseThrow(),
                        "entry " + entry + " is the version it was")));
    }

    /** The item of the entered issue made from the sample file. */
    private static String itemOf(XliffStandardsIT.Entered issue, String file) {
        return issue.samplesByItem().entrySet().stream()
                .filter(item -> item.getValue().equals(file))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseThrow(() -> new AssertionError(file + " is not in " + issue));
    }

    private static JsonObject localized(String file, String locale) {
        return XliffStandardsIT.sample(file).getJsonObject("localized").getJsonObject(locale);
    }

    /** The ETag of a match's memory entry, as an editor reads it. */
    private static String entryTag(JsonObject match) {
        return Api.as(DemoUser.EDITH)
                .get("/api/v1/translation-memory/entries/" + match.getString("entry"))
                .header("ETag")
                .orElseThrow();
    }

    @Test
    void theMemoryGoesOutAsTmxThatTheTranslateToolkitReadsAndComesBackUnchanged() throws Exception {
        remembered(SeedIssue2024No2.published(List.of(NEWS)));
        String path = "/api/v1/translation-memory/tmx/zh-CN/en";

        Api.Reply exported = Api.as(DemoUser.EDITH).get(path);
        assertEquals(200, exported.status(), exported::toString);
        assertTrue(exported.contentType().startsWith(TMX), exported::toString);
        String tmx = exported.body();
        long units = Pattern.compile("<tu ").matcher(tmx).results().count();
        String counted = throughPocount(tmx);
        Api.Reply again = Api.as(DemoUser.EDITH).send("PUT", path, HttpRequest.BodyPublishers.ofString(tmx), TMX);

        assertAll(
                () -> assertProblem(Api.as(DemoUser.TOM).get(path), 403, "forbidden"),
                () -> assertTrue(tmx.contains("<tmx version=\"1.4\">"), tmx),
                () -> assertTrue(tmx.contains("<seg>同一个地球网络最新进展</seg>"), tmx),
                () -> assertTrue(units > 0, tmx),
                () -> assertEquals(
                        Optional.of(units),
                        Pattern.compile("memory\\.tmx,\\s*(\\d+),")
                                .matcher(counted)
                                .results()
                                .map(found -> Long.parseLong(found.group(1)))
                                .findFirst(),
                        "pocount counts every unit translated: " + counted),
                () -> assertEquals(200, again.status(), again::toString),
                () -> assertEquals(units, again.json().getInt("unchanged"), again::toString),
                () -> assertEquals(0, again.json().getInt("applied"), again::toString));
    }

    @Test
    void anAgencysTmxComesInUnitByUnitAndAHostileOneWritesNothing() throws Exception {
        String path = "/api/v1/translation-memory/tmx/zh-CN/en";
        String source = "可持续公共采购促进可持续粮食系统的区域路径（代理机构）" + UUID.randomUUID();
        String agency = throughPo2tmx(source, "Regional pathways (agency)");
        String oneLocale = agency.replace("xml:lang=\"en\"", "xml:lang=\"fr\"");
        int before = tuCount(path);

        assertAll(
                () -> assertProblem(
                        Api.as(DemoUser.EDITH)
                                .send(
                                        "PUT",
                                        path,
                                        HttpRequest.BodyPublishers.ofString(agency.replace(
                                                "<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">",
                                                "<!DOCTYPE tmx [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>")),
                                        TMX),
                        400,
                        "tmx-unreadable"),
                () -> assertProblem(
                        Api.as(DemoUser.EDITH)
                                .send(
                                        "PUT",
                                        path,
                                        HttpRequest.BodyPublishers.ofString(agency.replace(
                                                "<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">",
                                                billionLaughs().replace("xliff", "tmx"))),
                                        TMX),
                        400,
                        "tmx-unreadable"),
                () -> assertProblem(
                        Api.as(DemoUser.EDITH)
                                .send(
                                        "PUT",
                                        path,
                                        HttpRequest.BodyPublishers.ofString(agency.substring(0, agency.length() / 2)),
                                        TMX),
                        400,
                        "tmx-unreadable"),
                () -> assertProblem(
                        Api.as(DemoUser.TOM).send("PUT", path, HttpRequest.BodyPublishers.ofString(agency), TMX),
                        403,
                        "forbidden"));
        assertEquals(before, tuCount(path), "no refused file wrote anything");

        Api.Reply refused =
                Api.as(DemoUser.EDITH).send("PUT", path, HttpRequest.BodyPublishers.ofString(oneLocale), TMX);
        Api.Reply applied = Api.as(DemoUser.EDITH).send("PUT", path, HttpRequest.BodyPublishers.ofString(agency), TMX);

        assertEquals(200, refused.status(), refused::toString);
        JsonObject unit = refused.json().getJsonArray("units").getJsonObject(0);
        assertEquals("refused", unit.getString("outcome"), refused::toString);
        assertEquals(
                "tmx.locale-missing",
                unit.getJsonArray("reasons").getJsonObject(0).getString("code"),
                refused::toString);
        assertEquals(200, applied.status(), applied::toString);
        assertEquals(1, applied.json().getInt("applied"), applied::toString);
        assertEquals(before + 1, tuCount(path));
        assertTrue(Api.as(DemoUser.EDITH).get(path).body().contains(source));
    }

    private static int tuCount(String path) {
        Api.Reply reply = Api.as(DemoUser.EDITH).get(path);
        assertEquals(200, reply.status(), reply::toString);
        return (int) Pattern.compile("<tu ").matcher(reply.body()).results().count();
    }

    /** What translate-toolkit's pocount makes of a TMX file (CSV: file, translated units, …). */
    private String throughPocount(String tmx) throws Exception {
        Path in = Files.writeString(dir.resolve("memory.tmx"), tmx);
        return run(List.of("pocount", "--csv", in.toString()));
    }

    /** A TMX file made by translate-toolkit's po2tmx from one PO entry, as an agency's tool would write it. */
    private String throughPo2tmx(String source, String target) throws Exception {
        Path in = Files.writeString(
                dir.resolve("agency.po"),
                "msgid \"\"\nmsgstr \"\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n\nmsgid \"" + source
                        + "\"\nmsgstr \"" + target + "\"\n");
        Path out = dir.resolve("agency.tmx");
        run(List.of("po2tmx", "-l", "en", "--source-language=zh-CN", "-i", in.toString(), "-o", out.toString()));
        return Files.readString(out);
    }

    private static String run(List<String> command) throws Exception {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException missing) {
            throw new AssertionError(
                    "translate-toolkit's " + command.get(0) + " is not installed: apt-get install translate-toolkit",
                    missing);
        }
        String said = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), command.get(0) + " finished");
        assertEquals(0, process.exitValue(), said);
        return said;
    }

    private static String billionLaughs() {
        StringBuilder doctype = new StringBuilder("<!DOCTYPE xliff [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            doctype.append("<!ENTITY lol")
                    .append(i)
                    .append(" \"")
                    .append(("&lol" + (i - 1) + ";").repeat(10))
                    .append("\">");
        }
        return doctype.append("]>").toString();
    }

    /** Headers only, declaring a body over the limit: the server answers without waiting for it. */
    private static String declaredTooLarge(SeedIssue2024No2 issue) throws IOException {
        URI base = Api.base();
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("PUT " + path(issue) + " HTTP/1.1\r\nHost: " + base.getHost() + "\r\nAuthorization: Bearer "
                            + DemoUser.TOM.token() + "\r\nContent-Type: " + XLIFF + "\r\nContent-Length: "
                            + (MAX_BYTES + 1) + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return response(socket.getInputStream());
        }
    }

    /** Status line, headers and body of one response, read without waiting for the connection to close. */
    private static String response(InputStream in) throws IOException {
        java.io.ByteArrayOutputStream head = new java.io.ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.write(b);
        }
        String headers = head.toString(StandardCharsets.ISO_8859_1);
        Matcher length = Pattern.compile("(?i)content-length: *(\\d+)").matcher(headers);
        byte[] body = length.find() ? in.readNBytes(Integer.parseInt(length.group(1))) : new byte[0];
        return headers + new String(body, StandardCharsets.UTF_8);
    }

    /** The file as translate-toolkit's xliff2po reads it: the PO file it makes. */
    private String throughTranslateToolkit(String xliff12) throws Exception {
        Path in = Files.writeString(dir.resolve("issue.xlf"), xliff12);
        Path out = dir.resolve("issue.po");
        Process process;
        try {
            process = new ProcessBuilder("xliff2po", "-i", in.toString(), "-o", out.toString())
                    .redirectErrorStream(true)
                    .start();
        } catch (IOException missing) {
            throw new AssertionError(
                    "translate-toolkit's xliff2po is not installed: apt-get install translate-toolkit"
                            + " (.ci/run installs it on a fresh machine)",
                    missing);
        }
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "xliff2po finished");
        String said = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), said);
        assertTrue(Files.exists(out), "xliff2po wrote no PO file: " + said);
        // PO wraps long strings over several quoted lines; joined, each is one string again
        return Files.readString(out).replace("\"\n\"", "");
    }
}
