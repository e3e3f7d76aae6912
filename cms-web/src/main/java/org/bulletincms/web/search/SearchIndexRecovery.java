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
 * Rebuilds a search index at start-up when it does not hold exactly the rows of the database (published texts,
 * pages of source reports):
 * a wiped or lost index directory, a new server on an old database, an index left by another database. The
 * rebuild (purge, then index every row) runs in the background: the application starts at once and search
 * finds more as the rebuild proceeds.
 */
@ApplicationScoped
public class SearchIndexRecovery {

    private static final Logger LOG = Logger.getLogger(SearchIndexRecovery.class.getName());

    @PersistenceContext(unitName = "bulletin")
    EntityManager em;

    @Transactional
    void rebuildIfOutOfStep(@Observes @Priority(SchemaMigration.PRIORITY + 20) @Initialized(ApplicationScoped.class)
                        Object started) {
        rebuildIfOutOfStep(PublishedText.class, "published texts");
        rebuildIfOutOfStep(SourcePage.class, "source pages");
    }

    private void rebuildIfOutOfStep(Class<?> entity, String what) {
        long rows = em.createQuery("select count(e) from " + entity.getSimpleName() + " e", Long.class)
                .getSingleResult();
        long indexed = Search.session(em).search(entity).where(f -> f.matchAll()).fetchTotalHitCount();
        if (rows == indexed) {
            LOG.info(() -> "Search index holds " + indexed + " of " + rows + " " + what);
            return;
        }
        LOG.warning(() -> "Search index holds " + indexed + " documents but " + rows + " " + what
                + " exist; rebuilding it");
        Search.mapping(em.getEntityManagerFactory()).scope(entity).massIndexer()
                .threadsToLoadObjects(1)
                .start()
                .whenComplete((done, failure) -> {
                    if (failure != null) {
                        LOG.log(Level.SEVERE, "Rebuilding the search index of " + what + " failed", failure);
                    } else {
                        LOG.info(() -> "Search index rebuilt: " + rows + " " + what);
                    }
                });
    }
}
