package org.bulletincms.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.bulletincms.it.fault.FaultSuite;
import org.bulletincms.it.fault.FaultTimes;
import org.bulletincms.it.fault.OwnWildFly;
import org.bulletincms.it.fault.Polling;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code kill -9} of WildFly in the middle of a publish, on PostgreSQL: the publish is held just before its commit
 * by the test-only {@code PublishPause}, then the server is killed. After the restart the issue is either fully
 * published (stage, edition, sign-off, every compiled delivery document, search and the webhook all agree) or fully
 * unchanged (not one compiled document, every delivery URL 404), and a
 * webhook receiver gets every publication that happened at least once. Publishing keeps the approver's sign-off as
 * it was, and the edition records the hash that was signed off.
 */
@Tag(FaultSuite.TAG)
@ExtendWith(FaultSuite.class)
@EnabledIfSystemProperty(named = FaultSuite.ENABLED, matches = "true")
class PublishCrashFaultIT {

    private static final Duration DELIVERY_DEADLINE = Duration.ofSeconds(60);
    private static final String PAUSE = "/api/v1/test-probe/publish-pause";

    private WebhookIT.Receiver receiver;
    private String endpoint;

    @BeforeEach
    void registerAReceiver() throws IOException {
        receiver = new WebhookIT.Receiver(n -> 200);
        Api.Reply created = Api.as(DemoUser.ADAM)
                .post(
                        "/api/v1/webhooks",
                        Json.createObjectBuilder()
                                .add("url", receiver.url())
                                .add("events", Json.createArrayBuilder().add("issue.published"))
                                .build());
        assertEquals(201, created.status(), created::toString);
        endpoint = created.json().getString("id");
    }

    @AfterEach
    void removeTheReceiver() {
        Api.as(DemoUser.ADAM).send("DELETE", "/api/v1/webhooks/" + endpoint, HttpRequest.BodyPublishers.noBody(), null);
        receiver.server.stop(0);
    }

    @Test
    void theProductWarCarriesNoTestHook() throws IOException {
        try (FileSystem war = FileSystems.newFileSystem(Path.of(System.getProperty("bulletin.war")));
                Stream<Path> entries = Files.walk(war.getPath("/"))) {
            List<String> testClasses = entries.map(Path::toString)
                    .filter(name -> name.contains("org/bulletincms/it/") || name.contains("PublishPause"))
                    .toList();
            assertEquals(List.of(), testClasses, "the shipped WAR must not contain the test-only publish pause");
        }
    }

    @Test
    void aPublishKilledJustBeforeItsCommitLeavesTheIssueUnchangedAndCanBePublishedAfterTheRestart() {
        Published before = approvedIssue();
        CompletableFuture<Api.Reply> publishing = holdAPublish(before.issue());

        killAndRestart("WildFly restart after kill -9 during a publish held before its commit");

        assertTrue(publishing.isCompletedExceptionally(), "the client saw the connection drop, not an answer");
        assertUnchanged(before);

        Workflow.ok(Workflow.take(DemoUser.EDITH, before.issue(), "publish", null));
        assertFullyPublished(before);
    }

    @Test
    void aPublishKilledAroundItsCommitIsAllOrNothingAndItsWebhookArrives() {
        Published before = approvedIssue();
        holdAPublish(before.issue());

        // released and killed at once: the commit may or may not have happened, and either must be whole
        Api.as(DemoUser.ADAM).send("DELETE", PAUSE, HttpRequest.BodyPublishers.noBody(), null);
        killAndRestart("WildFly restart after kill -9 around a publish's commit");

        boolean committed = Workflow.stage(before.issue()).equals("published");
        System.out.println("[fault] a publish released and killed at once came out "
                + (committed ? "committed" : "not committed"));
        if (committed) {
            assertFullyPublished(before);
        } else {
            assertUnchanged(before);
            Workflow.ok(Workflow.take(DemoUser.EDITH, before.issue(), "publish", null));
            assertFullyPublished(before);
        }
    }

