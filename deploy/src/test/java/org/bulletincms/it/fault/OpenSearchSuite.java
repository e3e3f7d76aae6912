package org.bulletincms.it.fault;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts, once per test JVM (the failsafe execution {@code cluster-tests}), an OpenSearch, a PostgreSQL and a WildFly
 * of the tests' own, the WildFly configured for the shared index ({@code CMS_SEARCH_BACKEND=opensearch}), and stops
 * them after the last test class. Every run starts from nothing: empty data directories for all three. The harness
 * is the fault suite's ({@link OwnPostgres}, {@link OwnWildFly}) with {@link OwnOpenSearch} beside them.
 *
 * <p>Use: {@code @Tag(OpenSearchSuite.TAG)}, {@code @ExtendWith(OpenSearchSuite.class)} and
 * {@code @EnabledIfSystemProperty(named = OpenSearchSuite.ENABLED, matches = "true")}.
 */
public final class OpenSearchSuite implements BeforeAllCallback {

    /** The JUnit tag of the tests that need several engines: only the cluster execution runs them. */
    public static final String TAG = "cluster";

    /** Set (to true) only by the build's cluster execution. */
    public static final String ENABLED = "bulletin.cluster.enabled";

    private static volatile Rig rig;

    /** What the tests drive. */
    public record Rig(OwnOpenSearch openSearch, OwnPostgres postgres, OwnWildFly wildfly) implements AutoCloseable {

        @Override
        public void close() {
            wildfly.close();
            postgres.close();
            openSearch.close();
        }
    }

    public static Rig rig() {
        if (rig == null) {
            throw new IllegalStateException("OpenSearchSuite has not started; use @ExtendWith(OpenSearchSuite.class)");
        }
        return rig;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot()
                .getStore(ExtensionContext.Namespace.create(OpenSearchSuite.class))
                .getOrComputeIfAbsent(Rig.class, type -> start(), Rig.class);
    }

    private static Rig start() {
        OwnOpenSearch openSearch = new OwnOpenSearch(
                FaultSuite.path("bulletin.cluster.opensearch-home"),
                FaultSuite.emptied(FaultSuite.path("bulletin.cluster.opensearch-data")),
                Integer.getInteger("bulletin.cluster.opensearch-http-port"),
                Integer.getInteger("bulletin.cluster.opensearch-transport-port"),
                FaultSuite.path("bulletin.cluster.opensearch-log"));
        OwnPostgres postgres = new OwnPostgres(
                FaultSuite.emptied(FaultSuite.path("bulletin.cluster.postgres-dir")),
                Integer.getInteger("bulletin.cluster.postgres-port"));
        OwnWildFly wildfly = OwnWildFly.of(
                FaultSuite.path("bulletin.cluster.server-dir"),
                FaultSuite.emptied(FaultSuite.path("bulletin.cluster.data-dir")),
                URI.create("http://localhost:" + Integer.getInteger("keycloak.port") + "/realms/cms"),
                Integer.getInteger("bulletin.cluster.port-offset"),
                System.getProperty("bulletin.it.java-opts"),
                Map.of(
                        "CMS_DB_DRIVER",
                        "postgresql",
                        "CMS_DB_URL",
                        postgres.jdbcUrl(),
                        "CMS_DB_USER",
                        "postgres",
                        "CMS_DB_PASSWORD",
                        "postgres",
                        "CMS_SEARCH_BACKEND",
                        "opensearch",
                        "CMS_SEARCH_OPENSEARCH_URL",
                        openSearch.url().toString()),
                List.of(
                        "-Dcms.sources.parser-classpath=" + System.getProperty("bulletin.cluster.parser-classpath"),
                        "-Djboss.node.name=node-a"));
        Rig started = new Rig(openSearch, postgres, wildfly);
        try {
            FaultTimes.record(
                    "OpenSearch start (empty data directory)", openSearch.start(), OwnOpenSearch.START_DEADLINE);
            FaultTimes.record(
                    "PostgreSQL first start (initdb) for the OpenSearch suite",
                    postgres.start(),
                    OwnPostgres.START_DEADLINE);
            wildfly.deploy(FaultDeployment.exportTestWar());
            FaultTimes.record(
                    "WildFly first start on OpenSearch (schema migration, index creation)",
                    wildfly.start(),
                    OwnWildFly.START_DEADLINE);
        } catch (RuntimeException | Error e) {
            started.close();
            throw e;
        }
        rig = started;
        return started;
    }
}
