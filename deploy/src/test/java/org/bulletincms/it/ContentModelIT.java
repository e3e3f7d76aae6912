package org.bulletincms.it;

import static org.bulletincms.it.ApiAssertions.assertProblem;
import static org.bulletincms.it.ApiAssertions.errorPointers;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The content model through the management API: publications, numbered issues, rubrics, items of plugin
 * section types, optimistic concurrency and what hostile or careless input gets. Every refusal is checked
 * to have written nothing, by reading again.
 */
@ExtendWith(ArquillianExtension.class)
class ContentModelIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return BulletinDeployment.forTests();
    }

    // --- section types --------------------------------------------------------------------------------

    @Test
    void sectionTypesAreListedWithTheirFieldsInChineseAndEnglish() {
        Api.Reply reply = Api.as(DemoUser.TOM).get("/api/v1/section-types");

        assertEquals(200, reply.status(), reply::toString);
        List<JsonObject> types = reply.jsonArray().getValuesAs(JsonObject.class);
        List<String> ids = types.stream().map(type -> type.getString("id")).toList();
        assertTrue(ids.containsAll(Samples.STANDARD_TYPES), () -> "standard types missing from " + ids);
        for (JsonObject type : types) {
            assertAll(
                    type.getString("id"),
                    () -> assertFalse(
                            type.getJsonObject("label").getString("zh").isBlank()),
                    () -> assertFalse(
                            type.getJsonObject("label").getString("en").isBlank()),
                    () -> assertFalse(type.getJsonArray("fields").isEmpty()),
                    () -> type.getJsonArray("fields")
                            .getValuesAs(JsonObject.class)
                            .forEach(field -> {
                                assertFalse(
                                        field.getJsonObject("label")
                                                .getString("zh")
                                                .isBlank(),
                                        field::toString);
                                assertFalse(
                                        field.getJsonObject("label")
                                                .getString("en")
                                                .isBlank(),
                                        field::toString);
                                assertTrue(
                                        field.containsKey("kind")
                                                && field.containsKey("translatable")
                                                && field.containsKey("requiredAtPublish"),
                                        field::toString);
                            }));
        }
    }

    @Test
    void theExamplePluginJarAddsItsTypeWhoseItemsCanBeCreated() {
        List<String> ids =
                Api.as(DemoUser.EDITH).get("/api/v1/section-types").jsonArray().getValuesAs(JsonObject.class).stream()
                        .map(type -> type.getString("id"))
                        .toList();
        assertTrue(ids.contains("tender-notice"), () -> ids.toString());

        JsonObject issue = freshIssue();
        JsonObject rubric = Editorial.addRubric(DemoUser.EDITH, issue, "招标信息", "Tenders");
        Api.Reply created = Editorial.addItem(
                DemoUser.EDITH, issue.getString("id"), rubric.getString("id"), "tender-notice", Samples.tenderNotice());

        assertEquals(201, created.status(), created::toString);
        assertEquals(
                "tender-notice",
                Api.as(DemoUser.ANNA)
                        .get(created.header("Location").orElseThrow())
                        .json()
                        .getString("type"));
    }

    // --- who may do what -----------------------------------------------------------------------------------

    @Test
    void anonymousCallersGetNothingFromTheManagementApi() {
        JsonObject issue = freshIssue();

        assertProblem(Api.anonymous().get("/api/v1/section-types"), 401, "unauthenticated");
        assertProblem(Api.anonymous().get("/api/v1/publications"), 401, "unauthenticated");
        assertProblem(Api.anonymous().get("/api/v1/issues/" + issue.getString("id")), 401, "unauthenticated");
    }

    @Test
    void translatorsAndApproversReadIssuesButCannotWriteThem() {
        JsonObject issue = freshIssue();
        String path = "/api/v1/issues/" + issue.getString("id");
        String etag = Api.as(DemoUser.EDITH).get(path).header("ETag").orElseThrow();

        assertEquals(200, Api.as(DemoUser.TOM).get(path).status());
        assertEquals(200, Api.as(DemoUser.ANNA).get(path).status());
        assertProblem(Api.as(DemoUser.TOM).post(path + "/rubrics", rubricTitle("新栏目", "New rubric")), 403, "forbidden");
        assertProblem(Editorial.put(DemoUser.ANNA, path, etag, cover(2030, 1, 1)), 403, "forbidden");
        assertProblem(Editorial.delete(DemoUser.TOM, path, etag), 403, "forbidden");
        assertEquals(etag, Api.as(DemoUser.EDITH).get(path).header("ETag").orElseThrow(), "nothing was written");
    }

    // --- issue numbers ---------------------------------------------------------------------------------------

    @Test
    void aSecondIssueWithTheSameNumberInTheSamePublicationIsAConflict() {
        JsonObject publication = Editorial.startPublication(DemoUser.EDITH);
        String issues = "/api/v1/publications/" + publication.getString("id") + "/issues";
        Editorial.draftIssue(DemoUser.EDITH, publication, 2024, 2, 16);

        Api.Reply sameNumber = Api.as(DemoUser.EDITH).post(issues, cover(2024, 2, 17));
        Api.Reply sameCumulative = Api.as(DemoUser.EDITH).post(issues, cover(2024, 3, 16));

        assertProblem(sameNumber, 409, "issue-number-taken");
        assertTrue(sameNumber.json().getString("detail").contains("2024年第2期"), sameNumber::toString);
        assertProblem(sameCumulative, 409, "issue-number-taken");
        assertTrue(sameCumulative.json().getString("detail").contains("总第16期"), sameCumulative::toString);
        assertEquals(
                1,
                Api.as(DemoUser.EDITH).get(issues).json().getJsonArray("issues").size(),
                "nothing written");
    }

    @Test
    void theSameNumberInAnotherPublicationIsFine() {
        Editorial.draftIssue(DemoUser.EDITH, Editorial.startPublication(DemoUser.EDITH), 2024, 2, 16);

        Editorial.draftIssue(DemoUser.EDITH, Editorial.startPublication(DemoUser.EDITH), 2024, 2, 16);
    }

    @Test
    void gapsInTheNumberingAreReported() {
        JsonObject publication = Editorial.startPublication(DemoUser.EDITH);
        Editorial.draftIssue(DemoUser.EDITH, publication, 2024, 1, 15);
        Editorial.draftIssue(DemoUser.EDITH, publication, 2024, 3, 17);

        JsonObject list = Api.as(DemoUser.TOM)
                .get("/api/v1/publications/" + publication.getString("id") + "/issues")
                .json();

        JsonObject numbering = list.getJsonObject("numbering");
        assertFalse(numbering.getBoolean("complete"));
        assertEquals(Json.createArrayBuilder().add(16).build(), numbering.getJsonArray("missingCumulativeNumbers"));
        assertEquals(
                Json.createArrayBuilder().add(2).build(),
                numbering.getJsonObject("missingNumbersByYear").getJsonArray("2024"));
        assertEquals(
                List.of(3, 1),
                list.getJsonArray("issues").getValuesAs(JsonObject.class).stream()
                        .map(issue -> issue.getInt("number"))
                        .toList(),
                "newest first");
    }

    @Test
    void anIssueNumberOutOfRangeIsNamed() {
        JsonObject publication = Editorial.startPublication(DemoUser.EDITH);
        JsonObject body = Json.createObjectBuilder()
                .add("year", 99)
                .add("number", 0)
                .add("cumulativeNumber", "16")
                .add("stage", "published")
                .build();

        Api.Reply reply =
                Api.as(DemoUser.EDITH).post("/api/v1/publications/" + publication.getString("id") + "/issues", body);

        assertProblem(reply, 422, "invalid-content");
        assertEquals(List.of("/cumulativeNumber", "/number", "/stage", "/year"), errorPointers(reply));
    }

    // --- rubrics and optimistic concurrency ----------------------------------------------------------------

    @Test
    void writesToAnIssueNeedIfMatchAndAStaleOneGets412WithTheCurrentETag() {
        JsonObject issue = freshIssue();
        String path = "/api/v1/issues/" + issue.getString("id");
        String etag = Api.as(DemoUser.EDITH).get(path).header("ETag").orElseThrow();
        Editorial.addRubric(DemoUser.EDITH, issue, "合作伙伴最新进展", "Partner updates");
        String current = Api.as(DemoUser.EDITH).get(path).header("ETag").orElseThrow();

        assertProblem(Editorial.put(DemoUser.EDITH, path, null, cover(2024, 2, 16)), 428, "precondition-required");
        Api.Reply stale = Editorial.put(DemoUser.EDITH, path, etag, cover(2024, 9, 99));
        assertProblem(stale, 412, "precondition-failed");
        assertEquals(current, stale.header("ETag").orElseThrow());
        assertEquals(2, Api.as(DemoUser.EDITH).get(path).json().getInt("number"), "the stale write changed nothing");

        Api.Reply fresh = Editorial.put(DemoUser.EDITH, path, current, cover(2024, 9, 99));
        assertEquals(200, fresh.status(), fresh::toString);
        assertEquals(9, fresh.json().getInt("number"));
    }

    @Test
    void rubricsAreAddedReorderedRetitledAndRemovedWhenEmpty() {
        JsonObject issue = freshIssue();
        String path = "/api/v1/issues/" + issue.getString("id");
        JsonObject network = Editorial.addRubric(DemoUser.EDITH, issue, "同一个地球网络最新进展", "One Planet Network updates");
        JsonObject programme = Editorial.addRubric(DemoUser.EDITH, issue, "可持续公共采购计划最新进展", "SPP programme updates");
        JsonObject partners = Editorial.addRubric(DemoUser.EDITH, issue, "合作伙伴最新进展", "Partner updates");

        Api.Reply reordered = Editorial.put(
                DemoUser.EDITH, path + "/rubric-order", etagOf(path), order(partners, network, programme));
        assertEquals(200, reordered.status(), reordered::toString);
        assertEquals(List.of("合作伙伴最新进展", "同一个地球网络最新进展", "可持续公共采购计划最新进展"), rubricTitles(path, "zh-CN"));

        assertProblem(
                Editorial.put(DemoUser.EDITH, path + "/rubric-order", etagOf(path), order(partners, network)),
                422,
                "invalid-order");

        Api.Reply retitled = Editorial.put(
                DemoUser.EDITH,
                path + "/rubrics/" + partners.getString("id"),
                etagOf(path),
                rubricTitle("合作伙伴动态", "News from partners"));
        assertEquals(200, retitled.status(), retitled::toString);
        assertEquals("News from partners", rubricTitles(path, "en").get(0));

        Api.Reply removed =
                Editorial.delete(DemoUser.EDITH, path + "/rubrics/" + programme.getString("id"), etagOf(path));
        assertEquals(200, removed.status(), removed::toString);
        assertEquals(List.of("合作伙伴动态", "同一个地球网络最新进展"), rubricTitles(path, "zh-CN"));
    }

    @Test
    void aRubricTitleInALocaleTheIssueDoesNotHaveIsRefused() {
        JsonObject issue = freshIssue();
        JsonObject body = Json.createObjectBuilder()
                .add("title", Json.createObjectBuilder().add("zh-CN", "栏目").add("fr", "Rubrique"))
                .build();

        Api.Reply reply = Api.as(DemoUser.EDITH).post("/api/v1/issues/" + issue.getString("id") + "/rubrics", body);

        assertProblem(reply, 422, "invalid-content");
        assertEquals(List.of("/title/fr"), errorPointers(reply));
    }

    // --- items ---------------------------------------------------------------------------------------------------

    @Test
    void anItemIsCreatedReadRevisedAndDeletedWithIfMatch() {
        JsonObject issue = freshIssue();
        JsonObject rubric = Editorial.addRubric(DemoUser.EDITH, issue, "同一个地球网络最新进展", "One Planet Network updates");
        Api.Reply created = Editorial.addItem(
                DemoUser.EDITH,
                issue.getString("id"),
                rubric.getString("id"),
                "news",
                Samples.news("首届联合国食品系统峰会承诺重大行动", "First UN Food Systems Summit commits to major action"));
        assertEquals(201, created.status(), created::toString);
        String item = created.header("Location").orElseThrow();
        String etag = created.header("ETag").orElseThrow();

        Api.Reply read = Api.as(DemoUser.TOM).get(item);
        assertEquals(
                "首届联合国食品系统峰会承诺重大行动",
                read.json()
                        .getJsonObject("content")
                        .getJsonObject("localized")
                        .getJsonObject("zh-CN")
                        .getString("title"));

        JsonObject revision = Json.createObjectBuilder()
                .add("content", Samples.news("首届联合国食品系统峰会", "First UN Food Systems Summit"))
                .build();
        assertProblem(Editorial.put(DemoUser.EDITH, item, null, revision), 428, "precondition-required");
        Api.Reply revised = Editorial.put(DemoUser.EDITH, item, etag, revision);
        assertEquals(200, revised.status(), revised::toString);
        Api.Reply lostUpdate = Editorial.put(
                DemoUser.ADAM,
                item,
                etag,
                Json.createObjectBuilder()
                        .add("content", Samples.news("覆盖", "Overwrite"))
                        .build());
        assertProblem(lostUpdate, 412, "precondition-failed");
        assertEquals(revised.header("ETag"), lostUpdate.header("ETag"));
        assertEquals(
                "首届联合国食品系统峰会",
                Api.as(DemoUser.TOM)
                        .get(item)
                        .json()
                        .getJsonObject("content")
                        .getJsonObject("localized")
                        .getJsonObject("zh-CN")
                        .getString("title"),
                "the first edit is intact");

        assertEquals(
                204,
                Editorial.delete(DemoUser.EDITH, item, revised.header("ETag").orElseThrow())
                        .status());
        assertProblem(Api.as(DemoUser.EDITH).get(item), 404, "not-found");
    }

    @Test
    void anUnknownSectionTypeIsRefusedNamingTheField() {
        JsonObject issue = freshIssue();
        JsonObject rubric = Editorial.addRubric(DemoUser.EDITH, issue, "栏目", "Rubric");

        Api.Reply reply = Editorial.addItem(
                DemoUser.EDITH,
                issue.getString("id"),
                rubric.getString("id"),
                "horoscope",
                Json.createObjectBuilder().build());

        assertProblem(reply, 422, "invalid-content");
        assertEquals(List.of("/type"), errorPointers(reply));
        assertEquals(0, itemCount(issue));
    }

    @Test
    void unknownAndServerOwnedFieldsAreRefusedNamingEach() {
        JsonObject issue = freshIssue();
        JsonObject rubric = Editorial.addRubric(DemoUser.EDITH, issue, "栏目", "Rubric");
        JsonObject content = Json.createObjectBuilder(Samples.news("标题", "Title"))
                .add(
                        "shared",
                        Json.createObjectBuilder(Samples.news("标题", "Title").getJsonObject("shared"))
                                .add("horoscope", "Aries"))
                .build();
        JsonObject body = Json.createObjectBuilder()
                .add("type", "news")
                .add("content", content)
                .add("id", "0c1e8e1c-0000-0000-0000-000000000000")
                .add("version", 7)
                .add("authors", "me")
                .build();

        Api.Reply reply = Api.as(DemoUser.EDITH)
                .post(
                        "/api/v1/issues/" + issue.getString("id") + "/rubrics/" + rubric.getString("id") + "/items",
                        body);

        assertProblem(reply, 422, "invalid-content");
        assertEquals(List.of("/authors", "/id", "/version"), errorPointers(reply));
        Api.Reply contentReply =
                Editorial.addItem(DemoUser.EDITH, issue.getString("id"), rubric.getString("id"), "news", content);
        assertProblem(contentReply, 422, "invalid-content");
        assertEquals(List.of("/content/shared/horoscope"), errorPointers(contentReply));
        assertEquals(0, itemCount(issue));
    }

    @Test
    void richTextIsSanitisedAndPlainTextKeptVerbatim() {
        JsonObject issue = freshIssue();
        JsonObject rubric = Editorial.addRubric(DemoUser.EDITH, issue, "栏目", "Rubric");
        String hostileTitle = "<b>《宣言》</b> & \"quotes\"";
        JsonObject content = Samples.newsWithBody(
                hostileTitle,
                "<p onclick=\"steal()\">正文<script>alert(1)</script><a href=\"javascript:alert(2)\">链接</a>"
                        + "<img src=x onerror=alert(3)><style>p{}</style><noscript>n</noscript>"
                        + "<a href=\"https://www.oneplanetnetwork.org\">同一个地球网络</a></p>");

        Api.Reply created =
                Editorial.addItem(DemoUser.EDITH, issue.getString("id"), rubric.getString("id"), "news", content);

        assertEquals(201, created.status(), created::toString);
        JsonObject zh = Api.as(DemoUser.EDITH)
                .get(created.header("Location").orElseThrow())
                .json()
                .getJsonObject("content")
                .getJsonObject("localized")
                .getJsonObject("zh-CN");
        String body = zh.getString(Samples.NEWS_BODY_FIELD);
        assertAll(
                () -> assertEquals(hostileTitle, zh.getString("title"), "plain text is stored verbatim"),
                () -> assertFalse(body.contains("script"), body),
                () -> assertFalse(body.contains("onclick"), body),
                () -> assertFalse(body.contains("onerror"), body),
                () -> assertFalse(body.contains("javascript:"), body),
                () -> assertFalse(body.contains("style"), body),
                () -> assertFalse(body.contains("noscript"), body),
                () -> assertTrue(body.contains("正文"), body),
                () -> assertTrue(body.contains("href=\"https://www.oneplanetnetwork.org\""), body));
    }

    @Test
    void controlCharactersInContentAreRefusedOnEveryDatabase() {
        JsonObject issue = freshIssue();
        JsonObject rubric = Editorial.addRubric(DemoUser.EDITH, issue, "栏目", "Rubric");

        Api.Reply reply = Editorial.addItem(
                DemoUser.EDITH,
                issue.getString("id"),
                rubric.getString("id"),
                "news",
                Samples.news("标题\u0000", "Title\u0007"));

        assertProblem(reply, 422, "invalid-content");
        assertEquals(List.of("/content/localized/en/title", "/content/localized/zh-CN/title"), errorPointers(reply));
        assertEquals(0, itemCount(issue));
    }

    @Test
    void itemsMoveBetweenRubricsAndTheTableOfContentsFollows() {
        JsonObject issue = freshIssue();
        String path = "/api/v1/issues/" + issue.getString("id");
        JsonObject network = Editorial.addRubric(DemoUser.EDITH, issue, "同一个地球网络最新进展", "One Planet Network updates");
        JsonObject partners = Editorial.addRubric(DemoUser.EDITH, issue, "合作伙伴最新进展", "Partner updates");
        String first = Editorial.created(Editorial.addItem(
                        DemoUser.EDITH, issue.getString("id"), network.getString("id"), "news", Samples.news("甲", "A")))
                .getString("id");
        String second = Editorial.created(Editorial.addItem(
                        DemoUser.EDITH,
                        issue.getString("id"),
                        network.getString("id"),
                        "news",
                        Samples.newsInChineseOnly("乙")))
                .getString("id");

        Api.Reply moved = Editorial.put(
                DemoUser.EDITH,
                path + "/rubrics/" + partners.getString("id") + "/item-order",
                etagOf(path),
                Json.createObjectBuilder()
                        .add("order", Json.createArrayBuilder().add(second))
                        .build());
        assertEquals(200, moved.status(), moved::toString);

        JsonObject toc = Api.as(DemoUser.TOM).get(path + "/contents?locale=en").json();
        JsonArray rubrics = toc.getJsonArray("rubrics");
        assertEquals("One Planet Network updates", rubrics.getJsonObject(0).getString("title"));
        assertEquals(
                first,
                rubrics.getJsonObject(0).getJsonArray("items").getJsonObject(0).getString("item"));
        assertEquals(
                "A",
                rubrics.getJsonObject(0).getJsonArray("items").getJsonObject(0).getString("title"));
        JsonObject fallback = rubrics.getJsonObject(1).getJsonArray("items").getJsonObject(0);
        assertEquals("乙", fallback.getString("title"));
        assertEquals("zh-CN", fallback.getString("fallbackLocale"), "a missing translation says so");
    }

    @Test
    void aPublicationWithIssuesCannotBeDeleted() {
        JsonObject publication = Editorial.startPublication(DemoUser.EDITH);
        Editorial.draftIssue(DemoUser.EDITH, publication, 2024, 2, 16);
        String path = "/api/v1/publications/" + publication.getString("id");

        assertProblem(Editorial.delete(DemoUser.EDITH, path, etagOf(path)), 409, "publication-has-issues");
        assertEquals(200, Api.as(DemoUser.EDITH).get(path).status());
    }

    @Test
    void aColophonWithABadAddressIsRefusedNamingEachField() {
        JsonObject body = Json.createObjectBuilder()
                .add("slug", "spp-bad-colophon")
                .add("title", Json.createObjectBuilder().add("zh-CN", "简报"))
                .add("sourceLocale", "zh-CN")
                .add(
                        "colophon",
                        Json.createObjectBuilder()
                                .add("email", "wangj at mepcec")
                                .add("website", "javascript:alert(1)")
                                .add("fax", "123"))
                .build();

        Api.Reply reply = Api.as(DemoUser.EDITH).post("/api/v1/publications", body);

        // The unknown member is refused by the reader of request bodies; the addresses once the shape is right.
        Api.Reply withoutFax = Api.as(DemoUser.EDITH).post("/api/v1/publications", withoutFax(body));

        assertProblem(reply, 422, "invalid-content");
        assertEquals(List.of("/colophon/fax"), errorPointers(reply));
        assertProblem(withoutFax, 422, "invalid-content");
        assertEquals(List.of("/colophon/email", "/colophon/website"), errorPointers(withoutFax));
        assertFalse(Api.as(DemoUser.EDITH).get("/api/v1/publications").body().contains("spp-bad-colophon"));
    }

    // --- helpers ----------------------------------------------------------------------------------------------------

    private static JsonObject withoutFax(JsonObject body) {
        return Json.createObjectBuilder(body)
                .add(
                        "colophon",
                        Json.createObjectBuilder(body.getJsonObject("colophon")).remove("fax"))
                .build();
    }

    private static JsonObject freshIssue() {
        return Editorial.draftIssue(DemoUser.EDITH, Editorial.startPublication(DemoUser.EDITH), 2024, 2, 16);
    }

    private static String etagOf(String path) {
        return Api.as(DemoUser.EDITH).get(path).header("ETag").orElseThrow();
    }

    private static int itemCount(JsonObject issue) {
        return Api.as(DemoUser.EDITH)
                .get("/api/v1/issues/" + issue.getString("id"))
                .json()
                .getJsonArray("rubrics")
                .getValuesAs(JsonObject.class)
                .stream()
                .mapToInt(r -> r.getJsonArray("items").size())
                .sum();
    }

    private static List<String> rubricTitles(String issuePath, String locale) {
        return Api.as(DemoUser.EDITH)
                .get(issuePath)
                .json()
                .getJsonArray("rubrics")
                .getValuesAs(JsonObject.class)
                .stream()
                .map(r -> r.getJsonObject("title").getString(locale))
                .toList();
    }

    private static JsonObject cover(int year, int number, int cumulative) {
        return Json.createObjectBuilder()
                .add("year", year)
                .add("number", number)
                .add("cumulativeNumber", cumulative)
                .build();
    }

    private static JsonObject rubricTitle(String zh, String en) {
        return Json.createObjectBuilder()
                .add("title", Json.createObjectBuilder().add("zh-CN", zh).add("en", en))
                .build();
    }

    private static JsonObject order(JsonObject... entries) {
        var array = Json.createArrayBuilder();
        for (JsonObject entry : entries) {
            array.add(entry.getString("id"));
        }
        return Json.createObjectBuilder().add("order", array).build();
    }
}
