package org.bulletincms.it;

import static org.bulletincms.it.ApiAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 13: every delivery URL is answered from documents compiled in the publishing transaction, with the same
 * bytes and ETag from memory, from the database, and after a restart; a correction recompiles only what changed
 * and leaves the old edition's bytes alone; unpublishing removes every compiled document of the issue. The Atom
 * feed is such a document too, recompiled with each publication and unpublication.
 */
@ExtendWith(ArquillianExtension.class)
class CompiledDeliveryIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return BulletinDeployment.forTests();
    }

    /** A URL with the Accept-Language it is asked with (empty: none). */
    record Request(String path, Optional<String> acceptLanguage) {

        Api.Reply send() {
            return send(Api.anonymous());
        }

        Api.Reply sendIfNoneMatch(String etag) {
            return send(Api.anonymous().header("If-None-Match", etag));
        }

        private Api.Reply send(Api api) {
            return acceptLanguage
                    .map(value -> api.header("Accept-Language", value))
                    .orElse(api)
                    .get(path);
        }
    }

    /** What a front end keeps of an answer. */
    record Answer(int status, String body, String etag, String contentLanguage) {

        static Answer of(Api.Reply reply) {
            return new Answer(
                    reply.status(),
                    reply.body(),
                    reply.header("ETag").orElse(""),
                    reply.header("Content-Language").orElse(""));
        }
    }

    @Test
    void everyDeliveryUrlAnswersTheSameBytesAndETagFromMemoryFromTheDatabaseAndAfterARestart() throws Exception {
        DeliveryIT.Published p = DeliveryIT.published();
        List<Request> urls = urls(p);
        Map<Request, Answer> first = answers(urls);
        Map<Request, Answer> fromMemory = answers(urls);
        first.forEach((url, answer) -> assertEquals(200, answer.status(), url + " " + answer));

        ServerRestart.reload();
        Map<Request, Answer> afterRestart = answers(urls);
        Map<Request, Answer> afterRestartFromMemory = answers(urls);

        assertAll(urls.stream().map(url -> () -> {
            assertEquals(first.get(url), fromMemory.get(url), url + " from memory");
            assertEquals(first.get(url), afterRestart.get(url), url + " from the compiled documents after a restart");
            assertEquals(first.get(url), afterRestartFromMemory.get(url), url + " from memory after a restart");
        }));
        for (Request url : urls) {
            assertEquals(304, url.sendIfNoneMatch(first.get(url).etag()).status(), url.toString());
        }
    }

    @Test
    void aCorrectionRecompilesOnlyWhatChangedAndTheOldEditionKeepsItsBytes() {
        DeliveryIT.Published other = DeliveryIT.published();
        DeliveryIT.Published p = DeliveryIT.published();
        Map<String, JsonObject> otherBefore = compiled(other.fixture().issue());
        Map<String, JsonObject> before = compiled(p.fixture().issue());
        String edition1 = p.issuePath() + "/editions/1?locale=zh-CN";
        Answer edition1Before = Answer.of(Api.anonymous().get(edition1));

        correct(p);

        Map<String, JsonObject> after = compiled(p.fixture().issue());
        List<String> pinnedBefore = keysOfKind(before, "issue-edition");
        assertAll(
                () -> assertEquals(
                        otherBefore, compiled(other.fixture().issue()), "another issue's documents were not touched"),
                () -> pinnedBefore.forEach(key -> assertEquals(
                        before.get(key), after.get(key), key + ": edition 1's documents are never recompiled")),
                () -> assertEquals(
                        edition1Before,
                        Answer.of(Api.anonymous().get(edition1)),
                        "edition 1's URL keeps its bytes and ETag"),
                () -> assertEquals(
                        2 * pinnedBefore.size(),
                        keysOfKind(after, "issue-edition").size(),
                        "edition 2 has documents of its own"),
                () -> after.values()
                        .forEach(document -> assertEquals(
                                1,
                                document.getInt("formatVersion"),
                                "each document says which delivery format it has")),
                () -> assertNotEquals(
                        before.get(latestKey(before)).getString("etag"),
                        after.get(latestKey(before)).getString("etag"),
                        "the latest issue URL changed"),
                () -> assertEquals(
                        2,
                        Api.anonymous()
                                .get(p.issuePath() + "?locale=zh-CN")
                                .json()
                                .getInt("edition")));
    }

    @Test
    void unpublishingRemovesEveryCompiledDocumentOfTheIssue() {
        DeliveryIT.Published stays = DeliveryIT.published();
        DeliveryIT.Published p = DeliveryIT.published();
        String base = "/api/delivery/v1/publications/" + p.slug();
        List<Request> urls = urls(p);
        answers(urls); // in memory as well
        assertFalse(compiled(p.fixture().issue()).isEmpty());
        Map<String, JsonObject> staysBefore = compiled(stays.fixture().issue());

        Workflow.ok(Workflow.take(DemoUser.ANNA, p.fixture().issue(), "unpublish", "撤下"));

        assertAll(
                () -> assertEquals(Map.of(), compiled(p.fixture().issue()), "no compiled document is left"),
                () -> assertEquals(staysBefore, compiled(stays.fixture().issue()), "other issues keep theirs"),
                () -> urls.stream()
                        .filter(url -> !url.path().endsWith("/publications"))
                        .filter(url -> !url.path().contains("/issues?"))
                        .filter(url -> !url.path().endsWith("/issues"))
                        .forEach(url -> assertProblem(url.send(), 404, "not-found")),
                () -> assertProblem(Api.anonymous().get(base + "/issues"), 404, "not-found"),
                () -> assertProblem(Api.anonymous().get(base + "/issues?size=5&page=1"), 404, "not-found"),
                () -> assertFalse(
                        Api.anonymous()
                                .get("/api/delivery/v1/publications")
                                .body()
                                .contains("\"slug\":\"" + p.slug() + "\""),
                        "the publication has nothing published"));
    }

    @Test
    void theAtomFeedIsACompiledDocumentThatChangesAtOnceWithAPublicationAndAnUnpublication() {
        DeliveryIT.Published p = DeliveryIT.published();
        String feed = "/api/delivery/v1/publications/" + p.slug() + "/feed.atom?locale=zh-CN";
        Api.Reply first = Api.anonymous().get(feed);
        Answer fromMemory = Answer.of(Api.anonymous().get(feed));
        JsonObject compiled = feedDocument(p.slug(), "zh-CN").orElseThrow();
        Optional<JsonObject> english = feedDocument(p.slug(), "en");

        correct(p);
        Api.Reply afterCorrection = Api.anonymous().get(feed);
        JsonObject recompiled = feedDocument(p.slug(), "zh-CN").orElseThrow();

        Workflow.ok(Workflow.take(DemoUser.ANNA, p.fixture().issue(), "unpublish", "撤下"));
        Api.Reply afterUnpublication = Api.anonymous().get(feed);

        assertAll(
                () -> assertEquals(200, first.status(), first::toString),
                () -> assertEquals("application/atom+xml;charset=UTF-8", first.contentType()),
                () -> assertEquals("zh-CN", first.header("Content-Language").orElseThrow()),
                () -> assertTrue(first.header("Cache-Control").orElseThrow().contains("max-age=60")),
                () -> assertEquals(Answer.of(first), fromMemory, "the same bytes and tag from memory"),
                () -> assertEquals("feed", compiled.getString("kind")),
                () -> assertEquals("application/atom+xml;charset=UTF-8", compiled.getString("mediaType")),
                () -> assertEquals(
                        first.header("ETag").orElseThrow(),
                        compiled.getString("etag"),
                        "the feed is sent with its compiled document's tag"),
                () -> assertTrue(english.isPresent(), "every locale has its feed"),
                () -> assertEquals(200, afterCorrection.status()),
                () -> assertNotEquals(
                        first.header("ETag").orElseThrow(),
                        afterCorrection.header("ETag").orElseThrow(),
                        "the correction changed the feed at once"),
                () -> assertEquals(
                        recompiled.getString("etag"),
                        afterCorrection.header("ETag").orElseThrow()),
                () -> assertTrue(afterCorrection.body().contains("首届联合国粮食系统峰会承诺重大行动"), afterCorrection::body),
                () -> assertProblem(afterUnpublication, 404, "not-found"),
                () -> assertEquals(
                        Optional.empty(), feedDocument(p.slug(), "zh-CN"), "nothing published: the feed is removed"));
    }

    @Test
    void anItemIsAnsweredFromItsCompiledDocumentAndFromMemoryTimesPrinted() throws Exception {
        DeliveryIT.Published p = DeliveryIT.published();
        String item = "/api/delivery/v1/publications/" + p.slug() + "/items/"
                + p.fixture().item() + "?locale=en";
        // The trailing '&' is a form the I/O thread leaves to JAX-RS: each request reads the compiled document
        // from the database, the path every first request, new locale or restarted node takes.
        String fromDatabase = item + "&";
        String expected = Api.anonymous().get(item).body();
        List<Long> database = timed(fromDatabase, expected);
        List<Long> memory = timed(item, expected);
        String line = String.format(
                "item URL over HTTP, %d sequential requests each (ms): compiled document from the"
                        + " database p50 %.2f p99 %.2f; from memory p50 %.2f p99 %.2f%n",
                database.size(),
                percentile(database, 50),
                percentile(database, 99),
                percentile(memory, 50),
                percentile(memory, 99));
        System.out.print("[delivery] " + line);
        java.nio.file.Files.writeString(
                java.nio.file.Path.of("target", "delivery-times.txt"),
                TestDatabase.current() + ": " + line,
                java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.APPEND);
    }

    private static List<Long> timed(String path, String expected) {
        for (int i = 0; i < 50; i++) {
            assertEquals(expected, Api.anonymous().get(path).body());
        }
        List<Long> nanos = new java.util.ArrayList<>();
        for (int i = 0; i < 300; i++) {
            long start = System.nanoTime();
            Api.Reply reply = Api.anonymous().get(path);
            nanos.add(System.nanoTime() - start);
            assertEquals(expected, reply.body(), path);
        }
        java.util.Collections.sort(nanos);
        return nanos;
    }

    private static double percentile(List<Long> sorted, int percent) {
        return sorted.get(Math.min(sorted.size() - 1, sorted.size() * percent / 100)) / 1e6;
    }

    @Test
    void theIssueListsFirstPagesAreCompiledAndDeeperPagesAreCutFromTheSameEntries() {
        JsonObject publication = Editorial.startPublication(DemoUser.EDITH);
        int issues = 21;
        for (int number = 1; number <= issues; number++) {
            publishOneItemIssue(publication, number);
        }
        String slug = publication.getString("slug");
        String list = "/api/delivery/v1/publications/" + slug + "/issues";

        List<String> pages = Api.as(DemoUser.ADAM)
                .get("/api/v1/test-probe/compiled-documents?publication=" + slug)
                .json()
                .getJsonArray("documents")
                .stream()
                .map(JsonValue::asJsonObject)
                .filter(d -> d.getString("kind").equals("issue-page"))
                .map(d -> d.getString("key").replaceAll(".*/issues/pages/", ""))
                .sorted()
                .toList();
        Api.Reply second = Api.anonymous().get(list + "?page=2&locale=en");
        Api.Reply secondAgain = Api.anonymous().get(list + "?locale=en&page=2");
        Api.Reply cut = Api.anonymous().get(list + "?size=1&page=" + issues + "&locale=en");
        Api.Reply third = Api.anonymous().get(list + "?page=3&locale=en");

        assertAll(
                () -> assertEquals(List.of("1/en.json", "1/zh-CN.json", "2/en.json", "2/zh-CN.json"), pages),
                () -> assertEquals(200, second.status(), second::toString),
                () -> assertEquals(issues, second.json().getInt("total")),
                () -> assertEquals(List.of(1), numbers(second)),
                () -> assertEquals(numbers(cut), numbers(second), "the compiled page lists what a cut page lists"),
                () -> assertEquals(second.body(), secondAgain.body()),
                () -> assertEquals(second.header("ETag"), secondAgain.header("ETag")),
                () -> assertEquals(200, third.status(), "a page past the end is empty, as before: " + third),
                () -> assertEquals(List.of(), numbers(third)));
    }

    private static List<Integer> numbers(Api.Reply page) {
        return page.json().getJsonArray("issues").stream()
                .map(entry -> entry.asJsonObject().getInt("number"))
                .toList();
    }

    /** Drafts, translates, approves and publishes issue 2024 No. {@code number} with one news item. */
    private static void publishOneItemIssue(JsonObject publication, int number) {
        JsonObject issue = Editorial.draftIssue(DemoUser.EDITH, publication, 2024, number, number);
        JsonObject rubric = Editorial.addRubric(DemoUser.EDITH, issue, "新闻", "News");
        Editorial.created(Editorial.addItem(
                DemoUser.EDITH,
                issue.getString("id"),
                rubric.getString("id"),
                "news",
                Samples.news("第" + number + "期新闻", "News of No. " + number)));
        String id = issue.getString("id");
        Workflow.ok(Workflow.take(DemoUser.EDITH, id, "send-to-translation", null));
        Workflow.ok(Workflow.markDone(DemoUser.TOM, id, "en"));
        Workflow.ok(Workflow.take(DemoUser.EDITH, id, "submit-for-review", null));
        Workflow.ok(Workflow.take(DemoUser.ANNA, id, "approve", "可以发布"));
        Workflow.ok(Workflow.take(DemoUser.EDITH, id, "publish", null));
    }

    private static List<Request> urls(DeliveryIT.Published p) {
        String base = "/api/delivery/v1/publications/" + p.slug();
        String item = base + "/items/" + p.fixture().item();
        Optional<String> none = Optional.empty();
        return List.of(
                new Request(p.issuePath(), none),
                new Request(p.issuePath() + "?locale=zh-CN", none),
                new Request(p.issuePath() + "?locale=en", none),
                new Request(p.issuePath() + "?locale=fr", none),
                new Request(p.issuePath(), Optional.of("en-US,en;q=0.8")),
                new Request(p.issuePath(), Optional.of("fr-FR")),
                new Request(p.issuePath() + "/editions/1?locale=en", none),
                new Request(p.issuePath() + "/editions/1", Optional.of("fr")),
                new Request(base + "/issues/cumulative/16?locale=en", none),
                new Request(base + "/issues/cumulative/16", Optional.of("zh-TW")),
                new Request(item + "?locale=zh-CN", none),
                new Request(item, Optional.of("en")),
                new Request(base + "/issues", none),
                new Request(base + "/issues?locale=en", none),
                new Request(base + "/issues?size=5&page=1", Optional.of("en")),
                new Request(base + "/feed.atom?locale=en", none),
                new Request(base + "/feed.atom", Optional.of("fr-FR")),
                new Request("/api/delivery/v1/publications", none));
    }

    private static Map<Request, Answer> answers(List<Request> urls) {
        Map<Request, Answer> answers = new LinkedHashMap<>();
        for (Request url : urls) {
            answers.put(url, Answer.of(url.send()));
        }
        return answers;
    }

    /**
     * The issue's documents compiled in the publishing transaction, by key, as the test probe lists them. The print
     * PDFs are made by a job just after the commit, so they may appear between two reads: PrintEditionIT tests them.
     */
    private static Map<String, JsonObject> compiled(String issue) {
        Api.Reply reply = Api.as(DemoUser.ADAM).get("/api/v1/test-probe/compiled-documents?issue=" + issue);
        assertEquals(200, reply.status(), reply::toString);
        return reply.json().getJsonArray("documents").stream()
                .map(JsonValue::asJsonObject)
                .filter(d -> !d.getString("kind").equals("print-pdf"))
                .collect(Collectors.toMap(d -> d.getString("key"), d -> d, (a, b) -> a, LinkedHashMap::new));
    }

    /** The publication's compiled feed in a locale, as the test probe lists it. */
    private static Optional<JsonObject> feedDocument(String slug, String locale) {
        Api.Reply reply = Api.as(DemoUser.ADAM).get("/api/v1/test-probe/compiled-documents?publication=" + slug);
        assertEquals(200, reply.status(), reply::toString);
        return reply.json().getJsonArray("documents").stream()
                .map(JsonValue::asJsonObject)
                .filter(d -> d.getString("key").endsWith("/feed/" + locale + ".atom"))
                .findFirst();
    }

    private static List<String> keysOfKind(Map<String, JsonObject> documents, String kind) {
        return documents.values().stream()
                .filter(d -> d.getString("kind").equals(kind))
                .map(d -> d.getString("key"))
                .toList();
    }

    private static String latestKey(Map<String, JsonObject> documents) {
        return keysOfKind(documents, "issue-latest").stream()
                .filter(key -> key.endsWith("/zh-CN.json"))
                .findFirst()
                .orElseThrow();
    }

    /** Publishes edition 2 with a corrected zh-CN title, as DeliveryIT does. */
    private static void correct(DeliveryIT.Published p) {
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
    }
}
