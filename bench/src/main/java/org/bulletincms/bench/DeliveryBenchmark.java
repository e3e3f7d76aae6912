package org.bulletincms.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.Reader;
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
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.bulletincms.deploy.KeycloakServer;
import org.bulletincms.deploy.ServerProcess;
import org.bulletincms.deploy.WildFlyServer;

/**
 * Load on the delivery API: one published issue ({@code GET /api/delivery/v1/publications/{slug}/issues/2024/2
 * ?locale=zh-CN}, the seed issue 2024 No. 2) read by wrk at 32 connections, against nginx serving the very same
 * JSON as a static file, first with 10 published issues in the database and then with 10,000. Targets (issue 6):
 * at least 0.6 × nginx's requests/s, p99 ≤ 10 ms, latency at 10,000 issues at most 1.2 × that at 10.
 * Population goes through the management API with real tokens, many issues at a time, up to {@code --api-issues}
 * (default 100); the rest are cloned in SQL from the last one, as publishing 10,000 issues through the API takes
 * tens of minutes on a small machine. Writes a Markdown report.
 */
public final class DeliveryBenchmark {

    private static final int PORT_OFFSET = 25000;
    private static final int POSTGRES_PORT = 29432;
    private static final int KEYCLOAK_PORT = 29180;
    private static final int NGINX_PORT = 29500;
    private static final int CONNECTIONS = 32;
    private static final int SMALL = 10;
    private static final int POPULATION_THREADS = 8;
    private static final Duration TOKEN_LIFETIME = Duration.ofMinutes(4);

    private final Client api;
    private final Path samples;
    private final DataSource database;
    private final Map<String, Token> tokens = new HashMap<>();

    private DeliveryBenchmark(Client api, Path samples, DataSource database) {
        this.api = api;
        this.samples = samples;
        this.database = database;
    }

    record Token(String value, Instant at) {
    }

