package org.bulletincms.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.bulletincms.deploy.KeycloakServer;
import org.bulletincms.deploy.Readiness;
import org.bulletincms.deploy.ServerProcess;

/**
 * Load on the delivery API as front ends and crawlers make it (issue 13), against nginx serving exactly the same
 * bytes for the same requests, in one run on PostgreSQL:
 * <ol>
 * <li>one issue URL repeated (the seed issue 2024 No. 2 in zh-CN), at 10 published issues and at all of them;</li>
 * <li>a random URL per request over every issue, item and list URL of the issues published through the API, in
 *     both locales ({@code ?locale=});</li>
 * <li>the same URLs without {@code ?locale=}, each request with one of many {@code Accept-Language} values;</li>
 * <li>(2) right after WildFly was killed and started again, with no warm-up;</li>
 * </ol>
 * then (1) and (2) again after the issues were cloned in SQL up to {@code --issues}, and the publish call of a
 * 50-item bilingual issue. For each run: requests/s, p50, p99 (wrk), the server's CPU time per request (from
 * {@code /proc}), the load average before it and, for WildFly, the GC pauses during it (its {@code -Xlog:gc}).
 * Writes a Markdown report.
 */
public final class DeliveryBenchmark {

    private static final int PORT_OFFSET = 25000;
    private static final int POSTGRES_PORT = 29432;
    private static final int KEYCLOAK_PORT = 29180;
    private static final int NGINX_PORT = 29500;
    static final int SMALL = 10;
    static final String SLUG = "spp-newsletter";
    static final String ONE = "/api/delivery/v1/publications/" + SLUG + "/issues/2024/2?locale=zh-CN";

    private final Options options;
    private final IssuePublisher publisher;
    private final IssueClones clones;
    private final PrintQueue printQueue;
    private final ProductNode product;
    private final Wrk wrk;

    record Options(
            int issues,
            int viaApi,
            int items,
            String duration,
            String warmUp,
            int languages,
            int publishItems,
            int publishRounds) {}

    /** One server under one workload. */
    record Measured(Wrk.Load load, double cpuMillisPerRequest, String loadAverage, Optional<GcLog.Pauses> gc) {}

    /** A server the benchmark measures: where it listens, and how to read its CPU time and GC log now. */
    private record Server(String name, URI base, Supplier<ProcessCpu> cpu, Supplier<Optional<GcLog>> gc) {}

