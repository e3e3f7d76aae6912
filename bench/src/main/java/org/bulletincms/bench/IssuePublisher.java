package org.bulletincms.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Publishes issues through the management API with real tokens, as editors, translators and approvers do:
 * create, rubrics, items, send to translation, translation done, submit, approve, publish. Items are the
 * bilingual (zh-CN, en) samples of the standard section types, the two seed issues (2021年第4期, 2024年第2期)
 * exactly as they appeared, generated issues with ~12 of those samples each.
 */
final class IssuePublisher {

    private static final Duration TOKEN_LIFETIME = Duration.ofMinutes(4);
    private static final int THREADS = 8;
    private static final List<String> RUBRICS_ZH = List.of("同一个地球网络最新进展", "可持续公共采购计划最新进展", "合作伙伴最新进展");
    private static final List<String> RUBRICS_EN =
            List.of("One Planet Network updates", "SPP Programme updates", "Partner updates");

    private final Client api;
    private final List<Sample> samples;
    private final Map<String, Token> tokens = new HashMap<>();

    /** A published issue: its management id, its number and the ids of its items (for the item URLs). */
    /** How long another node may take to deliver a publication before the benchmark gives up. */
    private static final Duration VISIBILITY_DEADLINE = Duration.ofSeconds(30);

    record Published(String id, int year, int number, List<String> items) {}

    private record Sample(String name, String type, JsonObject content) {}

    private record Token(String value, Instant at) {}

    IssuePublisher(Client api, Path samples) throws IOException {
        this.api = api;
        List<Sample> all = new ArrayList<>();
        try (Stream<Path> files = Files.walk(samples)) {
            for (Path file :
                    files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                all.add(new Sample(
                        file.getFileName().toString(),
                        file.getParent().getFileName().toString(),
                        read(file)));
            }
        }
        this.samples = List.copyOf(all);
    }

    String createPublication(String slug) {
        return api.send(
                        "POST",
                        "/api/v1/publications",
                        token("edith"),
                        null,
                        Json.createObjectBuilder()
                                .add("slug", slug)
                                .add(
                                        "title",
                                        Json.createObjectBuilder()
                                                .add("zh-CN", "可持续公共采购计划简报")
                                                .add("en", "Sustainable Public Procurement Programme Newsletter"))
                                .add("sourceLocale", "zh-CN")
                                .add("targetLocales", Json.createArrayBuilder().add("en"))
                                .build())
                .expect(201)
                .json()
                .getString("id");
    }

    /** A seed issue: every sample whose name starts with {@code prefix} ("2024-2-"), in one rubric, published. */
    Published publishSeed(String publication, int year, int number, int cumulative, String prefix) {
        String issue = createIssue(publication, year, number, cumulative);
        String rubric = createRubric(issue, 0);
        List<String> items = new ArrayList<>();
        for (Sample sample : samples) {
            if (sample.name().startsWith(prefix)) {
                items.add(addItem(issue, rubric, sample.type(), sample.content()));
            }
        }
        publish(issue);
        return new Published(issue, year, number, items);
    }

