package org.bulletincms.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.bulletincms.deploy.KeycloakServer;
import org.bulletincms.deploy.ServerProcess;
import org.bulletincms.deploy.WildFlyServer;

/**
 * Measures, on PostgreSQL with the real WildFly and Keycloak, how long saving an item takes (p50/p95/p99 over
 * many saves) and how long publishing a whole issue of 50 items in two locales takes. Targets: item save
 * p95 ≤ 50 ms, publish ≤ 300 ms. Writes a Markdown report.
 */
public final class WorkflowBenchmark {

    private static final int PORT_OFFSET = 20000;
    private static final int POSTGRES_PORT = 28432;
    private static final int KEYCLOAK_PORT = 28180;
    private static final int WARM_UP_SAVES = 100;
    private static final int MEASURED_SAVES = 500;
    private static final int ITEMS_PER_ISSUE = 50;
    private static final int PUBLISHED_ISSUES = 7;

    private WorkflowBenchmark() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = BenchArguments.of(args);
        Path work = Path.of(options.get("work"));
        deleteTree(work);
        Files.createDirectories(work);
        Path server = copyTree(Path.of(options.get("server")), work.resolve("server"));

        try (EmbeddedPostgres postgres =
                EmbeddedPostgres.builder().setPort(POSTGRES_PORT).start()) {
            KeycloakServer keycloak =
                    new KeycloakServer(Path.of(options.get("keycloak")), KEYCLOAK_PORT, KEYCLOAK_PORT + 10, true);
            WildFlyServer wildfly = new WildFlyServer(
                    server,
                    work.resolve("data"),
                    keycloak.realmUrl(),
                    PORT_OFFSET,
                    BenchDatabase.environment(postgres.getPort()));
            wildfly.deploy(Path.of(options.get("war")), List.of());
            try (ServerProcess kc = keycloak.start(Path.of(options.get("realm")), work.resolve("keycloak.log"));
                    ServerProcess wf = wildfly.start(work.resolve("wildfly.log"))) {
                keycloak.awaitReady(Optional.of(kc.process()));
                wildfly.awaitReady(Optional.of(wf.process()));
                String report = measure(new Client(wildfly.applicationUrl(), keycloak.realmUrl()));
                Files.createDirectories(Path.of(options.get("results")).getParent());
                Files.writeString(Path.of(options.get("results")), report);
                System.out.println(report);
            }
        }
    }

    private static String measure(Client api) {
        String editor = api.token("edith");
        String translator = api.token("tom");
        String approver = api.token("anna");

        JsonObject publication = api.send(
                        "POST",
                        "/api/v1/publications",
                        editor,
                        null,
                        Json.createObjectBuilder()
                                .add("slug", "bench-" + System.nanoTime())
                                .add("title", Json.createObjectBuilder().add("zh-CN", "基准"))
                                .add("sourceLocale", "zh-CN")
                                .add("targetLocales", Json.createArrayBuilder().add("en"))
                                .build())
                .json();

        // Item saves: one item edited again and again with If-Match, as an editor at work.
        Issue issue = issueWithItems(api, editor, publication.getString("id"), 2000, ITEMS_PER_ISSUE);
        String item = issue.items().get(0);
        List<Long> saves = new ArrayList<>();
        for (int i = 0; i < WARM_UP_SAVES + MEASURED_SAVES; i++) {
            String etag =
                    api.send("GET", "/api/v1/items/" + item, editor, null, null).etag();
            long start = System.nanoTime();
            Client.Reply saved = api.send(
                    "PUT",
                    "/api/v1/items/" + item,
                    editor,
                    etag,
                    Json.createObjectBuilder().add("content", news(i, 0)).build());
            long took = System.nanoTime() - start;
            saved.expect(200);
            if (i >= WARM_UP_SAVES) {
                saves.add(took);
            }
        }

        // Publishing: whole issues of 50 items in zh-CN and en, from approval to a stored snapshot.
        List<Long> publishes = new ArrayList<>();
        for (int n = 0; n < PUBLISHED_ISSUES; n++) {
            Issue next = issueWithItems(api, editor, publication.getString("id"), 2100 + n, ITEMS_PER_ISSUE);
            api.send("POST", "/api/v1/issues/" + next.id() + "/workflow/send-to-translation", editor, null, empty())
                    .expect(200);
            api.send("POST", "/api/v1/issues/" + next.id() + "/translations/en/done", translator, null, null)
                    .expect(200);
            api.send("POST", "/api/v1/issues/" + next.id() + "/workflow/submit-for-review", editor, null, empty())
                    .expect(200);
            api.send("POST", "/api/v1/issues/" + next.id() + "/workflow/approve", approver, null, empty())
                    .expect(200);
            long start = System.nanoTime();
            api.send("POST", "/api/v1/issues/" + next.id() + "/workflow/publish", editor, null, empty())
                    .expect(200);
            long took = System.nanoTime() - start;
            if (n > 0) {
                publishes.add(took);
            }
        }

        Percentiles save = Percentiles.of(saves);
        Percentiles publish = Percentiles.of(publishes);
        return String.join(
                "\n",
                "# Workflow benchmark",
                "",
                "Run " + Instant.now() + " on " + Runtime.getRuntime().availableProcessors()
                        + " cores with `bench/run-workflow.sh`:",
                "WildFly + Keycloak + PostgreSQL (zonky 18) on one machine, HTTP over loopback, a real bearer token per request.",
                "",
                "| Measure | Samples | p50 | p95 | p99 | max | Target | Met |",
                "|---|---|---|---|---|---|---|---|",
                row("Item save (PUT with If-Match)", save, 50),
                row("Publish a 50-item issue, zh-CN + en", publish, 300),
                "",
                "Item saves: " + WARM_UP_SAVES
                        + " warm-up saves not counted. Publishing: the first publication warms up "
                        + "and is not counted. A save runs the section type's checks, the sanitiser, the workflow "
                        + "rules and the history events; a publication hashes the issue, renders the snapshot in both "
                        + "locales and stores it in one transaction.",
                "");
    }

    private static String row(String name, Percentiles p, long targetMs) {
        double checked = name.startsWith("Item") ? p.p95() : p.max();
        return "| " + name + " | " + p.count() + " | " + ms(p.p50()) + " | " + ms(p.p95()) + " | " + ms(p.p99()) + " | "
                + ms(p.max()) + " | " + (name.startsWith("Item") ? "p95 ≤ " : "≤ ") + targetMs + " ms | "
                + (checked <= targetMs ? "yes" : "no") + " |";
    }

    private static String ms(double millis) {
        return String.format(java.util.Locale.ROOT, "%.1f ms", millis);
    }

    record Issue(String id, List<String> items) {}

    private static Issue issueWithItems(Client api, String editor, String publicationId, int cumulative, int count) {
        JsonObject issue = api.send(
                        "POST",
                        "/api/v1/publications/" + publicationId + "/issues",
                        editor,
                        null,
                        Json.createObjectBuilder()
                                .add("year", 2000 + cumulative / 100)
                                .add("number", cumulative % 100 + 1)
                                .add("cumulativeNumber", cumulative)
                                .build())
                .expect(201)
                .json();
        JsonObject rubric = api.send(
                        "POST",
                        "/api/v1/issues/" + issue.getString("id") + "/rubrics",
                        editor,
                        null,
                        Json.createObjectBuilder()
                                .add(
                                        "title",
                                        Json.createObjectBuilder()
                                                .add("zh-CN", "栏目")
                                                .add("en", "Rubric"))
                                .build())
                .expect(201)
                .json();
        List<String> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            items.add(api.send(
                            "POST",
                            "/api/v1/issues/" + issue.getString("id") + "/rubrics/" + rubric.getString("id") + "/items",
                            editor,
                            null,
                            Json.createObjectBuilder()
                                    .add("type", "news")
                                    .add("content", news(0, i))
                                    .build())
                    .expect(201)
                    .json()
                    .getString("id"));
        }
        return new Issue(issue.getString("id"), items);
    }

    private static JsonObject news(int revision, int index) {
        String body = "<p>" + "可持续公共采购促进可持续粮食系统的区域路径。".repeat(20) + revision + "</p>";
        JsonObjectBuilder zh = Json.createObjectBuilder()
                .add("title", "新闻 " + index + " 第" + revision + "版")
                .add("body", body)
                .add("sourceName", "同一个地球网络网站");
        JsonObjectBuilder en = Json.createObjectBuilder()
                .add("title", "News " + index + " revision " + revision)
                .add("body", "<p>" + "Regional pathways for sustainable food systems. ".repeat(20) + "</p>")
                .add("sourceName", "One Planet network");
        return Json.createObjectBuilder()
                .add("shared", Json.createObjectBuilder().add("sourceUrl", "https://www.oneplanetnetwork.org/"))
                .add("localized", Json.createObjectBuilder().add("zh-CN", zh).add("en", en))
                .build();
    }

    private static JsonObject empty() {
        return Json.createObjectBuilder().build();
    }

    private static Path copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        return to;
    }

    private static void deleteTree(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(path)) {
            for (Path each : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(each);
            }
        }
    }
}