    private DeliveryBenchmark(
            Options options,
            IssuePublisher publisher,
            IssueClones clones,
            PrintQueue printQueue,
            ProductNode product,
            Wrk wrk) {
        this.options = options;
        this.publisher = publisher;
        this.clones = clones;
        this.printQueue = printQueue;
        this.product = product;
        this.wrk = wrk;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> given = BenchArguments.of(args);
        int issues = Integer.parseInt(given.getOrDefault("issues", "10000"));
        Options options = new Options(
                issues,
                Math.max(SMALL, Math.min(issues, Integer.parseInt(given.getOrDefault("api-issues", "100")))),
                Integer.parseInt(given.getOrDefault("items", "12")),
                given.getOrDefault("duration", "20s"),
                given.getOrDefault("warmup", "10s"),
                Integer.parseInt(given.getOrDefault("languages", "2000")),
                Integer.parseInt(given.getOrDefault("publish-items", "50")),
                Integer.parseInt(given.getOrDefault("publish-rounds", "5")));
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
                            BenchDatabase.environment(POSTGRES_PORT, "CMS_DB_POOL_MAX", "40"))) {
                product.deploy(Path.of(given.get("war")));
                long launched = System.nanoTime();
                product.launch();
                // longer than KeycloakServer's five minutes: on a small shared machine a start has taken more
                Readiness.await(
                        "Keycloak", keycloak.wellKnown(), ProductNode.STARTUP_TIMEOUT, Optional.of(kc.process()));
                product.awaitReady();
                Duration firstStart = Duration.ofNanos(System.nanoTime() - launched);
                DeliveryBenchmark bench = new DeliveryBenchmark(
                        options,
                        new IssuePublisher(
                                new Client(product.applicationUrl(), keycloak.realmUrl()),
                                Path.of(given.get("samples"))),
                        new IssueClones(postgres.getPostgresDatabase()),
                        new PrintQueue(postgres.getPostgresDatabase()),
                        product,
                        Wrk.in(work));
                String report = bench.run(work, firstStart);
                Files.createDirectories(Path.of(given.get("results")).getParent());
                Files.writeString(Path.of(given.get("results")), report);
                System.out.println(report);
            }
        }
    }

    private String run(Path work, Duration firstStart) throws Exception {
        DeliveryReport.Builder report = new DeliveryReport.Builder(options, firstStart);
        String publication = publisher.createPublication(SLUG);
        long started = System.nanoTime();
        List<IssuePublisher.Published> issues = new ArrayList<>();
        issues.add(publisher.publishSeed(publication, 2021, 4, 6, "2021-4-"));
        issues.add(publisher.publishSeed(publication, 2024, 2, 16, "2024-2-"));
        issues.addAll(publisher.publishGenerated(publication, 0, SMALL - 2, options.items()));
        report.populatedSmall(seconds(started));
        report.printed(printQueue.drain());
        report.oneUrl(probe(URI.create("http://127.0.0.1:" + (8080 + PORT_OFFSET) + ONE)));

        URI productBase = URI.create("http://127.0.0.1:" + (8080 + PORT_OFFSET));
        URI nginxBase = URI.create("http://127.0.0.1:" + NGINX_PORT);
        Path nginxPrefix = work.resolve("nginx");
        Files.createDirectories(nginxPrefix.resolve("html"));
        try (Nginx nginx = Nginx.start(nginxPrefix, NGINX_PORT)) {
            Server wildfly = new Server("Bulletin CMS", productBase, product::cpu, () -> Optional.of(product.gc()));
            Server yardstick = new Server("nginx", nginxBase, () -> ProcessCpu.tree(nginx.master()), Optional::empty);

            report.oneAtSmall(measure(wildfly, UrlMix.one(ONE), true));

            long more = System.nanoTime();
            issues.addAll(publisher.publishGenerated(publication, SMALL - 2, options.viaApi() - 2, options.items()));
            report.populatedRest(options.viaApi() - SMALL, seconds(more));
            report.printed(printQueue.drain());

            UrlMix one = UrlMix.one(ONE);
            UrlMix all = UrlMix.all(SLUG, issues);
            UrlMix negotiated = UrlMix.negotiated(SLUG, issues, options.languages(), 13);
            StaticMirror mirror = new StaticMirror(productBase, nginxBase, nginxPrefix.resolve("html"));
            long copying = System.nanoTime();
            int copied = mirror.copy(all) + mirror.copy(negotiated);
            double copySeconds = seconds(copying);
            StaticMirror.Check checked =
                    mirror.check(one, 1).plus(mirror.check(all, 2)).plus(mirror.check(negotiated, 3));
            report.mirrored(all, negotiated, copied, copySeconds, checked);

            report.workload(1, measure(wildfly, one, true), measure(yardstick, one, true));
            report.workload(2, measure(wildfly, all, true), measure(yardstick, all, true));
            report.classes(ClassProbe.of(productBase, all, 7));
            report.workload(3, measure(wildfly, negotiated, true), measure(yardstick, negotiated, true));

            Duration restart = product.killAndStart();
            report.restarted(restart, measure(wildfly, all, false));

            String other = publisher.createPublication("bench-publish");
            report.publishing(
                    publisher.timePublishing(other, 100, options.publishItems(), options.publishRounds(), printQueue));
            // the last timed round's PDFs (50 items, both locales) are still being laid out: made before measuring more
            report.printed(printQueue.drain());

            if (options.issues() > options.viaApi()) {
                long cloning = System.nanoTime();
                try {
                    int cloned = clones.cloneLast(publication, options.viaApi() - 2, options.issues() - 2);
                    report.cloned(cloned, seconds(cloning));
                    report.large(measure(wildfly, one, true), measure(wildfly, all, true));
                } catch (java.sql.SQLException e) {
                    report.cloneFailed(e.getMessage());
                }
            }
        }
        return report.build();
    }

    private Measured measure(Server server, UrlMix mix, boolean warmUp) throws IOException, InterruptedException {
        if (warmUp) {
            wrk.run(server.base(), mix, options.warmUp());
        }
        String[] loadAverages = Files.readString(Path.of("/proc/loadavg")).split(" ");
        String loadAverage = loadAverages[0] + " / " + loadAverages[1];
        ProcessCpu cpu = server.cpu().get();
        long before = cpu.millis();
        Wrk.Load load = wrk.run(server.base(), mix, options.duration());
        long used = cpu.millis() - before;
        Optional<GcLog.Pauses> pauses = Optional.empty();
        Optional<GcLog> gc = server.gc().get();
        if (gc.isPresent()) {
            pauses = Optional.of(gc.get().between(load.startMillis(), load.endMillis()));
        }
        return new Measured(load, load.requests() == 0 ? 0 : (double) used / load.requests(), loadAverage, pauses);
    }

    private static HttpResponse<String> probe(URI uri) throws IOException, InterruptedException {
        HttpResponse<String> answer = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .build()
                .send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(uri + " answered " + answer.statusCode() + ": " + answer.body());
        }
        return answer;
    }

    private static double seconds(long sinceNanos) {
        return (System.nanoTime() - sinceNanos) / 1e9;
    }
}
