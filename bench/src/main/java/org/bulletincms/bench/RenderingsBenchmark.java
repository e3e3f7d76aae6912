package org.bulletincms.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.bulletincms.delivery.DeliveryShapes;
import org.bulletincms.delivery.EmailEdition;
import org.bulletincms.delivery.PrintEdition;
import org.bulletincms.delivery.PublicBaseUrl;
import org.bulletincms.delivery.WebEditionPage;
import org.bulletincms.deploy.KeycloakServer;
import org.bulletincms.deploy.Readiness;
import org.bulletincms.deploy.ServerProcess;
import org.bulletincms.locale.LocaleTag;
import org.bulletincms.locale.TextByLocale;
import org.bulletincms.publication.Publication;
import org.bulletincms.publication.PublicationLocales;
import org.bulletincms.publication.PublicationSlug;
import org.bulletincms.sectiontype.InstalledSectionTypes;

/**
 * The renderings of an issue for readers (issue 15), on PostgreSQL with the real WildFly and Keycloak:
 * <ol>
 * <li>the seed issues 2024 No. 2 and 2021 No. 4 (every sample of each, in one rubric) published through the API;
 *     for each issue and locale, the size of each rendering as served (the URLs its JSON lists in
 *     {@code renderings}), and the time to make each from the published snapshot (read from the database) with the
 *     real section types in this JVM: the first of the JVM, then the median of {@code --render-rounds};</li>
 * <li>the publish call of {@code --publish-items}-item bilingual issues ({@code --publish-rounds} after a warm-up),
 *     and after each call how long until both print PDFs, made by the job that runs after the commit, are served.
 *     The next issue is prepared only once they are, so each publish call meets a server whose print worker is
 *     idle, and each PDF time is the job's alone.</li>
 * </ol>
 * The web page and the e-mail edition are made in the publishing transaction, so their time is part of the publish
 * call; the PDF is not (target: publish ≤ 300 ms). Writes a Markdown report.
 */
public final class RenderingsBenchmark {

    private static final int PORT_OFFSET = 27000;
    private static final int POSTGRES_PORT = 29452;
    private static final int KEYCLOAK_PORT = 29380;
    private static final String SLUG = "spp-newsletter";
    private static final LocaleTag ZH = LocaleTag.of("zh-CN");
    private static final LocaleTag EN = LocaleTag.of("en");
    private static final List<String> KINDS = List.of("web-page", "email-html", "email-text", "print-pdf");
    private static final Duration PDF_DEADLINE = Duration.ofMinutes(5);

    private final IssuePublisher publisher;
    private final DataSource database;
    private final URI base;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final InstalledSectionTypes types =
            InstalledSectionTypes.discover(RenderingsBenchmark.class.getClassLoader());

    /** One issue in one locale: the served size of each rendering, and its time to make in this JVM. */
    record IssueRenderings(String issue, String locale, Map<String, Integer> bytes, Map<String, Timing> made) {}

    /** The first time in this JVM and the median of the rounds after it, in milliseconds. */
    record Timing(double firstMs, double medianMs) {}

    /** The publish call and how long the PDFs took after it, in nanoseconds, per measured round. */
    record Publishing(int items, List<Long> publishCalls, List<Long> pdfsReady) {}

    private RenderingsBenchmark(IssuePublisher publisher, DataSource database, URI base) {
        this.publisher = publisher;
        this.database = database;
        this.base = base;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> given = BenchArguments.of(args);
        int renderRounds = Integer.parseInt(given.getOrDefault("render-rounds", "7"));
        int publishItems = Integer.parseInt(given.getOrDefault("publish-items", "50"));
        int publishRounds = Integer.parseInt(given.getOrDefault("publish-rounds", "5"));
        Path work = Path.of(given.get("work"));
        WorkTree.delete(work);
        Files.createDirectories(work);
        Path server = WorkTree.copy(Path.of(given.get("server")), work.resolve("server"));

        try (EmbeddedPostgres postgres =
                EmbeddedPostgres.builder().setPort(POSTGRES_PORT).start()) {
            KeycloakServer keycloak =
                    new KeycloakServer(Path.of(given.get("keycloak")), KEYCLOAK_PORT, KEYCLOAK_PORT + 10, true);
            try (ServerProcess kc = keycloak.start(Path.of(given.get("realm")), work.resolve("keycloak.log"));
                    ProductNode product = new ProductNode(
                            server,
                            work.resolve("data"),
                            work.resolve("logs"),
                            keycloak.realmUrl(),
                            PORT_OFFSET,
                            BenchDatabase.environment(POSTGRES_PORT))) {
                product.deploy(Path.of(given.get("war")));
                product.launch();
                Readiness.await(
                        "Keycloak", keycloak.wellKnown(), ProductNode.STARTUP_TIMEOUT, Optional.of(kc.process()));
                product.awaitReady();
                RenderingsBenchmark bench = new RenderingsBenchmark(
                        new IssuePublisher(
                                new Client(product.applicationUrl(), keycloak.realmUrl()),
                                Path.of(given.get("samples"))),
                        postgres.getPostgresDatabase(),
                        product.applicationUrl());
                String loadBefore = loadAverage();
                List<IssueRenderings> seeds = bench.seeds(renderRounds);
                Publishing publishing = bench.publishing(publishItems, publishRounds);
                String report = report(seeds, publishing, renderRounds, loadBefore, loadAverage());
                Files.createDirectories(Path.of(given.get("results")).getParent());
                Files.writeString(Path.of(given.get("results")), report);
                System.out.println(report);
            }
        }
    }

