package org.bulletincms.it.fault;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Starts, once per test JVM (the failsafe execution {@code cluster-tests}; the life cycle is {@link OwnSuite}'s), an
 * OpenSearch, a PostgreSQL and two WildFly nodes of the tests' own, both nodes configured for the shared index
 * ({@code CMS_SEARCH_BACKEND=opensearch}) and the shared source store ({@code CMS_SOURCES_STORE=database}) on the one
 * database, and stops them after the last test class. Node A
 * migrates the schema and creates the index; node B starts after it on its own server base directory, data
 * directory and port offset, as a second machine would. Every run starts from nothing: empty data directories.
 *
 * <p>Use: {@code @Tag(ClusterSuite.TAG)}, {@code @ExtendWith(ClusterSuite.class)} and
 * {@code @EnabledIfSystemProperty(named = ClusterSuite.ENABLED, matches = "true")}.
 */
public final class ClusterSuite extends OwnSuite<ClusterSuite.Rig> {

    /** The JUnit tag of the tests that need several engines: only the cluster execution runs them. */
    public static final String TAG = "cluster";

    /** Set (to true) only by the build's cluster execution. */
    public static final String ENABLED = "bulletin.cluster.enabled";

    /** What the tests drive; {@code Api} speaks to node A ({@code bulletin.it.http-port}). */
    public record Rig(OwnOpenSearch openSearch, OwnPostgres postgres, OwnWildFly nodeA, OwnWildFly nodeB) {}

    /**
     * On SIGTERM WildFly suspends first: it answers new requests 503 (the balancer tries the other node) and lets
     * those in flight finish, for at most this many seconds (well within {@code ServerProcess.GRACE}), then stops.
     */
    static final String GRACEFUL_STOP = "-Dorg.wildfly.sigterm.suspend.timeout=10";

    public static Rig rig() {
        return running(ClusterSuite.class);
    }

    /**
     * A third node of the same installation, on the same database, with its own (emptied) base and data
     * directories and port offset ({@code bulletin.cluster.node-c.*}) and {@code arguments} (its
     * {@code jboss.node.name} among them); not started. The caller starts it and closes it.
     */
    public static OwnWildFly thirdNode(List<String> arguments) {
        OwnWildFly node = rig().nodeA()
                .nextNode(
                        emptied(path("bulletin.cluster.node-c.base-dir")),
                        emptied(path("bulletin.cluster.node-c.data-dir")),
                        number("bulletin.cluster.node-c.port-offset"),
                        arguments);
        node.deploy(FaultDeployment.exportTestWar());
        return node;
    }

    @Override
    protected Rig start(Processes processes) {
        OwnOpenSearch openSearch = processes.start(
                "OpenSearch start (empty data directory)",
                new OwnOpenSearch(
                        path("bulletin.cluster.opensearch-home"),
                        emptied(path("bulletin.cluster.opensearch-data")),
                        number("bulletin.cluster.opensearch-http-port"),
                        number("bulletin.cluster.opensearch-transport-port"),
                        path("bulletin.cluster.opensearch-log")),
                OwnOpenSearch::start,
                OwnOpenSearch.START_DEADLINE);
        OwnPostgres postgres = processes.start(
                "PostgreSQL first start (initdb) for the cluster suite",
                new OwnPostgres(
                        emptied(path("bulletin.cluster.postgres-dir")), number("bulletin.cluster.postgres-port")),
                OwnPostgres::start,
                OwnPostgres.START_DEADLINE);
        Map<String, String> environment = new HashMap<>(postgres.productEnvironment());
        environment.put("CMS_SEARCH_BACKEND", "opensearch");
        environment.put("CMS_SEARCH_OPENSEARCH_URL", openSearch.url().toString());
        // the topology of several nodes: originals in the database, so either node serves and extracts any upload
        environment.put("CMS_SOURCES_STORE", "database");
        Path war = FaultDeployment.exportTestWar();
        String parsers = "-Dcms.sources.parser-classpath=" + System.getProperty("bulletin.cluster.parser-classpath");
        OwnWildFly nodeA = OwnWildFly.of(
                path("bulletin.cluster.server-dir"),
                emptied(path("bulletin.cluster.data-dir")),
                number("bulletin.cluster.port-offset"),
                environment,
                List.of(parsers, "-Djboss.node.name=node-a", GRACEFUL_STOP));
        nodeA.deploy(war);
        processes.start(
                "WildFly node A first start on OpenSearch (schema migration, index creation)",
                nodeA,
                OwnWildFly::start,
                OwnWildFly.START_DEADLINE);
        OwnWildFly nodeB = nodeA.nextNode(
                emptied(path("bulletin.cluster.node-b.base-dir")),
                emptied(path("bulletin.cluster.node-b.data-dir")),
                number("bulletin.cluster.node-b.port-offset"),
                // node B believes forwarded headers from 127.0.0.1, as behind a balancer on the same machine; node A
                // believes them from no one (BackgroundWorkClusterIT shows the difference)
                List.of(parsers, "-Djboss.node.name=node-b", GRACEFUL_STOP, "-Dcms.trusted-proxies=127.0.0.1"));
        nodeB.deploy(war);
        processes.start(
                "WildFly node B start beside node A (same database and index)",
                nodeB,
                OwnWildFly::start,
                OwnWildFly.START_DEADLINE);
        return new Rig(openSearch, postgres, nodeA, nodeB);
    }
}