    /**
     * Generated issues {@code from} (inclusive) to {@code to} (exclusive), numbered 2100 + k / 100, k % 100 + 1:
     * three rubrics of {@code items / 3} samples each (colophons left out: one per issue is enough), many
     * issues at a time.
     */
    List<Published> publishGenerated(String publication, int from, int to, int items) throws Exception {
        List<Sample> pool = samples.stream()
                .filter(s -> !s.type().equals("colophon") && !s.name().startsWith("v1-"))
                .toList();
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Published>> done = new ArrayList<>();
            for (int k = from; k < to; k++) {
                int n = k;
                done.add(threads.submit(() -> {
                    int year = 2100 + n / 100;
                    int number = n % 100 + 1;
                    String issue = createIssue(publication, year, number, 100 + n);
                    List<String> rubrics = new ArrayList<>();
                    for (int r = 0; r < RUBRICS_ZH.size(); r++) {
                        rubrics.add(createRubric(issue, r));
                    }
                    List<String> ids = new ArrayList<>();
                    for (int i = 0; i < items; i++) {
                        Sample sample = pool.get((n * items + i) % pool.size());
                        ids.add(addItem(
                                issue, rubrics.get(i * rubrics.size() / items), sample.type(), sample.content()));
                    }
                    publish(issue);
                    return new Published(issue, year, number, ids);
                }));
            }
            List<Published> published = new ArrayList<>();
            for (Future<Published> each : done) {
                published.add(each.get());
            }
            return published;
        } finally {
            threads.shutdown();
            threads.awaitTermination(1, TimeUnit.MINUTES);
        }
    }

    /**
     * How long the publish call takes for an issue of {@code items} generated bilingual news items, approved and
     * ready: one warm-up issue, then {@code rounds} measured ones, in nanoseconds.
     */
    List<Long> timePublishing(String publication, int firstCumulative, int items, int rounds, PrintQueue printQueue)
            throws java.sql.SQLException, InterruptedException {
        List<Long> took = new ArrayList<>();
        for (int n = 0; n <= rounds; n++) {
            int cumulative = firstCumulative + n;
            Published approved = approvedNews(publication, cumulative, items);
            printQueue.drain(); // the previous round's PDFs are made before this round is timed
            long elapsed = timePublish(approved.id());
            if (n > 0) {
                took.add(elapsed);
            }
        }
        return took;
    }

    /**
     * An issue of {@code items} generated bilingual news items in one rubric, numbered {@code 2900 + cumulative / 100,
     * cumulative % 100 + 1}, translated and approved: ready for {@link #timePublish}.
     */
    Published approvedNews(String publication, int cumulative, int items) {
        int year = 2900 + cumulative / 100;
        int number = cumulative % 100 + 1;
        String issue = createIssue(publication, year, number, cumulative);
        String rubric = createRubric(issue, 0);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < items; i++) {
            ids.add(addItem(issue, rubric, "news", news(cumulative, i)));
        }
        approve(issue);
        return new Published(issue, year, number, ids);
    }

    /** The publish call of an approved issue, in nanoseconds. */
    long timePublish(String issue) {
        long start = System.nanoTime();
        api.send("POST", "/api/v1/issues/" + issue + "/workflow/publish", token("edith"), null, empty())
                .expect(200);
        return System.nanoTime() - start;
    }

    /**
     * Publishes {@code rounds} small bilingual issues (one news item) through this publisher's node and, once each
     * publish call has answered (the publication committed), asks {@code otherNode} for the issue until it answers
     * 200: how long another node of the cluster takes to deliver what one node published. Nanoseconds per round.
     */
    List<Long> timeVisibilityOn(URI otherNode, String publication, String slug, int firstCumulative, int rounds)
            throws IOException, InterruptedException {
        HttpClient http =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<Long> took = new ArrayList<>();
        for (int n = 0; n < rounds; n++) {
            int cumulative = firstCumulative + n;
            int year = 2900 + cumulative / 100;
            int number = cumulative % 100 + 1;
            String issue = createIssue(publication, year, number, cumulative);
            addItem(issue, createRubric(issue, 0), "news", news(cumulative, 0));
            approve(issue);
            api.send("POST", "/api/v1/issues/" + issue + "/workflow/publish", token("edith"), null, empty())
                    .expect(200);
            long committed = System.nanoTime();
            HttpRequest onOtherNode = HttpRequest.newBuilder(otherNode.resolve("/api/delivery/v1/publications/" + slug
                            + "/issues/" + year + "/" + number + "?locale=zh-CN"))
                    .build();
            long deadline = committed + VISIBILITY_DEADLINE.toNanos();
            while (http.send(onOtherNode, HttpResponse.BodyHandlers.discarding())
                            .statusCode()
                    != 200) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(
                            onOtherNode.uri() + " not delivered within " + VISIBILITY_DEADLINE + " of its publication");
                }
                // the resolution of the measurement: often enough to see 10 ms steps, rarely enough not to load the
                // node
                Thread.sleep(2);
            }
            took.add(System.nanoTime() - committed);
        }
        return took;
    }

    private String createIssue(String publication, int year, int number, int cumulative) {
        return api.send(
                        "POST",
                        "/api/v1/publications/" + publication + "/issues",
                        token("edith"),
                        null,
                        Json.createObjectBuilder()
                                .add("year", year)
                                .add("number", number)
                                .add("cumulativeNumber", cumulative)
                                .build())
                .expect(201)
                .json()
                .getString("id");
    }

    private String createRubric(String issue, int index) {
        return api.send(
                        "POST",
                        "/api/v1/issues/" + issue + "/rubrics",
                        token("edith"),
                        null,
                        Json.createObjectBuilder()
                                .add(
                                        "title",
                                        Json.createObjectBuilder()
                                                .add("zh-CN", RUBRICS_ZH.get(index))
                                                .add("en", RUBRICS_EN.get(index)))
                                .build())
                .expect(201)
                .json()
                .getString("id");
    }

    private String addItem(String issue, String rubric, String type, JsonObject content) {
        return api.send(
                        "POST",
                        "/api/v1/issues/" + issue + "/rubrics/" + rubric + "/items",
                        token("edith"),
                        null,
                        Json.createObjectBuilder()
                                .add("type", type)
                                .add("content", content)
                                .build())
                .expect(201)
                .json()
                .getString("id");
    }

    private void publish(String issue) {
        approve(issue);
        api.send("POST", "/api/v1/issues/" + issue + "/workflow/publish", token("edith"), null, empty())
                .expect(200);
    }

    private void approve(String issue) {
        String workflow = "/api/v1/issues/" + issue + "/workflow/";
        api.send("POST", workflow + "send-to-translation", token("edith"), null, empty())
                .expect(200);
        api.send("POST", "/api/v1/issues/" + issue + "/translations/en/done", token("tom"), null, null)
                .expect(200);
        api.send("POST", workflow + "submit-for-review", token("edith"), null, empty())
                .expect(200);
        api.send("POST", workflow + "approve", token("anna"), null, empty()).expect(200);
    }

    private synchronized String token(String user) {
        Token token = tokens.get(user);
        if (token == null || token.at().plus(TOKEN_LIFETIME).isBefore(Instant.now())) {
            token = new Token(api.token(user), Instant.now());
            tokens.put(user, token);
        }
        return token.value();
    }

    private static JsonObject news(int issue, int index) {
        return Json.createObjectBuilder()
                .add("shared", Json.createObjectBuilder().add("sourceUrl", "https://www.oneplanetnetwork.org/"))
                .add(
                        "localized",
                        Json.createObjectBuilder()
                                .add(
                                        "zh-CN",
                                        Json.createObjectBuilder()
                                                .add("title", "可持续公共采购新闻 " + issue + "-" + index)
                                                .add("body", "<p>" + "可持续公共采购促进可持续粮食系统的区域路径。".repeat(20) + "</p>")
                                                .add("sourceName", "同一个地球网络网站"))
                                .add(
                                        "en",
                                        Json.createObjectBuilder()
                                                .add(
                                                        "title",
                                                        "Sustainable public procurement news " + issue + "-" + index)
                                                .add(
                                                        "body",
                                                        "<p>"
                                                                + "Regional pathways for sustainable food systems. "
                                                                        .repeat(20)
                                                                + "</p>")
                                                .add("sourceName", "One Planet network")))
                .build();
    }

    private static JsonObject empty() {
        return Json.createObjectBuilder().build();
    }

    private static JsonObject read(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                JsonReader json = Json.createReader(reader)) {
            return json.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