    private List<IssueRenderings> seeds(int rounds) throws Exception {
        String publication = publisher.createPublication(SLUG);
        List<IssuePublisher.Published> issues = List.of(
                publisher.publishSeed(publication, 2024, 2, 16, "2024-2-"),
                publisher.publishSeed(publication, 2021, 4, 6, "2021-4-"));
        Publication sameAsServer = publication();
        List<IssueRenderings> measured = new ArrayList<>();
        for (IssuePublisher.Published issue : issues) {
            JsonObject snapshot = DeliveryShapes.parse(snapshot(issue.id()));
            for (LocaleTag locale : List.of(ZH, EN)) {
                Map<String, Integer> bytes = new LinkedHashMap<>();
                for (JsonObject rendering : renderingsOf(issue, locale)) {
                    bytes.put(rendering.getString("kind"), served(rendering.getString("url")).length);
                }
                byte[] page = WebEditionPage.of(snapshot, sameAsServer, locale, types);
                Map<String, Timing> made = new LinkedHashMap<>();
                made.put("web-page", time(rounds, () -> WebEditionPage.of(snapshot, sameAsServer, locale, types)));
                made.put(
                        "e-mail (HTML and text)",
                        time(
                                rounds,
                                () -> EmailEdition.of(
                                        snapshot,
                                        sameAsServer,
                                        locale,
                                        types,
                                        PublicBaseUrl.of("https://bulletin.example.org"))));
                made.put("print-pdf", time(rounds, () -> PrintEdition.of(page, name -> Optional.empty())));
                measured.add(new IssueRenderings(issue.year() + " No. " + issue.number(), locale.value(), bytes, made));
            }
        }
        return measured;
    }

    private Publishing publishing(int items, int rounds) throws Exception {
        String publication = publisher.createPublication("bench-publish");
        String slug = "bench-publish";
        List<Long> calls = new ArrayList<>();
        List<Long> pdfs = new ArrayList<>();
        for (int n = 0; n <= rounds; n++) {
            IssuePublisher.Published issue = publisher.approvedNews(publication, 100 + n, items);
            long call = publisher.timePublish(issue.id());
            long committed = System.nanoTime();
            for (LocaleTag locale : List.of(ZH, EN)) {
                awaitPdf("/api/delivery/v1/publications/" + slug + "/issues/" + issue.year() + "/" + issue.number()
                        + ".pdf?locale=" + locale.value());
            }
            if (n > 0) {
                calls.add(call);
                pdfs.add(System.nanoTime() - committed);
            }
        }
        return new Publishing(items, calls, pdfs);
    }

    /** The renderings the issue's JSON lists in a locale, checked to be the four kinds. */
    private List<JsonObject> renderingsOf(IssuePublisher.Published issue, LocaleTag locale) throws Exception {
        String path = "/api/delivery/v1/publications/" + SLUG + "/issues/" + issue.year() + "/" + issue.number()
                + "?locale=" + locale.value();
        List<JsonObject> renderings = DeliveryShapes.parse(
                        new String(served(path), java.nio.charset.StandardCharsets.UTF_8))
                .getJsonArray("renderings")
                .getValuesAs(JsonObject.class);
        if (!renderings.stream().map(r -> r.getString("kind")).toList().equals(KINDS)) {
            throw new IllegalStateException(path + " lists " + renderings);
        }
        for (JsonObject rendering : renderings) {
            if (rendering.getString("kind").equals("print-pdf")) {
                awaitPdf(rendering.getString("url"));
            }
        }
        return renderings;
    }

