package org.bulletincms.it;

import static org.bulletincms.it.ApiAssertions.assertProblem;
import static org.bulletincms.it.DeliverySearch.query;
import static org.bulletincms.it.DeliverySearch.types;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.bulletincms.it.fault.ClusterSuite;
import org.bulletincms.it.fault.FaultTimes;
import org.bulletincms.it.fault.OwnOpenSearch;
import org.bulletincms.it.fault.OwnWildFly;
import org.bulletincms.it.fault.Polling;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Search on a shared OpenSearch 2.19 (the smallest distribution: no {@code analysis-common}, so no
 * {@code cjk_bigram}), with WildFly on PostgreSQL configured by {@code CMS_SEARCH_BACKEND=opensearch}: published
 * texts and extracted source reports are found through the delivery and the management search, Chinese by phrases of
 * single characters, unpublished texts are gone, and a restart of WildFly finds the index as it left it.
 */
@Tag(ClusterSuite.TAG)
@ExtendWith(ClusterSuite.class)
@EnabledIfSystemProperty(named = ClusterSuite.ENABLED, matches = "true")
class OpenSearchClusterIT {

    /** The outbox agent applies a change within about a second on an idle server; generous for a loaded one. */
    private static final Duration INDEXED = Duration.ofSeconds(60);

    private static final String GPP_ZH = "绿色公共采购";

    private static final DeliverySearch SEARCH = DeliverySearch.onTestServer();

    @Test
    void aPublishedBilingualIssueIsFoundInChineseAndEnglishAndGoneOnceUnpublished() throws Exception {
        SeedIssue2024No2 published = SeedIssue2024No2.published(SEED_ITEMS);
        String slug = published.slug();

        Polling.Found<List<JsonObject>> found = SEARCH.untilFound(query(GPP_ZH, "zh-CN", slug), INDEXED);
        FaultTimes.record("OpenSearch: a publication searchable after its publish", found.after(), INDEXED);
        assertEquals(List.of("report-summary"), types(found.value()));
        assertEquals(List.of("declaration"), types(SEARCH.hits(query("《夏乐宫宣言》", "zh-CN", slug))));
        assertEquals(List.of("news"), types(SEARCH.hits(query("可持续公共食品采购", "zh-CN", slug))));
        assertEquals(List.of("report-summary"), types(SEARCH.hits(query("\"green public procurement\"", "en", slug))));
        assertEquals(List.of("declaration"), types(SEARCH.hits(query("Chaillot", "en", slug))));

        Workflow.ok(Workflow.take(DemoUser.ANNA, published.issue(), "unpublish", "撤回测试"));

        assertEquals(
                404,
                Api.anonymous()
                        .get("/api/delivery/v1/publications/" + slug + "/issues/2024/2")
                        .status());
        assertEquals(List.of(), SEARCH.hits(query(GPP_ZH, "zh-CN", slug)));
        assertEquals(List.of(), SEARCH.hits(query("Chaillot", "en", slug)));
    }

    @Test
    void chineseCharactersFoundOnlyInTheirOrderNotScattered() throws Exception {
        String slug = SeedIssue2024No2.published(SEED_ITEMS).slug();
        SEARCH.untilFound(query(GPP_ZH, "zh-CN", slug), INDEXED);

        // every character occurs in the published texts, but never in this order
        assertEquals(List.of(), SEARCH.hits(query("采绿", "zh-CN", slug)));
        assertEquals(List.of(), SEARCH.hits(query("购采公共", "zh-CN", slug)));
        assertEquals(List.of(), SEARCH.hits(query("宣夏言", "zh-CN", slug)));
        // a phrase excluded excludes the report that holds it
        assertEquals(List.of("declaration"), types(SEARCH.hits(query("宣言 -" + GPP_ZH, "zh-CN", slug))));
    }