    /**
     * Issue 13's startup rule: compiled documents survive a restart, and a node loads the newest of them into memory
     * while it starts, so its first requests are answered from memory (counted as cache hits, none as a miss) with
     * the very bytes and tags it answered before the crash.
     */
    @Test
    void aRestartedNodeAnswersItsFirstRequestsFromMemoryWithTheSameBytes() {
        Published p = approvedIssue();
        Workflow.ok(Workflow.take(DemoUser.EDITH, p.issue(), "publish", null));
        String base = "/api/delivery/v1/publications/" + p.slug();
        List<String> urls = List.of(
                issuePath(p) + "?locale=zh-CN",
                issuePath(p) + "?locale=en",
                issuePath(p) + "?locale=fr",
                issuePath(p) + ".html?locale=zh-CN",
                base + "/issues/cumulative/16?locale=en",
                base + "/items/" + p.item() + "?locale=zh-CN",
                base + "/items/" + p.item() + "?locale=en",
                base + "/issues?locale=en");
        Map<String, String> before = new TreeMap<>();
        urls.forEach(url -> before.put(url, answer(url)));

        killAndRestart("WildFly restart after kill -9 with a published issue");

        Scrape started = Scrape.now();
        Map<String, String> after = new TreeMap<>();
        urls.forEach(url -> after.put(url, answer(url)));
        Scrape answered = Scrape.now();

        String name = "bulletin_delivery_cache_requests_total";
        assertAll(
                () -> assertEquals(before, after, "the same bytes and tags after the restart"),
                () -> assertEquals(
                        started.value(name, "result", "hit") + urls.size(),
                        answered.value(name, "result", "hit"),
                        "every first request after the restart answered from memory"),
                () -> assertEquals(
                        started.value(name, "result", "miss"),
                        answered.value(name, "result", "miss"),
                        "no first request after the restart read the database"));
    }

    /** Status, tag, cache rule and body of an anonymous GET, as one string to compare. */
    private static String answer(String url) {
        Api.Reply reply = Api.anonymous().get(url);
        assertEquals(200, reply.status(), url + ": " + reply);
        return reply.status() + " " + reply.header("ETag").orElseThrow() + " "
                + reply.header("Cache-Control").orElseThrow() + "\n" + reply.body();
    }

    // --- helpers ----------------------------------------------------------------------------------------------

    /** An approved issue and what the API says about it before anyone publishes it. */
    private record Published(String issue, String item, String slug, String signOffs) {}

    /**
     * The documents publishing compiles for the fixture's bilingual issue of one item (issue 13): the issue in
     * zh-CN, en and the zh-CN fall-back variant, under its edition, its number and its cumulative number; the item
     * and its entries in the issue list and in the feed in each locale; the web page and the e-mail edition (HTML
     * and text) in each locale (issue 15). The pause holds the publish after compilation, just before the commit.
     */
    private static final Map<String, Integer> COMPILED_KINDS = Map.of(
            "issue-edition", 3,
            "issue-latest", 3,
            "issue-cumulative", 3,
            "item", 2,
            "list-entry", 2,
            "feed-entry", 2,
            "web-page", 2,
            "email-html", 2,
            "email-text", 2);

    private static Published approvedIssue() {
        WorkflowIT.Fixture f = WorkflowIT.in("approved");
        String slug = Api.as(DemoUser.ADAM)
                .get("/api/v1/publications/" + f.publication())
                .json()
                .getString("slug");
        return new Published(f.issue(), f.item(), slug, signOffs(f.issue()));
    }

    /** Starts a publish in the background and returns once it is held just before its commit. */
    private static CompletableFuture<Api.Reply> holdAPublish(String issue) {
        Api.Reply armed = Api.as(DemoUser.ADAM).send("POST", PAUSE, HttpRequest.BodyPublishers.noBody(), null);
        assertEquals(204, armed.status(), armed::toString);
        Api client = Api.as(DemoUser.EDITH);
        CompletableFuture<Api.Reply> publishing = CompletableFuture.supplyAsync(() -> client.post(
                "/api/v1/issues/" + issue + "/workflow/publish",
                Json.createObjectBuilder().build()));
        Polling.await(
                "publish of " + issue + " held before its commit",
                Duration.ofSeconds(60),
                () -> Optional.of(Api.as(DemoUser.ADAM).get(PAUSE).json().getString("held"))
                        .filter(issue::equals));
        return publishing;
    }

    private static void killAndRestart(String what) {
        OwnWildFly wildfly = FaultSuite.rig().wildfly();
        wildfly.kill();
        FaultTimes.record(what, wildfly.start(), OwnWildFly.START_DEADLINE);
    }

    private void assertUnchanged(Published before) {
        assertAll(
                () -> assertEquals("approved", Workflow.stage(before.issue())),
                () -> assertEquals(before.signOffs(), signOffs(before.issue()), "no publish sign-off was kept"),
                () -> assertEquals(0, editions(before.issue()), "no edition was kept"),
                () -> assertEquals(Map.of(), compiledKinds(before), "no compiled delivery document was kept"),
                () -> deliveryUrls(before)
                        .forEach(url ->
                                assertEquals(404, Api.anonymous().get(url).status(), url)),
                () -> assertEquals(0, searchHits(before), "search does not find what was never published"),
                () -> assertEquals(0, deliveries(), "no webhook delivery for a publication that did not happen"));
    }

