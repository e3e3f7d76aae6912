package org.bulletincms.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.bulletincms.deploy.KeycloakServer;
import org.bulletincms.deploy.Readiness;
import org.bulletincms.deploy.ServerProcess;

/**
 * The delivery benchmark on two nodes (issue 16): two WildFly nodes on one PostgreSQL behind nginx as the load
 * balancer, against one node behind the same balancer, on the same machine and in one run; and the time from a
 * publish on node A to its delivery by node B.
 *
 * <p>Two nodes on the same two cores cannot be faster than one: what the comparison shows is what coordination
 * costs (each node's generation poll, its own cache to fill, the balancer's hop), as CPU time per request summed
 * over both nodes. The README's sizing argues from that figure what N nodes on N machines carry.
 *
 * <p>Search is not measured (the nodes use their default per-node index; delivery does not search).
 */
public final class TwoNodesBenchmark {

    private static final int NODE_A_OFFSET = 26000;
    private static final int NODE_B_OFFSET = 27000;
    private static final int POSTGRES_PORT = 29442;
    private static final int KEYCLOAK_PORT = 29280;
    private static final int ONE_NODE_BALANCER = 29510;
    private static final int TWO_NODES_BALANCER = 29520;
    static final String SLUG = "spp-newsletter";

    private record Options(int viaApi, int items, String duration, String warmUp, int visibilityRounds) {}

    /** One configuration under one workload: wrk's answer and the CPU time of the nodes and the balancer. */
    record Measured(
            String workload,
            int nodes,
            Wrk.Load load,
            double nodeCpuPerRequest,
            double balancerCpuPerRequest,
            String loadAverage) {}

    private TwoNodesBenchmark() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> given = BenchArguments.of(args);
        Options options = new Options(
                Math.max(DeliveryBenchmark.SMALL, Integer.parseInt(given.getOrDefault("api-issues", "100"))),
                Integer.parseInt(given.getOrDefault("items", "12")),
                given.getOrDefault("duration", "20s"),
                given.getOrDefault("warmup", "10s"),
                Integer.parseInt(given.getOrDefault("visibility-rounds", "100")));
        Path work = Path.of(given.get("work"));
        WorkTree.delete(work);
        Files.createDirectories(work);
        Path serverA = WorkTree.copy(Path.of(given.get("server")), work.resolve("server-a"));
        Path serverB = WorkTree.copy(Path.of(given.get("server")), work.resolve("server-b"));
        String started = Instant.now().toString();

