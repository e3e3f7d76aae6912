package org.bulletincms.source;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Locale;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Picks the {@link SourceStore} by {@code cms.sources.store} (environment {@code CMS_SOURCES_STORE}):
 * {@code directory} (the default: {@link DirectorySourceStore}, one node, or nodes sharing a mounted directory) or
 * {@code database} ({@link DatabaseSourceStore}: the originals in the product's PostgreSQL, for several nodes).
 * Any other value stops the deployment. The default does not follow the database, because an installation's
 * originals are wherever it kept them so far: switching is a decision with a copy to make, not a side effect.
 */
@ApplicationScoped
public class SourceStores {

    private static final Logger LOG = Logger.getLogger(SourceStores.class.getName());

    /** The values of {@code cms.sources.store}. */
    public enum Kind {
        DIRECTORY,
        DATABASE
    }

    @Inject
    @ConfigProperty(name = "cms.sources.store", defaultValue = "directory")
    String configured;

    @Inject
    Instance<DirectorySourceStore> directory;

    @Inject
    Instance<DatabaseSourceStore> database;

    private Kind kind;

    @PostConstruct
    void checkConfiguration() {
        kind = kind(configured);
        LOG.info(() -> "Source store: " + kind.name().toLowerCase(Locale.ROOT) + " (cms.sources.store)");
    }

    static Kind kind(String configured) {
        try {
            return Kind.valueOf(configured.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(
                    "cms.sources.store must be directory or database, but is '" + configured + "'", e);
        }
    }

    @Produces
    SourceStore store() {
        return kind == Kind.DATABASE ? database.get() : directory.get();
    }

    /**
     * This node's own directory for work files of source reports (uploads being received, the parsers' copies of
     * originals kept in the database): {@code source-work/} in {@code cms.data.dir}, or in the server's data
     * directory. Never shared between nodes.
     */
    static Path nodeWork() {
        return Path.of(
                System.getProperty("cms.data.dir", System.getProperty("jboss.server.data.dir", "data")), "source-work");
    }
}