    @Test
    void anUploadedReportIsExtractedAndFoundByTheManagementSearch() {
        String marker = "marker" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        Api.Reply uploaded = Sources.upload(
                DemoUser.EDITH,
                ("<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
                                + "<title>绿色采购报告</title></head><body><p>2024年，政府绿色采购规模持续扩大，推动绿色低碳发展。</p>"
                                + "<p>Public procurers buy sustainably " + marker + ".</p></body></html>")
                        .getBytes(StandardCharsets.UTF_8),
                "报告.html");
        assertEquals(201, uploaded.status(), uploaded::toString);
        String source = uploaded.json().getString("id");
        assertEquals("done", Sources.finished(source).getString("status"));

        Polling.Found<List<JsonObject>> found = Polling.await(
                "the report found by its Chinese text",
                INDEXED,
                () -> Optional.of(managed("绿色低碳发展"))
                        .filter(hits -> hits.stream()
                                .anyMatch(h ->
                                        source.equals(h.getJsonObject("source").getString("id")))));
        FaultTimes.record("OpenSearch: an extracted report searchable after its extraction", found.after(), INDEXED);
        assertFalse(managed(marker).isEmpty(), "found by an English word");
        assertTrue(managed("低绿碳").isEmpty(), "scattered characters do not match");
    }

    @Test
    void aRestartOfWildFlyKeepsTheSharedIndex() throws Exception {
        String slug = SeedIssue2024No2.published(SEED_ITEMS).slug();
        // every locale's documents indexed before "what was found before" is read: they are indexed one by one, and
        // on a loaded machine the English ones came after the Chinese
        for (Map.Entry<String, String> searched : SEARCHED.entrySet()) {
            SEARCH.untilFound(query(searched.getKey(), searched.getValue(), slug), INDEXED);
        }
        OwnOpenSearch openSearch = ClusterSuite.rig().openSearch();
        List<String> indices = openSearch.indicesBehind("published-text-read");
        long documents = openSearch.count("published-text");
        assertTrue(documents > 0);

        OwnWildFly wildfly = ClusterSuite.rig().nodeA();
        wildfly.close();
        FaultTimes.record(
                "OpenSearch: WildFly restart on an existing shared index", wildfly.start(), OwnWildFly.START_DEADLINE);

        assertEquals(indices, openSearch.indicesBehind("published-text-read"), "the same index, never recreated");
        assertTrue(openSearch.count("published-text") >= documents, "nothing purged");
        assertEquals(
                List.of("report-summary"),
                types(SEARCH.hits(query(GPP_ZH, "zh-CN", slug))),
                "found at once after the restart, without a rebuild");
        String log = wildfly.serverLogText();
        assertFalse(log.contains("building it"), "no node rebuilt a shared index that holds documents");
    }