    private void awaitPdf(String path) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + PDF_DEADLINE.toNanos();
        while (true) {
            HttpResponse<byte[]> reply = get(path);
            if (reply.statusCode() == 200) {
                return;
            }
            if (reply.statusCode() != 503 || System.nanoTime() > deadline) {
                throw new IllegalStateException(path + " answered " + reply.statusCode());
            }
            Thread.sleep(20); // polling a job that runs in another process: no event to wait for
        }
    }

    private byte[] served(String path) throws IOException, InterruptedException {
        HttpResponse<byte[]> reply = get(path);
        if (reply.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + reply.statusCode());
        }
        return reply.body();
    }

    private HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(base.resolve(path)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private String snapshot(String issue) throws SQLException {
        try (Connection db = database.getConnection();
                PreparedStatement find = db.prepareStatement(
                        "select snapshot from published_edition where issue_id = ? order by edition desc limit 1")) {
            find.setObject(1, UUID.fromString(issue));
            try (ResultSet row = find.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("issue " + issue + " has no published edition");
                }
                return row.getString(1);
            }
        }
    }

    /** The publication as {@link IssuePublisher#createPublication} makes it on the server. */
    private static Publication publication() {
        Map<LocaleTag, String> title = new LinkedHashMap<>();
        title.put(ZH, "可持续公共采购计划简报");
        title.put(EN, "Sustainable Public Procurement Programme Newsletter");
        return Publication.start(
                new PublicationSlug(SLUG),
                TextByLocale.of(title),
                Optional.empty(),
                new PublicationLocales(ZH, List.of(EN)),
                "edith",
                Instant.now());
    }

    private static Timing time(int rounds, Supplier<?> make) {
        long started = System.nanoTime();
        make.get();
        double first = (System.nanoTime() - started) / 1e6;
        List<Long> nanos = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            long each = System.nanoTime();
            make.get();
            nanos.add(System.nanoTime() - each);
        }
        return new Timing(first, Percentiles.of(nanos).p50());
    }

    private static String report(
            List<IssueRenderings> seeds, Publishing publishing, int rounds, String loadBefore, String loadAfter) {
        StringBuilder out = new StringBuilder("# Renderings benchmark (issue 15)\n\n");
        out.append("Run ")
                .append(Instant.now())
                .append(" on ")
                .append(Runtime.getRuntime().availableProcessors())
                .append(" cores; load average (1 / 5 min) ")
                .append(loadBefore)
                .append(" before, ")
                .append(loadAfter)
                .append(" after. PostgreSQL, WildFly and Keycloak on this machine; `bench/run-renderings.sh`.\n\n");
        out.append("## The seed issues' renderings\n\n")
                .append("Sizes as served (the URLs the issue's JSON lists); times to make each from the published")
                .append(" snapshot in the benchmark's JVM with the real section types: the first in the JVM, then the")
                .append(" median of ")
                .append(rounds)
                .append(". The PDF is laid out from the web page.\n\n")
                .append("| Issue | Locale | Web page | E-mail HTML | E-mail text | PDF | Web page ms (first / median)"
                        + " | E-mail ms | PDF ms |\n")
                .append("|---|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (IssueRenderings issue : seeds) {
            out.append("| ").append(issue.issue()).append(" | ").append(issue.locale());
            for (String kind : KINDS) {
                out.append(" | ").append(kilobytes(issue.bytes().get(kind)));
            }
            for (Timing timing : issue.made().values()) {
                out.append(String.format(" | %.0f / %.1f", timing.firstMs(), timing.medianMs()));
            }
            out.append(" |\n");
        }
        Percentiles calls = Percentiles.of(publishing.publishCalls());
        Percentiles pdfs = Percentiles.of(publishing.pdfsReady());
        out.append("\n## Publishing a ")
                .append(publishing.items())
                .append("-item bilingual issue\n\n")
                .append("The publish call (web pages and e-mail editions compiled in its transaction, print jobs")
                .append(" queued), then how long until both PDFs are served, made by the job after the commit; ")
                .append(calls.count())
                .append(" rounds after a warm-up.\n\n")
                .append("| | p50 ms | max ms | target |\n|---|---:|---:|---|\n")
                .append(String.format(
                        "| publish call | %.0f | %.0f | ≤ 300 ms: %s |%n",
                        calls.p50(), calls.max(), calls.max() <= 300 ? "met" : "not met"))
                .append(String.format("| both PDFs served after the call | %.0f | %.0f | |%n", pdfs.p50(), pdfs.max()));
        return out.toString();
    }

    private static String kilobytes(Integer bytes) {
        return bytes == null ? "–" : String.format("%.1f KB", bytes / 1024.0);
    }

    private static String loadAverage() {
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        try {
            String[] loads = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return loads[0] + " / " + loads[1];
        } catch (IOException e) {
            return String.format("%.2f", load);
        }
    }
}
