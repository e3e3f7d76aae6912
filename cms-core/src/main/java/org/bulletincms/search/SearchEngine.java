package org.bulletincms.search;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Where the search index lives, chosen by configuration ({@value #SETTING}, a system property or MicroProfile
 * Config, so also the environment variable {@code CMS_SEARCH_BACKEND}):
 *
 * <ul>
 *   <li>{@code lucene} (the default): a Lucene index in a directory of this server; one node only, because every
 *       node would keep an index of its own.</li>
 *   <li>{@code opensearch}: a shared OpenSearch 2.x cluster at {@value #OPENSEARCH_URL} (default
 *       {@code http://localhost:9200}), through Hibernate Search's Elasticsearch backend; any number of nodes.</li>
 * </ul>
 *
 * Either way every change reaches the index through the outbox in the database (persistence.xml), so on OpenSearch
 * each node's changes are applied exactly once, by whichever node's agent owns the shard of the outbox.
 */
public enum SearchEngine {
    LUCENE,
    OPENSEARCH;

    public static final String SETTING = "cms.search.backend";
    public static final String OPENSEARCH_URL = "cms.search.opensearch.url";
    public static final String OPENSEARCH_USER = "cms.search.opensearch.username";
    public static final String OPENSEARCH_PASSWORD = "cms.search.opensearch.password";
    static final URI DEFAULT_OPENSEARCH_URL = URI.create("http://localhost:9200");

    /** The engine this server is configured for; refuses (at deployment) a name it does not know. */
    public static SearchEngine configured() {
        return setting(SETTING).map(SearchEngine::named).orElse(LUCENE);
    }

    static SearchEngine named(String name) {
        return switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "lucene" -> LUCENE;
            case "opensearch" -> OPENSEARCH;
            default ->
                throw new IllegalArgumentException(SETTING + " is '" + name
                        + "'; set it to lucene (one node, the default) or opensearch (a shared index)");
        };
    }

    /** Whether several nodes share this index, so that building it is decided once for all of them. */
    public boolean shared() {
        return this == OPENSEARCH;
    }

    /** A setting from the system properties, else MicroProfile Config (which also reads the environment). */
    static Optional<String> setting(String name) {
        String value = System.getProperty(name);
        if (value == null) {
            try {
                value = ConfigProvider.getConfig()
                        .getOptionalValue(name, String.class)
                        .orElse(null);
            } catch (IllegalStateException noConfig) {
                value = null;
            }
        }
        return Optional.ofNullable(value).filter(v -> !v.isBlank());
    }
}