        try (EmbeddedPostgres postgres =
                EmbeddedPostgres.builder().setPort(POSTGRES_PORT).start()) {
            KeycloakServer keycloak =
                    new KeycloakServer(Path.of(given.get("keycloak")), KEYCLOAK_PORT, KEYCLOAK_PORT + 10, true);
            try (ServerProcess kc = keycloak.start(Path.of(given.get("realm")), work.resolve("keycloak.log"));
                    ProductNode a =
                            node(serverA, work.resolve("a"), keycloak, postgres.getPort(), NODE_A_OFFSET, "bench-a");
                    ProductNode b =
                            node(serverB, work.resolve("b"), keycloak, postgres.getPort(), NODE_B_OFFSET, "bench-b")) {
                Path war = Path.of(given.get("war"));
                a.deploy(war);
                b.deploy(war);
                a.launch();
                Readiness.await(
                        "Keycloak", keycloak.wellKnown(), ProductNode.STARTUP_TIMEOUT, Optional.of(kc.process()));
                a.awaitReady();
                // one after the other: the first start migrates the schema
                b.start();

                IssuePublisher publisher = new IssuePublisher(
                        new Client(a.applicationUrl(), keycloak.realmUrl()), Path.of(given.get("samples")));
                String publication = publisher.createPublication(SLUG);
                List<IssuePublisher.Published> issues = new ArrayList<>();
                issues.add(publisher.publishSeed(publication, 2021, 4, 6, "2021-4-"));
                issues.add(publisher.publishSeed(publication, 2024, 2, 16, "2024-2-"));
                issues.addAll(publisher.publishGenerated(publication, 0, options.viaApi() - 2, options.items()));
                Duration printed = new PrintQueue(postgres.getPostgresDatabase()).drain();

                Wrk wrk = Wrk.in(work);
                List<Measured> measured = new ArrayList<>();
                try (Nginx oneNode = Nginx.balance(
                                work.resolve("nginx-one-node"), ONE_NODE_BALANCER, List.of(a.applicationUrl()));
                        Nginx twoNodes = Nginx.balance(
                                work.resolve("nginx-two-nodes"),
                                TWO_NODES_BALANCER,
                                List.of(a.applicationUrl(), b.applicationUrl()))) {
                    for (UrlMix mix : List.of(UrlMix.one(DeliveryBenchmark.ONE), UrlMix.all(SLUG, issues))) {
                        measured.add(measure(wrk, options, mix, 1, oneNode, ONE_NODE_BALANCER, List.of(a)));
                        measured.add(measure(wrk, options, mix, 2, twoNodes, TWO_NODES_BALANCER, List.of(a, b)));
                    }
                }
                List<Long> visibility = publisher.timeVisibilityOn(
                        b.applicationUrl(), publication, SLUG, 1000, options.visibilityRounds());

                String report = report(started, options, issues, printed, measured, Percentiles.of(visibility));
                Files.createDirectories(Path.of(given.get("results")).getParent());
                Files.writeString(Path.of(given.get("results")), report);
                System.out.println(report);
            }
        }
    }

    private static ProductNode node(
            Path server, Path dir, KeycloakServer keycloak, int postgresPort, int offset, String name) {
        return new ProductNode(
                server,
                dir.resolve("data"),
                dir.resolve("logs"),
                keycloak.realmUrl(),
                offset,
                BenchDatabase.environment(
                        postgresPort,
                        "CMS_DB_POOL_MAX",
                        "40",
                        // source originals every node reaches, as docs/cluster.md configures N nodes
                        "CMS_SOURCES_STORE",
                        "database",
                        "JAVA_OPTS",
                        "-Djboss.node.name=" + name));
    }

    private static Measured measure(
            Wrk wrk, Options options, UrlMix mix, int nodes, Nginx balancer, int port, List<ProductNode> behind)
            throws IOException, InterruptedException {
        URI base = URI.create("http://127.0.0.1:" + port);
        wrk.run(base, mix, options.warmUp());
        String[] loadAverages = Files.readString(Path.of("/proc/loadavg")).split(" ");
        List<ProcessCpu> cpus = behind.stream().map(ProductNode::cpu).toList();
        ProcessCpu balancerCpu = ProcessCpu.tree(balancer.master());
        long nodesBefore = cpus.stream().mapToLong(ProcessCpu::millis).sum();
        long balancerBefore = balancerCpu.millis();
        Wrk.Load load = wrk.run(base, mix, options.duration());
        long nodesUsed = cpus.stream().mapToLong(ProcessCpu::millis).sum() - nodesBefore;
        long balancerUsed = balancerCpu.millis() - balancerBefore;
        double requests = Math.max(1, load.requests());
        return new Measured(
                mix.name(),
                nodes,
                load,
                nodesUsed / requests,
                balancerUsed / requests,
                loadAverages[0] + " / " + loadAverages[1]);
    }

    private static String report(
            String started,
            Options options,
            List<IssuePublisher.Published> issues,
            Duration printed,
            List<Measured> measured,
            Percentiles visibility) {
        List<String> out = new ArrayList<>();
        out.add("# Delivery on two nodes (issue 16)");
        out.add("");
        out.add("Run " + started + " with `bench/run-two-nodes.sh` on "
                + Runtime.getRuntime().availableProcessors()
                + " cores: two WildFly nodes (`bench-a`, `bench-b`) on one PostgreSQL (zonky), Keycloak, and nginx as"
                + " the load balancer (round robin, keep-alive to the nodes), all on the same machine; wrk "
                + options.duration() + " per measurement after a " + options.warmUp() + " warm-up, "
                + Wrk.THREADS + " threads, " + Wrk.CONNECTIONS + " connections, through the balancer. "
                + issues.size() + " bilingual issues (zh-CN, en) published through node A, the two seed issues among"
                + " them. \"One node\" is the same balancer with node A alone behind it. The print PDFs that"
                + " publishing queues were all made before the first measurement (" + printed.toSeconds() + " s).");
        out.add("");
        out.add("| Workload | Nodes | req/s | p50 / p99 | CPU ms per request: nodes (summed) | CPU ms per request:"
                + " balancer | non-2xx, socket errors | load average before (1 / 5 min) |");
        out.add("|---|---:|---:|---:|---:|---:|---:|---:|");
        for (Measured m : measured) {
            out.add("| " + describe(m.workload()) + " | " + m.nodes() + " | "
                    + fixed(m.load().requestsPerSecond(), 0)
                    + " | " + fixed(m.load().p50(), 2) + " ms / "
                    + fixed(m.load().p99(), 2) + " ms | "
                    + fixed(m.nodeCpuPerRequest(), 3) + " | " + fixed(m.balancerCpuPerRequest(), 3) + " | "
                    + m.load().errors() + ", " + m.load().socketErrors() + " | " + m.loadAverage() + " |");
        }
        out.add("");
        out.add("## From a publish on node A to its delivery by node B");
        out.add("");
        out.add(visibility.count() + " small bilingual issues published one after another through node A's"
                + " management API; after each publish call answered (the publication committed), node B was asked"
                + " for the issue every 2 ms until it answered 200.");
        out.add("");
        out.add("| p50 | p95 | p99 | max |");
        out.add("|---:|---:|---:|---:|");
        out.add("| " + fixed(visibility.p50(), 1) + " ms | " + fixed(visibility.p95(), 1) + " ms | "
                + fixed(visibility.p99(), 1) + " ms | " + fixed(visibility.max(), 1) + " ms |");
        out.add("");
        out.add("Node B reads the delivery generation every `cms.delivery.generation-poll-millis` (250 ms): an"
                + " issue it never delivered before is read from the database at once (no copy of it to forget), so"
                + " this time is mostly the request's own; a correction or an unpublication waits for the poll.");
        out.add("");
        out.add("## Sizing");
        out.add("");
        for (Measured m : measured) {
            if (m.nodes() == 2) {
                double perCore = 1000 / m.nodeCpuPerRequest();
                out.add("- " + describe(m.workload()) + ": " + fixed(m.nodeCpuPerRequest(), 3)
                        + " ms of node CPU per request on two nodes, so each core given to a node carries about "
                        + fixed(perCore, 0) + " such requests per second; N nodes on N machines of C cores about N × C"
                        + " times that, the database untouched (documents are answered from each node's memory).");
            }
        }
        out.add("");
        return String.join("\n", out);
    }

    private static String describe(String mix) {
        return mix.equals("one")
                ? "one issue URL repeated (`" + DeliveryBenchmark.ONE + "`)"
                : "random issue, item and list URLs (" + mix + ")";
    }

    private static String fixed(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }
}
