package org.bulletincms.it;

import static org.bulletincms.it.ApiAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The delivery API as a front-end site sees it: anonymous, published content only, in each locale with
 * the documented fallback, cacheable, with every side door closed; the Atom feed; preview links.
 */
@ExtendWith(ArquillianExtension.class)
class DeliveryIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return BulletinDeployment.forTests();
    }

    record Published(String slug, WorkflowIT.Fixture fixture) {

        String issuePath() {
            return "/api/delivery/v1/publications/" + slug + "/issues/2024/2";
        }
    }

    static Published published() {
        WorkflowIT.Fixture fixture = WorkflowIT.in("published");
        String slug = Api.as(DemoUser.ADAM)
                .get("/api/v1/publications/" + fixture.publication())
                .json()
                .getString("slug");
        return new Published(slug, fixture);
    }

    @Test
    void aPublishedIssueIsReadAnonymouslyByNumberAndByCumulativeNumberInEachLocale() {
        Published p = published();

        Api.Reply zh = Api.anonymous().get(p.issuePath() + "?locale=zh-CN");
        Api.Reply en = Api.anonymous().get(p.issuePath() + "?locale=en");
        Api.Reply cumulative =
                Api.anonymous().get("/api/delivery/v1/publications/" + p.slug() + "/issues/cumulative/16?locale=en");

        assertAll(
                () -> assertEquals(200, zh.status(), zh::toString),
                () -> assertEquals("2024年第2期 总第16期", zh.json().getString("label")),
                () -> assertEquals("首届联合国食品系统峰会承诺重大行动", firstItemTitle(zh.json())),
                () -> assertEquals("zh-CN", zh.header("Content-Language").orElseThrow()),
                () -> assertEquals("First UN Food Systems Summit commits to major action", firstItemTitle(en.json())),
                () -> assertEquals("en", en.header("Content-Language").orElseThrow()),
                () -> assertTrue(en.header("Vary").orElseThrow().contains("Accept-Language")),
                () -> assertEquals(en.body(), cumulative.body(), "the cumulative URL serves the same document"));
    }

    @Test
    void acceptLanguageChoosesTheLocaleAndAnUnknownOneFallsBackToTheSourceSayingSo() {
        Published p = published();

        Api.Reply english =
                Api.anonymous().header("Accept-Language", "en-US,en;q=0.8").get(p.issuePath());
        Api.Reply french = Api.anonymous().header("Accept-Language", "fr-FR").get(p.issuePath());
        Api.Reply frenchParameter = Api.anonymous().get(p.issuePath() + "?locale=fr");

        assertEquals("en", english.json().getString("locale"));
        assertFalse(english.json().getBoolean("fallback"));
        assertEquals("zh-CN", french.json().getString("locale"));
        assertTrue(french.json().getBoolean("fallback"));
        assertEquals("zh-CN", french.header("Content-Language").orElseThrow());
        assertTrue(frenchParameter.json().getBoolean("fallback"));
        assertEquals("zh-CN", frenchParameter.json().getString("locale"));
    }

    @Test
    void responsesHaveStrongETagsAnswer304AndSayHowLongToCache() {
        Published p = published();
        Api.Reply first = Api.anonymous().get(p.issuePath() + "?locale=en");
        String etag = first.header("ETag").orElseThrow();

        Api.Reply again = Api.anonymous().header("If-None-Match", etag).get(p.issuePath() + "?locale=en");
        Api.Reply edition = Api.anonymous().get(p.issuePath() + "/editions/1?locale=en");

        assertAll(
                () -> assertFalse(etag.startsWith("W/"), "strong"),
                () -> assertEquals(304, again.status()),
                () -> assertEquals("", again.body()),
                () -> assertTrue(first.header("Cache-Control").orElseThrow().contains("max-age=60")),
                () -> assertTrue(
                        edition.header("Cache-Control").orElseThrow().contains("immutable"), edition::toString),
                () -> assertTrue(edition.header("Cache-Control").orElseThrow().contains("max-age=31536000")));
        for (String path : List.of(
                "/api/delivery/v1/publications",
                "/api/delivery/v1/publications/" + p.slug() + "/issues",
                "/api/delivery/v1/publications/" + p.slug() + "/feed.atom")) {
            Api.Reply reply = Api.anonymous().get(path);
            assertEquals(200, reply.status(), path);
            assertEquals(
                    304,
                    Api.anonymous()
                            .header("If-None-Match", reply.header("ETag").orElseThrow())
                            .get(path)
                            .status(),
                    path);
        }
    }

    @Test
    void draftsAndUnpublishedItemsNeverAppearAndAnswerLikeNothing() {
        Published p = published();
        String publicationId = p.fixture().publication();
        JsonObject draftIssue = Editorial.created(Api.as(DemoUser.EDITH)
                .post(
                        "/api/v1/publications/" + publicationId + "/issues",
                        Json.createObjectBuilder()
                                .add("year", 2024)
                                .add("number", 3)
                                .add("cumulativeNumber", 17)
                                .build()));
        JsonObject rubric = Editorial.addRubric(DemoUser.EDITH, draftIssue, "草稿栏目", "Draft rubric");
        String draftItem = Editorial.created(Editorial.addItem(
                        DemoUser.EDITH,
                        draftIssue.getString("id"),
                        rubric.getString("id"),
                        "news",
                        Samples.news("未发布的新闻", "Unpublished news")))
                .getString("id");
        Workflow.ok(Workflow.take(DemoUser.EDITH, p.fixture().issue(), "start-correction", "更正"));
        JsonObject rubricOfPublished = Api.as(DemoUser.EDITH)
                .get("/api/v1/issues/" + p.fixture().issue())
                .json()
                .getJsonArray("rubrics")
                .getJsonObject(0);
        String itemAddedInCorrection = Editorial.created(Editorial.addItem(
                        DemoUser.EDITH,
                        p.fixture().issue(),
                        rubricOfPublished.getString("id"),
                        "news",
                        Samples.news("更正中新增", "Added in the correction")))
                .getString("id");

        String base = "/api/delivery/v1/publications/" + p.slug();
        Api.Reply draftByNumber = Api.anonymous().get(base + "/issues/2024/3");
        Api.Reply nothingByNumber = Api.anonymous().get(base + "/issues/2024/99");
        Api.Reply draftItemReply = Api.anonymous().get(base + "/items/" + draftItem);
        Api.Reply nothingItem = Api.anonymous().get(base + "/items/" + java.util.UUID.randomUUID());
        assertProblem(draftByNumber, 404, "not-found");
        assertProblem(nothingByNumber, 404, "not-found");
        assertProblem(draftItemReply, 404, "not-found");
        assertProblem(nothingItem, 404, "not-found");
        assertEquals(
                nothingItem.body().replaceAll("items/[0-9a-f-]+", "items/X"),
                draftItemReply.body().replaceAll("items/[0-9a-f-]+", "items/X"),
                "a draft answers exactly like nothing");
        assertProblem(Api.anonymous().get(base + "/issues/cumulative/17"), 404, "not-found");
        assertProblem(Api.anonymous().get(base + "/items/" + itemAddedInCorrection), 404, "not-found");
        assertProblem(Api.anonymous().get(base + "/issues/2024/2/editions/2"), 404, "not-found");

        String list = Api.anonymous().get(base + "/issues?size=100").body();
        assertFalse(list.contains("\"number\":3"), list);
        String issue = Api.anonymous().get(p.issuePath() + "?locale=en").body();
        assertFalse(
                issue.contains("Added in the correction"), "the published edition is served until the correction is");
        assertEquals(
                200,
                Api.anonymous()
                        .get(base + "/items/" + p.fixture().item() + "?locale=en")
                        .status());
    }

    @Test
    void unknownParametersAreRefusedPagesAreClampedAndUnsafeMethodsGet405() {
        Published p = published();
        String base = "/api/delivery/v1/publications/" + p.slug();

        Api.Reply unknown = Api.anonymous().get(p.issuePath() + "?locale=en&includeDrafts=true");
        Api.Reply clamped = Api.anonymous().get(base + "/issues?size=5000");
        Api.Reply badPage = Api.anonymous().get(base + "/issues?page=0");
        Api.Reply post =
                Api.anonymous().post(p.issuePath(), Json.createObjectBuilder().build());
        Api.Reply delete = Api.anonymous().send("DELETE", p.issuePath(), HttpRequest.BodyPublishers.noBody(), null);

        assertProblem(unknown, 400, "malformed-request");
        assertTrue(unknown.json().getString("detail").contains("includeDrafts"), unknown::toString);
        assertEquals(100, clamped.json().getInt("size"), "clamped to the documented maximum");
        assertProblem(badPage, 400, "malformed-request");
        for (Api.Reply unsafe : List.of(post, delete)) {
            assertProblem(unsafe, 405, "method-not-allowed");
            assertTrue(unsafe.header("Allow").orElse("").contains("GET"), unsafe::toString);
        }
    }

    @Test
    void aPublishedCorrectionReplacesTheServedEditionAtOnce() {
        Published p = published();
        String before = Api.anonymous().get(p.issuePath() + "?locale=zh-CN").body();
        assertEquals(
                before, Api.anonymous().get(p.issuePath() + "?locale=zh-CN").body(), "served again, from memory");

        Workflow.ok(Workflow.take(DemoUser.EDITH, p.fixture().issue(), "start-correction", "更正：峰会名称"));
        JsonObject content = Workflow.item(p.fixture().item()).getJsonObject("content");
        JsonObject zh = Json.createObjectBuilder(
                        content.getJsonObject("localized").getJsonObject("zh-CN"))
                .add("title", "首届联合国粮食系统峰会承诺重大行动")
                .build();
        assertEquals(
                200,
                Workflow.edit(
                                DemoUser.EDITH,
                                p.fixture().item(),
                                Json.createObjectBuilder(content)
                                        .add(
                                                "localized",
                                                Json.createObjectBuilder(content.getJsonObject("localized"))
                                                        .add("zh-CN", zh))
                                        .build())
                        .status());
        Workflow.ok(Workflow.take(DemoUser.EDITH, p.fixture().issue(), "send-to-translation", null));
        Workflow.ok(Workflow.translate(
                DemoUser.TOM,
                p.fixture().item(),
                "en",
                content.getJsonObject("localized").getJsonObject("en")));
        Workflow.ok(Workflow.markDone(DemoUser.TOM, p.fixture().issue(), "en"));
        Workflow.ok(Workflow.take(DemoUser.EDITH, p.fixture().issue(), "submit-for-review", null));
        Workflow.ok(Workflow.take(DemoUser.ANNA, p.fixture().issue(), "approve", null));
        Workflow.ok(Workflow.take(DemoUser.ANNA, p.fixture().issue(), "publish", null));

        JsonObject after = Api.anonymous().get(p.issuePath() + "?locale=zh-CN").json();
        assertEquals(2, after.getInt("edition"));
        assertEquals("更正：峰会名称", after.getString("correction"));
        assertEquals("首届联合国粮食系统峰会承诺重大行动", firstItemTitle(after));
        assertEquals(
                before,
                Api.anonymous().get(p.issuePath() + "/editions/1?locale=zh-CN").body(),
                "edition 1 is still served unchanged");
    }

    @Test
    void anUnpublishedIssueIsGoneFromEveryQueryShapeTheFeedAndSearchAtOnce() {
        Published p = published();
        String base = "/api/delivery/v1/publications/" + p.slug();
        String item = base + "/items/" + p.fixture().item() + "?locale=zh-CN";
        String search = "/api/delivery/v1/search?q="
                + java.net.URLEncoder.encode("食品系统峰会", java.nio.charset.StandardCharsets.UTF_8)
                + "&locale=zh-CN&publication=" + p.slug();
        assertEquals(200, Api.anonymous().get(p.issuePath() + "?locale=zh-CN").status(), "served, and kept in memory");
        assertEquals(200, Api.anonymous().get(item).status());
        Eventually.found(
                () -> Api.anonymous().get(search),
                r -> !r.json().getJsonArray("results").isEmpty());

        Api.Reply byEditor = Workflow.take(DemoUser.EDITH, p.fixture().issue(), "unpublish", "撤下");
        Api.Reply withoutReason = Workflow.take(DemoUser.ANNA, p.fixture().issue(), "unpublish", null);
        assertProblem(byEditor, 403, "forbidden");
        assertEquals(422, withoutReason.status(), withoutReason::toString);
        assertEquals(200, Api.anonymous().get(p.issuePath() + "?locale=zh-CN").status(), "refusals changed nothing");

        Api.Reply unpublished = Workflow.take(DemoUser.ANNA, p.fixture().issue(), "unpublish", "应合作伙伴要求撤下本期");
        assertEquals(200, unpublished.status(), unpublished::toString);
        assertEquals("draft", unpublished.json().getString("stage"));

        assertProblem(Api.anonymous().get(p.issuePath() + "?locale=zh-CN"), 404, "not-found");
        assertProblem(Api.anonymous().get(base + "/issues/cumulative/16"), 404, "not-found");
        assertProblem(Api.anonymous().get(p.issuePath() + "/editions/1"), 404, "not-found");
        assertProblem(Api.anonymous().get(item), 404, "not-found");
        assertFalse(Api.anonymous().get(base + "/issues?size=100").body().contains("\"number\":2"));
        assertTrue(Api.anonymous().get(search).json().getJsonArray("results").isEmpty(), "no longer found");
        String feed = Api.anonymous().get(base + "/feed.atom?locale=zh-CN").body();
        assertFalse(feed.contains("/issues/2024/2"), feed);
        JsonObject editions = Api.as(DemoUser.ANNA)
                .get("/api/v1/issues/" + p.fixture().issue() + "/editions")
                .json();
        JsonObject first = editions.getJsonArray("editions").getJsonObject(0);
        assertEquals(
                "应合作伙伴要求撤下本期",
                first.getJsonObject("withdrawn").getString("reason"),
                "the management API keeps the record of what was public and why it was taken down");
    }

    @Test
    void theAtomFeedParsesInAFeedReaderPerLocale() throws Exception {
        Published p = published();

        Api.Reply zh = Api.anonymous().get("/api/delivery/v1/publications/" + p.slug() + "/feed.atom?locale=zh-CN");
        Api.Reply en = Api.anonymous().get("/api/delivery/v1/publications/" + p.slug() + "/feed.atom?locale=en");

        assertTrue(zh.contentType().startsWith("application/atom+xml"), zh::toString);
        SyndFeed chinese = new SyndFeedInput().build(new StringReader(zh.body()));
        SyndFeed english = new SyndFeedInput().build(new StringReader(en.body()));
        assertEquals("atom_1.0", chinese.getFeedType());
        assertEquals("可持续公共采购计划简报", chinese.getTitle());
        assertEquals("SPP Programme Newsletter", english.getTitle());
        SyndEntry entry = chinese.getEntries().get(0);
        assertTrue(entry.getTitle().startsWith("2024年第2期"), entry.getTitle());
        assertTrue(entry.getLink().contains("/issues/2024/2"), entry.getLink());
        assertTrue(english.getEntries()
                .get(0)
                .getDescription()
                .getValue()
                .contains("First UN Food Systems Summit commits to major action"));
    }

    @Test
    void theFeedLinksToTheConfiguredPublicAddressWhateverHostTheRequestNames() throws Exception {
        Published p = published();
        String path = "/api/delivery/v1/publications/" + p.slug() + "/feed.atom?locale=zh-CN";

        String answer = rawGet(path, "attacker.example");

        assertTrue(answer.startsWith("HTTP/1.0 200"), answer);
        SyndFeed feed = new SyndFeedInput().build(new StringReader(answer.substring(answer.indexOf("<?xml"))));
        String link = feed.getEntries().get(0).getLink();
        assertTrue(link.startsWith("https://bulletin.example.org/api/delivery/v1/publications/" + p.slug()), link);
        assertFalse(answer.contains("attacker.example"), answer);
    }

    /**
     * A request with a Host header of the client's choosing (Java's HttpClient will not send one); HTTP/1.0, so the
     * body comes unchunked.
     */
    private static String rawGet(String path, String host) throws java.io.IOException {
        try (java.net.Socket socket =
                new java.net.Socket(Api.base().getHost(), Api.base().getPort())) {
            socket.setSoTimeout(60_000);
            socket.getOutputStream()
                    .write(("GET " + path + " HTTP/1.0\r\nHost: " + host + "\r\nX-Forwarded-Host: " + host
                                    + "\r\nConnection: close\r\n\r\n")
                            .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    @Test
    void aPreviewLinkShowsWhatWillBeDeliveredUntilItIsRevokedOrExpires() {
        WorkflowIT.Fixture draft = WorkflowIT.in("approved");
        String links = "/api/v1/issues/" + draft.issue() + "/preview-links";
        assertProblem(
                Api.as(DemoUser.TOM)
                        .post(
                                links,
                                Json.createObjectBuilder()
                                        .add("validSeconds", 600)
                                        .build()),
                403,
                "forbidden");
        JsonObject link = Editorial.created(Api.as(DemoUser.EDITH)
                .post(links, Json.createObjectBuilder().add("validSeconds", 600).build()));

        Api.Reply preview = Api.anonymous().get(link.getString("url") + "?locale=en");
        assertEquals(200, preview.status(), preview::toString);
        assertEquals("noindex, nofollow", preview.header("X-Robots-Tag").orElseThrow());
        assertTrue(preview.header("Cache-Control").orElseThrow().contains("no-store"));
        assertProblem(
                Api.anonymous()
                        .post(link.getString("url"), Json.createObjectBuilder().build()),
                405,
                "method-not-allowed");

        // the approver makes her own link to see the web page she signs off; revoking stays with editors
        JsonObject annas = Editorial.created(Api.as(DemoUser.ANNA)
                .post(links, Json.createObjectBuilder().add("validSeconds", 600).build()));
        Api.Reply page = Api.anonymous().get(annas.getString("url") + ".html?locale=en");
        assertEquals(200, page.status(), page::toString);
        assertTrue(page.contentType().startsWith("text/html"), page::toString);
        assertTrue(page.body().contains(firstItemTitle(preview.json())), page::body);
        assertEquals("noindex, nofollow", page.header("X-Robots-Tag").orElseThrow());
        assertProblem(
                Api.as(DemoUser.ANNA)
                        .send("DELETE", links + "/" + annas.getString("id"), HttpRequest.BodyPublishers.noBody(), null),
                403,
                "forbidden");

        Workflow.ok(Workflow.take(DemoUser.EDITH, draft.issue(), "publish", null));
        String slug = Api.as(DemoUser.ADAM)
                .get("/api/v1/publications/" + draft.publication())
                .json()
                .getString("slug");
        JsonObject delivered = Api.anonymous()
                .get("/api/delivery/v1/publications/" + slug + "/issues/2024/2?locale=en")
                .json();
        assertEquals(
                delivered.getJsonArray("rubrics"),
                preview.json().getJsonArray("rubrics"),
                "the preview showed exactly what is delivered");
        assertEquals(delivered.getJsonArray("contents"), preview.json().getJsonArray("contents"));

        Api.Reply revoke = Api.as(DemoUser.EDITH)
                .send("DELETE", links + "/" + link.getString("id"), HttpRequest.BodyPublishers.noBody(), null);
        assertEquals(204, revoke.status());
        assertProblem(Api.anonymous().get(link.getString("url")), 404, "not-found");

        JsonObject shortLived = Editorial.created(Api.as(DemoUser.EDITH)
                .post(links, Json.createObjectBuilder().add("validSeconds", 2).build()));
        Instant deadline = Instant.now().plusSeconds(30);
        Api.Reply expired;
        do {
            LockSupport.parkNanos(Duration.ofMillis(250).toNanos());
            expired = Api.anonymous().get(shortLived.getString("url"));
        } while (expired.status() == 200 && Instant.now().isBefore(deadline));
        assertProblem(expired, 404, "not-found");
    }

    private static String firstItemTitle(JsonObject issue) {
        return issue.getJsonArray("rubrics")
                .getJsonObject(0)
                .getJsonArray("items")
                .getJsonObject(0)
                .getJsonObject("fields")
                .getString("title");
    }
}