    record Load(double requestsPerSecond, double p50, double p99, long requests, long errors) {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        int large = Integer.parseInt(options.getOrDefault("issues", "10000"));
        String duration = options.getOrDefault("duration", "20s");
        int viaApi = Math.min(large, Integer.parseInt(options.getOrDefault("api-issues", "100")));
        Path work = Path.of(options.get("work"));
        WorkTree.delete(work);
        Files.createDirectories(work);
        Path server = WorkTree.copy(Path.of(options.get("server")), work.resolve("server"));

        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setPort(POSTGRES_PORT).start()) {
            KeycloakServer keycloak = new KeycloakServer(Path.of(options.get("keycloak")), KEYCLOAK_PORT,
                    KEYCLOAK_PORT + 10, true);
            WildFlyServer wildfly = new WildFlyServer(server, work.resolve("data"), keycloak.realmUrl(), PORT_OFFSET,
                    Map.of("CMS_DB_DRIVER", "postgresql",
                            "CMS_DB_URL", "jdbc:postgresql://localhost:" + POSTGRES_PORT + "/postgres",
                            "CMS_DB_USER", "postgres", "CMS_DB_PASSWORD", "postgres",
                            "CMS_DB_POOL_MAX", "40"));
            wildfly.deploy(Path.of(options.get("war")), List.of());
            try (ServerProcess kc = keycloak.start(Path.of(options.get("realm")), work.resolve("keycloak.log"));
                 ServerProcess wf = wildfly.start(work.resolve("wildfly.log"))) {
                keycloak.awaitReady(Optional.of(kc.process()));
                wildfly.awaitReady(Optional.of(wf.process()));
                DeliveryBenchmark bench = new DeliveryBenchmark(
                        new Client(wildfly.applicationUrl(), keycloak.realmUrl()), Path.of(options.get("samples")),
                        postgres.getPostgresDatabase());
                String report = bench.run(wildfly.applicationUrl(), work, large, viaApi, duration);
                Files.createDirectories(Path.of(options.get("results")).getParent());
                Files.writeString(Path.of(options.get("results")), report);
                System.out.println(report);
            }
        }
    }

    /**
     * Publishes {@value #SMALL} issues and measures, publishes up to {@code large} and measures again; issues
     * beyond {@code viaApi} are cloned in SQL instead of published through the API.
     */
    private String run(URI application, Path work, int large, int viaApi, String duration) throws Exception {
        String slug = "spp-newsletter";
        String publication = api.send("POST", "/api/v1/publications", token("edith"), null, Json.createObjectBuilder()
                .add("slug", slug)
                .add("title", Json.createObjectBuilder().add("zh-CN", "可持续公共采购计划简报")
                        .add("en", "Sustainable Public Procurement Programme Newsletter"))
                .add("sourceLocale", "zh-CN").add("targetLocales", Json.createArrayBuilder().add("en")).build())
                .expect(201).json().getString("id");

        long started = System.nanoTime();
        publishSeedIssue(publication, 2021, 4, 6, "2021-4-");
        publishSeedIssue(publication, 2024, 2, 16, "2024-2-");
        populate(publication, 0, SMALL - 2);
        double smallSeconds = (System.nanoTime() - started) / 1e9;

        String path = "/api/delivery/v1/publications/" + slug + "/issues/2024/2?locale=zh-CN";
        URI delivery = application.resolve(path);
        HttpResponse<String> issue = HttpClient.newHttpClient().send(HttpRequest.newBuilder(delivery).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (issue.statusCode() != 200) {
            throw new IllegalStateException("the delivery endpoint answered " + issue.statusCode() + " to " + path
                    + ": " + issue.body());
        }
        Path root = Files.createDirectories(work.resolve("nginx/html"));
        Files.writeString(root.resolve("issue.json"), issue.body());
        URI staticCopy = URI.create("http://127.0.0.1:" + NGINX_PORT + "/issue.json");

        try (Nginx nginx = Nginx.start(work.resolve("nginx"), NGINX_PORT)) {
            wrk(delivery, "10s");
            Load appSmall = wrk(delivery, duration);
            Load nginxSmall = wrk(staticCopy, duration);

            long more = System.nanoTime();
            populate(publication, SMALL - 2, viaApi - 2);
            double apiSeconds = (System.nanoTime() - more) / 1e9;
            long cloning = System.nanoTime();
            int cloned = cloneInDatabase(publication, viaApi - 2, large - 2);
            double cloneSeconds = (System.nanoTime() - cloning) / 1e9;
            Population population = new Population(smallSeconds, viaApi - SMALL, apiSeconds, cloned, cloneSeconds);

            wrk(delivery, "10s");
            Load appLarge = wrk(delivery, duration);
            Load nginxLarge = wrk(staticCopy, duration);
            return report(path, issue, population, large, duration,
                    appSmall, nginxSmall, appLarge, nginxLarge);
        }
    }

    // --- population -----------------------------------------------------------------------------------------

    private void publishSeedIssue(String publication, int year, int number, int cumulative, String prefix)
            throws IOException {
        String issue = createIssue(publication, year, number, cumulative);
        String rubric = createRubric(issue);
        List<Path> files;
        try (Stream<Path> all = Files.walk(samples)) {
            files = all.filter(p -> p.getFileName().toString().startsWith(prefix)).sorted().toList();
        }
        for (Path file : files) {
            String type = file.getParent().getFileName().toString();
            api.send("POST", "/api/v1/issues/" + issue + "/rubrics/" + rubric + "/items", token("edith"), null,
                    Json.createObjectBuilder().add("type", type).add("content", read(file)).build()).expect(201);
        }
        publish(issue);
    }

    /** Publishes generated issues {@code from} (inclusive) to {@code to} (exclusive), many at a time. */
    private void populate(String publication, int from, int to) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(POPULATION_THREADS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int k = from; k < to; k++) {
                int n = k;
                done.add(pool.submit(() -> {
                    String issue = createIssue(publication, 2100 + n / 100, n % 100 + 1, 100 + n);
                    String rubric = createRubric(issue);
                    api.send("POST", "/api/v1/issues/" + issue + "/rubrics/" + rubric + "/items", token("edith"), null,
                            Json.createObjectBuilder().add("type", "news").add("content", news(n)).build()).expect(201);
                    publish(issue);
                    return null;
                }));
            }
            for (Future<?> each : done) {
                each.get();
            }
        } finally {
            pool.shutdown();
            pool.awaitTermination(1, TimeUnit.MINUTES);
        }
    }

    /**
     * Clones the last issue published through the API as issues {@code from} (inclusive) to {@code to}
     * (exclusive): the issue row and its published edition, renumbered, snapshot included. Returns how many.
     */
    private int cloneInDatabase(String publication, int from, int to) throws SQLException {
        if (to <= from) {
            return 0;
        }
        String template = "select id from issue where publication_id = ?::uuid and cumulative_number = ?";
        String issues = "insert into issue (id, publication_id, issue_year, number_in_year, cumulative_number, title,"
                + " planned_publication_date, stage, created_at, created_by, updated_at, updated_by, version, edition)"
                + " select md5(t.id::text || k)::uuid, t.publication_id, 2100 + k / 100, k % 100 + 1, 100 + k, t.title,"
                + " t.planned_publication_date, t.stage, now(), 'bench', now(), 'bench', 0, t.edition"
                + " from issue t, generate_series(?, ?) k where t.id = ?::uuid";
        String editions = "insert into published_edition (id, issue_id, publication_id, edition, issue_year,"
                + " number_in_year, cumulative_number, published_at, published_by, signed_hash, correction_note, snapshot)"
                + " select md5(e.id::text || k)::uuid, md5(e.issue_id::text || k)::uuid, e.publication_id, e.edition,"
                + " 2100 + k / 100, k % 100 + 1, 100 + k, e.published_at + k * interval '1 second', e.published_by,"
                + " e.signed_hash, e.correction_note,"
                + " jsonb_set(jsonb_set(jsonb_set(jsonb_set(jsonb_set(jsonb_set(e.snapshot::jsonb,"
                + " '{issue}', to_jsonb(md5(e.issue_id::text || k)::uuid::text)),"
                + " '{year}', to_jsonb(2100 + k / 100)), '{number}', to_jsonb(k % 100 + 1)),"
                + " '{cumulativeNumber}', to_jsonb(100 + k)),"
                + " '{locales,zh-CN,label}', to_jsonb((2100 + k / 100) || '年第' || (k % 100 + 1) || '期 总第' || (100 + k) || '期')),"
                + " '{locales,en,label}', to_jsonb((2100 + k / 100) || ' No. ' || (k % 100 + 1) || ' (No. ' || (100 + k) || ')'))::text"
                + " from published_edition e, generate_series(?, ?) k where e.issue_id = ?::uuid";
        try (Connection db = database.getConnection()) {
            String source;
            try (PreparedStatement find = db.prepareStatement(template)) {
                find.setString(1, publication);
                find.setInt(2, 100 + from - 1);
                try (ResultSet row = find.executeQuery()) {
                    row.next();
                    source = row.getString(1);
                }
            }
            for (String sql : List.of(issues, editions)) {
                try (PreparedStatement insert = db.prepareStatement(sql)) {
                    insert.setInt(1, from);
                    insert.setInt(2, to - 1);
                    insert.setString(3, source);
                    insert.executeUpdate();
                }
            }
        }
        return to - from;
    }

    private String createIssue(String publication, int year, int number, int cumulative) {
        return api.send("POST", "/api/v1/publications/" + publication + "/issues", token("edith"), null,
                Json.createObjectBuilder().add("year", year).add("number", number).add("cumulativeNumber", cumulative)
                        .build()).expect(201).json().getString("id");
    }

    private String createRubric(String issue) {
        return api.send("POST", "/api/v1/issues/" + issue + "/rubrics", token("edith"), null,
                Json.createObjectBuilder().add("title", Json.createObjectBuilder().add("zh-CN", "同一个地球网络最新进展")
                        .add("en", "One Planet Network updates")).build()).expect(201).json().getString("id");
    }

    private void publish(String issue) {
        JsonObject empty = Json.createObjectBuilder().build();
        String workflow = "/api/v1/issues/" + issue + "/workflow/";
        api.send("POST", workflow + "send-to-translation", token("edith"), null, empty).expect(200);
        api.send("POST", "/api/v1/issues/" + issue + "/translations/en/done", token("tom"), null, null).expect(200);
        api.send("POST", workflow + "submit-for-review", token("edith"), null, empty).expect(200);
        api.send("POST", workflow + "approve", token("anna"), null, empty).expect(200);
        api.send("POST", workflow + "publish", token("edith"), null, empty).expect(200);
    }

    private synchronized String token(String user) {
        Token token = tokens.get(user);
        if (token == null || token.at().plus(TOKEN_LIFETIME).isBefore(Instant.now())) {
            token = new Token(api.token(user), Instant.now());
            tokens.put(user, token);
        }
        return token.value();
    }

    private static JsonObject news(int n) {
        return Json.createObjectBuilder()
                .add("shared", Json.createObjectBuilder().add("sourceUrl", "https://www.oneplanetnetwork.org/"))
                .add("localized", Json.createObjectBuilder()
                        .add("zh-CN", Json.createObjectBuilder().add("title", "可持续公共采购新闻 " + n)
                                .add("body", "<p>" + "可持续公共采购促进可持续粮食系统的区域路径。".repeat(10) + "</p>")
                                .add("sourceName", "同一个地球网络网站"))
                        .add("en", Json.createObjectBuilder().add("title", "Sustainable public procurement news " + n)
                                .add("body", "<p>" + "Regional pathways for sustainable food systems. ".repeat(10) + "</p>")
                                .add("sourceName", "One Planet network")))
                .build();
    }

    private static JsonObject read(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             JsonReader json = Json.createReader(reader)) {
            return json.readObject();
        }
    }

    // --- load -----------------------------------------------------------------------------------------------

    private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern TOTAL = Pattern.compile("(\\d+) requests in");
    private static final Pattern ERRORS = Pattern.compile("Non-2xx or 3xx responses: (\\d+)");

    private static Load wrk(URI uri, String duration) throws IOException, InterruptedException {
        Process wrk = new ProcessBuilder("wrk", "-t2", "-c" + CONNECTIONS, "-d" + duration, "--latency", uri.toString())
                .redirectErrorStream(true).start();
        String out = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (wrk.waitFor() != 0) {
            throw new IllegalStateException("wrk failed: " + out);
        }
        System.out.println("wrk " + uri + "\n" + out);
        Matcher errors = ERRORS.matcher(out);
        return new Load(number(RATE, out), latency(out, "50%"), latency(out, "99%"), (long) number(TOTAL, out),
                errors.find() ? Long.parseLong(errors.group(1)) : 0);
    }

    private static double number(Pattern pattern, String out) {
        Matcher m = pattern.matcher(out);
        if (!m.find()) {
            throw new IllegalStateException("no " + pattern + " in wrk's output: " + out);
        }
        return Double.parseDouble(m.group(1));
    }

    /** A latency percentile of wrk's --latency table, in milliseconds. */
    static double latency(String out, String percentile) {
        Matcher m = Pattern.compile("\\s" + Pattern.quote(percentile) + "\\s+([0-9.]+)(us|ms|s)").matcher(out);
        if (!m.find()) {
            throw new IllegalStateException("no " + percentile + " latency in wrk's output: " + out);
        }
        double value = Double.parseDouble(m.group(1));
        return switch (m.group(2)) {
            case "us" -> value / 1000;
            case "s" -> value * 1000;
            default -> value;
        };
    }

    // --- report ---------------------------------------------------------------------------------------------

    record Population(double smallSeconds, int viaApi, double apiSeconds, int cloned, double cloneSeconds) {
    }

    private static String report(String path, HttpResponse<String> issue, Population population,
                                 int large, String duration, Load appSmall, Load nginxSmall,
                                 Load appLarge, Load nginxLarge) {
        double ratioSmall = appSmall.requestsPerSecond() / nginxSmall.requestsPerSecond();
        double ratioLarge = appLarge.requestsPerSecond() / nginxLarge.requestsPerSecond();
        double flatP50 = appLarge.p50() / appSmall.p50();
        double flatP99 = appLarge.p99() / appSmall.p99();
        return String.join("\n",
                "# Delivery benchmark",
                "",
                "Run " + Instant.now() + " on " + Runtime.getRuntime().availableProcessors() + " cores with "
                        + "`bench/run-delivery.sh`: WildFly + Keycloak + PostgreSQL (zonky) and nginx on one machine, "
                        + "wrk " + duration + " per measurement, 2 threads, " + CONNECTIONS + " connections, HTTP over loopback.",
                "",
                "Measured: `GET " + path + "` (the seed issue 2024 No. 2, " + issue.body().getBytes(StandardCharsets.UTF_8).length
                        + " bytes of JSON), anonymous; nginx serves the same bytes as a static file.",
                "",
                "| Published issues | Server | Requests/s | p50 | p99 | Non-2xx | vs nginx |",
                "|---|---|---|---|---|---|---|",
                row(SMALL, "Bulletin CMS", appSmall, ratioSmall),
                row(SMALL, "nginx (static file)", nginxSmall, 1),
                row(large, "Bulletin CMS", appLarge, ratioLarge),
                row(large, "nginx (static file)", nginxLarge, 1),
                "",
                "| Target (issue 6) | Measured | Met |",
                "|---|---|---|",
                "| throughput ≥ 0.6 × nginx | " + fixed(ratioSmall, 2) + " × at " + SMALL + " issues, " + fixed(ratioLarge, 2)
                        + " × at " + large + " | " + yes(Math.min(ratioSmall, ratioLarge) >= 0.6) + " |",
                "| p99 ≤ 10 ms at " + CONNECTIONS + " connections | " + fixed(appSmall.p99(), 2) + " ms / "
                        + fixed(appLarge.p99(), 2) + " ms | " + yes(Math.max(appSmall.p99(), appLarge.p99()) <= 10) + " |",
                "| latency at " + large + " issues ≤ 1.2 × at " + SMALL + " | p50 " + fixed(flatP50, 2) + " ×, p99 "
                        + fixed(flatP99, 2) + " × | " + yes(flatP50 <= 1.2 && flatP99 <= 1.2) + " |",
                "",
                "Population: the two seed issues (every 2021-4 and 2024-2 sample of the standard section types) and "
                        + (SMALL - 2) + " generated issues through the management API with real tokens (each issue: "
                        + "create, rubric, items, send-to-translation, translation done, submit, approve, publish; "
                        + POPULATION_THREADS + " issues at a time) took " + fixed(population.smallSeconds(), 1)
                        + " s. The next " + population.viaApi() + " generated issues (one news item each) through the API "
                        + "took " + fixed(population.apiSeconds(), 1) + " s (" + fixed(population.viaApi()
                        / population.apiSeconds(), 1) + " issues/s, so " + (large - SMALL) + " would take about "
                        + fixed((large - SMALL) / (population.viaApi() / population.apiSeconds()) / 60, 0)
                        + " min on this machine; BENCH_API_ISSUES=" + large + " does that). The remaining "
                        + population.cloned() + " were cloned in SQL from the "
                        + "last issue published through the API (issue row and published edition with its snapshot, "
                        + "renumbered), which took " + fixed(population.cloneSeconds(), 1) + " s: the delivery API reads "
                        + "only those, so for reading they are indistinguishable from issues published through the API. "
                        + "Response headers of the measured endpoint: ETag "
                        + issue.headers().firstValue("ETag").orElse("(none)") + ", Cache-Control "
                        + issue.headers().firstValue("Cache-Control").orElse("(none)") + ".",
                "",
                "wrk, WildFly, PostgreSQL and nginx share the same cores, so both servers are measured under the same "
                        + "handicap; the spread between runs on a shared machine is wide.",
                "");
    }

    private static String row(long issues, String server, Load load, double ratio) {
        return "| " + issues + " | " + server + " | " + fixed(load.requestsPerSecond(), 0) + " | "
                + fixed(load.p50(), 2) + " ms | " + fixed(load.p99(), 2) + " ms | " + load.errors() + " | "
                + fixed(ratio, 2) + " × |";
    }

    private static String fixed(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    private static String yes(boolean met) {
        return met ? "yes" : "no";
    }
}