    private void assertFullyPublished(Published before) {
        Api.Reply delivered = Api.anonymous().get(issuePath(before) + "?locale=zh-CN");
        JsonObject signOff = Json.createReader(new StringReader(signOffs(before.issue())))
                .readObject()
                .getJsonArray("signOffs")
                .getJsonObject(0);
        assertAll(
                () -> assertEquals("published", Workflow.stage(before.issue())),
                () -> assertEquals(1, editions(before.issue())),
                () -> assertEquals(before.signOffs(), signOffs(before.issue()), "the approval stands as it was"),
                () -> assertEquals(
                        signOff.getString("hash"),
                        edition(before.issue()).getString("signedHash"),
                        "the published edition is the one that was signed off"),
                () -> assertEquals(200, delivered.status(), delivered::toString),
                () -> assertEquals(COMPILED_KINDS, compiledKinds(before), "every document of the edition compiled"),
                () -> deliveryUrls(before)
                        .forEach(url ->
                                assertEquals(200, Api.anonymous().get(url).status(), url)));
        Polling.Found<Integer> found = Polling.await(
                "a search hit for the published issue",
                DELIVERY_DEADLINE,
                () -> Optional.of(searchHits(before)).filter(hits -> hits > 0));
        Polling.Found<WebhookIT.Received> arrived = Polling.await(
                "the issue.published webhook",
                DELIVERY_DEADLINE,
                () -> receiver.forIssue(before.issue()).stream()
                        .filter(m -> m.answeredWith() == 200)
                        .findFirst());
        FaultTimes.record("after a crash, the publication searchable", found.after(), DELIVERY_DEADLINE);
        FaultTimes.record("after a crash, the issue.published webhook delivered", arrived.after(), DELIVERY_DEADLINE);
        assertEquals(
                before.issue(), arrived.value().json().getJsonObject("data").getString("issue"));
    }

    /** Every delivery URL of the fixture's issue; its publication has no other issue, so its list too. */
    private static List<String> deliveryUrls(Published p) {
        String base = "/api/delivery/v1/publications/" + p.slug();
        return List.of(
                issuePath(p) + "?locale=zh-CN",
                issuePath(p) + "?locale=en",
                issuePath(p) + "?locale=fr",
                issuePath(p) + "/editions/1?locale=en",
                base + "/issues/cumulative/16?locale=zh-CN",
                base + "/items/" + p.item() + "?locale=zh-CN",
                base + "/items/" + p.item() + "?locale=en",
                base + "/issues",
                base + "/issues?locale=en&size=5");
    }

    /**
     * How many documents of each kind the publishing transaction compiled for the issue, as the test probe lists
     * them; not the print PDFs, which a job makes just after the commit (after the restart, maybe not yet).
     */
    private static Map<String, Integer> compiledKinds(Published p) {
        Api.Reply reply = Api.as(DemoUser.ADAM).get("/api/v1/test-probe/compiled-documents?issue=" + p.issue());
        assertEquals(200, reply.status(), reply::toString);
        Map<String, Integer> kinds = new TreeMap<>();
        reply.json().getJsonArray("documents").stream()
                .map(JsonValue::asJsonObject)
                .filter(d -> !d.getString("kind").equals("print-pdf"))
                .forEach(d -> kinds.merge(d.getString("kind"), 1, Integer::sum));
        return kinds;
    }

    private static String issuePath(Published p) {
        return "/api/delivery/v1/publications/" + p.slug() + "/issues/2024/2";
    }

    private static String signOffs(String issue) {
        return Api.as(DemoUser.ADAM)
                .get("/api/v1/issues/" + issue + "/sign-offs")
                .body();
    }

    private static int editions(String issue) {
        return Api.as(DemoUser.ADAM)
                .get("/api/v1/issues/" + issue + "/editions")
                .json()
                .getJsonArray("editions")
                .size();
    }

    private static JsonObject edition(String issue) {
        return Api.as(DemoUser.ADAM)
                .get("/api/v1/issues/" + issue + "/editions")
                .json()
                .getJsonArray("editions")
                .getJsonObject(0);
    }

    private static int searchHits(Published p) {
        Api.Reply reply = Api.anonymous()
                .get("/api/delivery/v1/search?q=" + URLEncoder.encode("食品系统峰会", StandardCharsets.UTF_8)
                        + "&locale=zh-CN&publication=" + p.slug());
        assertEquals(200, reply.status(), reply::toString);
        return reply.json().getJsonArray("results").size();
    }

    private int deliveries() {
        Api.Reply reply = Api.as(DemoUser.ADAM).get("/api/v1/webhooks/" + endpoint + "/deliveries");
        assertEquals(200, reply.status(), reply::toString);
        return reply.json().getJsonArray("deliveries").size();
    }
}
