package org.bulletincms.search;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.service.spi.ServiceContributor;

/**
 * Points Hibernate Search at the index of the configured {@link SearchEngine}; discovered by Hibernate through
 * {@code META-INF/services}, because persistence.xml cannot read system properties or the environment.
 *
 * <ul>
 *   <li>Lucene: the index directory is {@value #SETTING}, else {@code ${jboss.server.data.dir}/search-index}; a
 *       {@code hibernate.search.backend.directory.root} in persistence.xml wins over both.</li>
 *   <li>OpenSearch: Hibernate Search's Elasticsearch backend for OpenSearch 2.19 at
 *       {@link SearchEngine#OPENSEARCH_URL} (with a user name and password when set), with the analyzers of
 *       {@link SearchAnalysisForOpenSearch}. persistence.xml names the Lucene backend, which tells WildFly to give the
 *       deployment that module; the Elasticsearch module comes from {@code jboss-deployment-structure.xml}.</li>
 * </ul>
 */
public class SearchIndexLocation implements ServiceContributor {

    public static final String SETTING = "cms.search.index-dir";
    static final String DIRECTORY_ROOT = "hibernate.search.backend.directory.root";
    /** The OpenSearch release the backend speaks to: Hibernate Search then needs no version check at start. */
    static final String OPENSEARCH_VERSION = "opensearch:2.19";

    /**
     * How long a node tries to connect to OpenSearch: on loopback or a LAN a connection is made in milliseconds or
     * refused at once; an address that does not answer at all must not hold a request thread.
     */
    public static final Duration OPENSEARCH_CONNECT_TIMEOUT = Duration.ofSeconds(2);

    /**
     * How long a node waits for OpenSearch's answer to a request (a search, a bulk of the outbox agent or the mass
     * indexer): a hung or overloaded engine then fails a search within seconds (answered 503 with Retry-After)
     * instead of holding the request thread for Hibernate Search's default of 30 s. The searches of this product
     * take milliseconds; a bulk of the mass indexer (a few hundred documents) well under a second.
     */
    public static final Duration OPENSEARCH_READ_TIMEOUT = Duration.ofSeconds(10);

    @Override
    public void contribute(StandardServiceRegistryBuilder registry) {
        if (SearchEngine.configured() == SearchEngine.OPENSEARCH) {
            openSearch(
                    registry,
                    SearchEngine.setting(SearchEngine.OPENSEARCH_URL)
                            .map(URI::create)
                            .orElse(SearchEngine.DEFAULT_OPENSEARCH_URL));
        } else {
            lucene(registry);
        }
    }

    private static void lucene(StandardServiceRegistryBuilder registry) {
        registry.applySetting("hibernate.search.backend.lucene_version", "LATEST");
        registry.applySetting(
                "hibernate.search.backend.analysis.configurer", "class:" + SearchAnalysis.class.getName());
        if (!registry.getSettings().containsKey(DIRECTORY_ROOT)) {
            registry.applySetting(DIRECTORY_ROOT, directory().toString());
        }
    }

    private static void openSearch(StandardServiceRegistryBuilder registry, URI url) {
        if (url.getHost() == null || url.getScheme() == null) {
            throw new IllegalArgumentException(SearchEngine.OPENSEARCH_URL + " is '" + url
                    + "'; set it to the cluster's address, e.g. https://search.example.org:9200");
        }
        int port = url.getPort() > 0 ? url.getPort() : 9200;
        registry.applySetting("hibernate.search.backend.type", "elasticsearch");
        registry.applySetting(
                "hibernate.search.backend.protocol", url.getScheme().toLowerCase(Locale.ROOT));
        registry.applySetting("hibernate.search.backend.hosts", url.getHost() + ":" + port);
        registry.applySetting("hibernate.search.backend.version", OPENSEARCH_VERSION);
        registry.applySetting(
                "hibernate.search.backend.connection_timeout", Long.toString(OPENSEARCH_CONNECT_TIMEOUT.toMillis()));
        registry.applySetting(
                "hibernate.search.backend.read_timeout", Long.toString(OPENSEARCH_READ_TIMEOUT.toMillis()));
        registry.applySetting(
                "hibernate.search.backend.analysis.configurer", "class:" + SearchAnalysisForOpenSearch.class.getName());
        SearchEngine.setting(SearchEngine.OPENSEARCH_USER)
                .ifPresent(user -> registry.applySetting("hibernate.search.backend.username", user));
        SearchEngine.setting(SearchEngine.OPENSEARCH_PASSWORD)
                .ifPresent(password -> registry.applySetting("hibernate.search.backend.password", password));
    }

    static Path directory() {
        return SearchEngine.setting(SETTING)
                .map(Path::of)
                .orElse(Path.of(System.getProperty("jboss.server.data.dir", "data"), "search-index"));
    }
}