    @Test
    void aRebuildKeepsTheOldIndexForSearchesInFlightSoThatNoSearchOnEitherNodeFails() throws Exception {
        String slug = SeedIssue2024No2.published(SEED_ITEMS).slug();
        // every locale's documents indexed before "what was found before" is read: they are indexed one by one, and
        // on a loaded machine the English ones came after the Chinese
        for (Map.Entry<String, String> searched : SEARCHED.entrySet()) {
            SEARCH.untilFound(query(searched.getKey(), searched.getValue(), slug), INDEXED);
        }
        OwnOpenSearch openSearch = ClusterSuite.rig().openSearch();
        List<String> before = openSearch.indicesBehind("published-text-read");
        long documents = openSearch.count("published-text");
        Map<String, List<String>> foundBefore = found(slug);
        assertProblem(rebuild(DemoUser.EDITH), 403, "forbidden");

        Api.Reply rebuilt;
        List<Api.Reply> answers = new ArrayList<>();
        long start = System.nanoTime();
        // front ends searching on both nodes all along, while node A rebuilds; and whether the old index outlives the
        // moment the read alias leaves it (deleted in the same step, a search still on it failed with a 503)
        CompletableFuture<Boolean> keptAfterTheSwitch = CompletableFuture.supplyAsync(
                () -> oldIndicesExistOnceTheReadAliasMoved(openSearch, before), OpenSearchClusterIT::ownThread);
        try (DeliverySearch.Watch onA = new DeliverySearch(
                                ClusterSuite.rig().nodeA().url())
                        .watch(query(GPP_ZH, "zh-CN", slug), REBUILT);
                DeliverySearch.Watch onB = new DeliverySearch(
                                ClusterSuite.rig().nodeB().url())
                        .watch(query(GPP_ZH, "zh-CN", slug), REBUILT)) {
            rebuilt = rebuild(DemoUser.ADAM);
            answers.addAll(onA.stop());
            answers.addAll(onB.stop());
        }
        FaultTimes.record(
                "OpenSearch: rebuild of both indices, old ones deleted after the grace period",
                Duration.ofNanos(System.nanoTime() - start),
                REBUILT);

        assertEquals(200, rebuilt.status(), rebuilt::toString);
        JsonObject published = rebuilt.json().getJsonArray("indices").getValuesAs(JsonObject.class).stream()
                .filter(index -> index.getString("index").equals("published-text"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("published-text not rebuilt: " + rebuilt));
        String by = published.getString("by");
        List<Api.Reply> failed = answers.stream()
                .filter(answer -> answer.status() != 200
                        || !types(answer.json().getJsonArray("results").getValuesAs(JsonObject.class))
                                .equals(foundBefore.get(GPP_ZH)))
                .toList();
        assertAll(
                () -> assertTrue(answers.size() > 10, "both nodes searched during the rebuild: " + answers.size()),
                () -> assertEquals(List.of(), failed, () -> failed.size() + " of " + answers.size() + " searches"),
                () -> assertTrue(keptAfterTheSwitch.get(), "the old index still there when the read alias had left it"),
                () -> assertEquals(
                        before,
                        published.getJsonArray("replaced").getValuesAs(JsonString.class).stream()
                                .map(JsonString::getString)
                                .toList()),
                () -> assertFalse(before.contains(by), "a new index"),
                () -> assertEquals(List.of(by), openSearch.indicesBehind("published-text-read")),
                () -> assertEquals(List.of(by), openSearch.indicesBehind("published-text-write")),
                () -> before.forEach(old -> assertFalse(openSearch.exists(old), old + " deleted after the grace")),
                () -> assertTrue(openSearch.count("published-text") >= documents, "nothing lost"),
                () -> assertEquals(foundBefore, found(slug), "what was found before is found after"));

        // what is published after the rebuild reaches the new index (the write alias moved with it)
        String after = SeedIssue2024No2.published(SEED_ITEMS).slug();
        assertEquals(
                List.of("report-summary"),
                types(SEARCH.untilFound(query(GPP_ZH, "zh-CN", after), INDEXED).value()));
    }

    @Test
    void aStoppedOpenSearchIsAnswered503WithRetryAfterWhileTheRestWorksAndSearchComesBackByItself() {
        String slug = SeedIssue2024No2.published(SEED_ITEMS).slug();
        String search = query(GPP_ZH, "zh-CN", slug);
        SEARCH.untilFound(search, INDEXED);
        String issue = "/api/delivery/v1/publications/" + slug + "/issues/2024/2?locale=zh-CN";
        List<URI> nodes = List.of(
                ClusterSuite.rig().nodeA().url(), ClusterSuite.rig().nodeB().url());
        OwnOpenSearch openSearch = ClusterSuite.rig().openSearch();

        // a hung engine (frozen: the kernel accepts connections, nothing answers) is bounded by the read timeout
        openSearch.pause();
        long frozenAt = System.nanoTime();
        Api.Reply unanswered;
        try {
            unanswered = SEARCH.reply(search);
        } finally {
            openSearch.resume();
        }
        Duration heldFor = Duration.ofNanos(System.nanoTime() - frozenAt);
        FaultTimes.record("OpenSearch frozen (SIGSTOP): a search answered after", heldFor, ANSWERED);
        List<Api.Reply> searched = new ArrayList<>();
        FaultTimes.record(
                "OpenSearch resumed: search answers again",
                foundAgain(Api.base(), search, AWAY, searched).after(),
                AWAY);

        openSearch.close();
        List<Api.Reply> others = new ArrayList<>();
        List<Api.Reply> inChinese = new ArrayList<>();
        String publishedMeanwhile = null;
        long slowest = 0;
        try {
            for (URI node : nodes) {
                Polling.Found<Api.Reply> refused = Polling.await(
                        "a search refused on " + node,
                        AWAY,
                        () -> Optional.of(searchOn(node, search, searched)).filter(reply -> reply.status() != 200));
                FaultTimes.record("OpenSearch stopped: searches refused on " + node, refused.after(), AWAY);
            }
            for (URI node : nodes) {
                long start = System.nanoTime();
                searchOn(node, search, searched);
                slowest = Math.max(slowest, System.nanoTime() - start);
                others.add(Api.anonymous().get(node.resolve(issue).toString()));
                others.add(Api.as(DemoUser.EDITH)
                        .get(node.resolve("/api/v1/publications").toString()));
            }
            others.add(Api.as(DemoUser.EDITH).get("/api/v1/sources?size=5"));
            // writing needs no search engine: index changes go to the outbox in the database
            publishedMeanwhile = SeedIssue2024No2.published(SEED_ITEMS).slug();
            searched.add(Api.as(DemoUser.EDITH)
                    .get("/api/v1/sources/search?q=" + URLEncoder.encode(GPP_ZH, StandardCharsets.UTF_8)));
            inChinese.add(Api.anonymous()
                    .header("Accept-Language", "zh-CN")
                    .get(nodes.get(1)
                            .resolve("/api/delivery/v1/search?" + search)
                            .toString()));
        } finally {
            FaultTimes.record("OpenSearch restart on the same data", openSearch.start(), OwnOpenSearch.START_DEADLINE);
        }
        FaultTimes.record("slowest search answer while OpenSearch was down", Duration.ofNanos(slowest), ANSWERED);
        for (URI node : nodes) {
            Polling.Found<List<JsonObject>> back = foundAgain(node, search, OwnOpenSearch.START_DEADLINE, searched);
            FaultTimes.record(
                    "OpenSearch back: search on " + node + " answers again",
                    back.after(),
                    OwnOpenSearch.START_DEADLINE);
            assertEquals(List.of("report-summary"), types(back.value()));
        }
        // Hibernate Search gives an index change up after three tries 30 s apart: put back once OpenSearch answers
        Polling.Found<List<JsonObject>> caughtUp =
                foundAgain(Api.base(), query(GPP_ZH, "zh-CN", publishedMeanwhile), CAUGHT_UP, searched);
        FaultTimes.record("OpenSearch back: an issue published during the outage found", caughtUp.after(), CAUGHT_UP);

        long slowestMillis = Duration.ofNanos(slowest).toMillis();
        List<Api.Reply> refusedAs500 =
                searched.stream().filter(reply -> reply.status() == 500).toList();
        List<Api.Reply> refused =
                searched.stream().filter(reply -> reply.status() != 200).toList();
        assertAll(
                () -> assertTrue(isSearchUnavailable(unanswered), unanswered::toString),
                () -> assertTrue(heldFor.compareTo(ANSWERED) < 0, "a frozen engine held a search " + heldFor),
                () -> assertEquals(List.of(), refusedAs500, "never 500 while OpenSearch is down"),
                () -> assertTrue(
                        refused.stream().allMatch(OpenSearchClusterIT::isSearchUnavailable),
                        () -> "503 search-unavailable with Retry-After: " + refused),
                () -> assertTrue(
                        others.stream().allMatch(reply -> reply.status() == 200),
                        () -> "delivery and management work without OpenSearch: " + others),
                () -> assertTrue(slowestMillis < ANSWERED.toMillis(), slowestMillis + " ms"),
                () -> assertTrue(isSearchUnavailable(inChinese.get(0)), () -> inChinese.toString()),
                () -> assertEquals("搜索暂不可用", inChinese.get(0).json().getString("title")));
    }

    // --- helpers ----------------------------------------------------------------------------------------------

    private static final List<String> SEED_ITEMS = List.of(
            "declaration/2024-2-chaillot", "news/2024-2-regional-food-systems", "report-summary/2024-2-gpp-monitoring");

    /** From OpenSearch's stop until both nodes refuse searches (the stop itself takes seconds). */
    private static final Duration AWAY = Duration.ofSeconds(60);

    /**
     * A search's answer while OpenSearch is away: a refused connection fails at once, the client's timeouts (2 s to
     * connect, 10 s to read) bound the rest; Hibernate Search's default read timeout was 30 s.
     */
    private static final Duration ANSWERED = Duration.ofSeconds(20);

    private static Api.Reply searchOn(URI node, String parameters, List<Api.Reply> answers) {
        Api.Reply reply = new DeliverySearch(node).reply(parameters);
        answers.add(reply);
        return reply;
    }

    /**
     * The hits of a search on {@code node}, asked again every 200 ms until it answers 200 with some; every answer is
     * kept in {@code answers} (a search engine that is still starting answers 503, which is not yet a failure).
     */
    private static Polling.Found<List<JsonObject>> foundAgain(
            URI node, String parameters, Duration within, List<Api.Reply> answers) {
        return Polling.await("a hit for " + parameters + " on " + node, within, () -> {
            Api.Reply reply = searchOn(node, parameters, answers);
            return Optional.of(reply)
                    .filter(r -> r.status() == 200)
                    .map(r -> r.json().getJsonArray("results").getValuesAs(JsonObject.class))
                    .filter(hits -> !hits.isEmpty());
        });
    }

    private static boolean isSearchUnavailable(Api.Reply reply) {
        return reply.status() == 503
                && reply.contentType().startsWith("application/problem+json")
                && reply.header("Retry-After").equals(Optional.of("10"))
                && reply.json().getString("type").equals("urn:bulletin-cms:problem:search-unavailable")
                && !reply.json().containsKey("incident");
    }

    /** Aborted index changes are put back every 30 s once OpenSearch answers, then applied within a second. */
    private static final Duration CAUGHT_UP = Duration.ofSeconds(90);

    /** Building both indices (a few dozen documents) and the grace period of 15 s, on a loaded machine. */
    private static final Duration REBUILT = Duration.ofMinutes(3);

    /** The item types each of a few searches finds in {@code slug}'s issue, by query. */
    /** What {@link #found} searches, each in its locale; each finds something in the seed issue. */
    private static final Map<String, String> SEARCHED = searched();

    private static Map<String, String> searched() {
        Map<String, String> searched = new LinkedHashMap<>();
        for (String zh : List.of(GPP_ZH, "《夏乐宫宣言》", "可持续公共食品采购")) {
            searched.put(zh, "zh-CN");
        }
        for (String en : List.of("\"green public procurement\"", "Chaillot")) {
            searched.put(en, "en");
        }
        return java.util.Collections.unmodifiableMap(searched);
    }

    private static Map<String, List<String>> found(String slug) {
        Map<String, List<String>> found = new LinkedHashMap<>();
        SEARCHED.forEach((words, locale) -> found.put(words, types(SEARCH.hits(query(words, locale, slug)))));
        return found;
    }

    /**
     * Watches the read alias until it leaves {@code before} (a rebuild's switch), then tells whether every index of
     * {@code before} still exists.
     */
    private static boolean oldIndicesExistOnceTheReadAliasMoved(OwnOpenSearch openSearch, List<String> before) {
        return Polling.await(
                        "the read alias moved off " + before,
                        REBUILT,
                        Duration.ofMillis(20),
                        () -> Optional.of(openSearch.indicesBehind("published-text-read"))
                                .filter(now -> !now.equals(before))
                                .map(now -> before.stream().allMatch(openSearch::exists)))
                .value();
    }

    private static void ownThread(Runnable task) {
        Thread thread = new Thread(task, "alias-watch");
        thread.setDaemon(true);
        thread.start();
    }

    private static Api.Reply rebuild(DemoUser user) {
        return Api.as(user).send("POST", "/api/v1/search-index/rebuilds", HttpRequest.BodyPublishers.noBody(), null);
    }

    private static List<JsonObject> managed(String query) {
        Api.Reply reply = Api.as(DemoUser.EDITH)
                .get("/api/v1/sources/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        assertEquals(200, reply.status(), reply::toString);
        return reply.json().getJsonArray("hits").getValuesAs(JsonObject.class);
    }
}
