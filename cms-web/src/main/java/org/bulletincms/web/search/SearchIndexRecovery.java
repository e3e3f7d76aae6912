package org.bulletincms.web.search;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.bulletincms.search.PublishedText;
import org.bulletincms.source.SourcePage;
import org.bulletincms.web.database.SchemaMigration;
import org.hibernate.search.mapper.orm.Search;

/**
 * Builds a search index at start-up when it is empty but the database has rows to index (published texts, pages
 * of source reports): a wiped or lost index directory, a new server on an old database, a restored backup (which
 * holds no index). Everything else is the outbox's job: every change is written to the database's outbox in the
 * transaction that makes it and applied to the index by Hibernate Search's background agent, so an index that
 * exists is never behind by more than the outbox (not even after a crash) and is never compared by counts here,
 * which could not tell a lost publication from a lost unpublication. The build runs in the background: the
 * application starts at once and search finds more as it proceeds.
 */
@ApplicationScoped
public class SearchIndexRecovery {

    private static final Logger LOG = Logger.getLogger(SearchIndexRecovery.class.getName());

    @PersistenceContext(unitName = "bulletin")
    EntityManager em;

    @Transactional
    void buildIfEmpty(@Observes @Priority(SchemaMigration.PRIORITY + 20) @Initialized(ApplicationScoped.class)
                        Object started) {
        buildIfEmpty(PublishedText.class, "published texts");
        buildIfEmpty(SourcePage.class, "source pages");
    }

    private void buildIfEmpty(Class<?> entity, String what) {
        long rows = em.createQuery("select count(e) from " + entity.getSimpleName() + " e", Long.class)
                .getSingleResult();
        long indexed = Search.session(em).search(entity).where(f -> f.matchAll()).fetchTotalHitCount();
        if (indexed > 0 || rows == 0) {
            LOG.info(() -> "Search index holds " + indexed + " documents for " + rows + " " + what
                    + "; the outbox applies what is pending");
            return;
        }
        LOG.warning(() -> "Search index is empty but " + rows + " " + what + " exist; building it");
        Search.mapping(em.getEntityManagerFactory()).scope(entity).massIndexer()
                .threadsToLoadObjects(1)
                .start()
                .whenComplete((done, failure) -> {
                    if (failure != null) {
                        LOG.log(Level.SEVERE, "Building the search index of " + what + " failed", failure);
                    } else {
                        LOG.info(() -> "Search index built: " + rows + " " + what);
                    }
                });
    }
}
