package org.bulletincms.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Comparator;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.entity.SearchIndexedEntity;

/**
 * Builds a search index when it is empty but the database has rows to index (published texts, pages of source
 * reports): a wiped or lost index directory, a new server on an old database, a restored backup (which holds no
 * index). Everything else is the outbox's job: every change is written to the database's outbox in the transaction
 * that makes it and applied to the index by Hibernate Search's background agent, so an index that exists is never
 * behind by more than the outbox (not even after a crash) and is never compared by counts here, which could not tell
 * a lost publication from a lost unpublication. The build runs in the background: the caller goes on at once and
 * search finds more as it proceeds.
 *
 * <p>Every indexed entity is looked at, by the names Hibernate Search knows it by: this package is below the
 * features whose texts it indexes ({@code source} searches with it), so it names none of their classes.
 *
 * <p>A shared index (OpenSearch) is never purged here: a node builds it only when it holds no document at all,
 * only after claiming the build under a database row lock ({@link SearchIndexBuild}), so that of several nodes
 * starting together on an empty index exactly one builds it while the others' outbox agents go on applying changes.
 * An index that holds documents is left to the outbox, whichever node wrote them.
 */
@ApplicationScoped
public class EmptyIndexBuild {

    private static final Logger LOG = Logger.getLogger(EmptyIndexBuild.class.getName());
    private static final String NODE = System.getProperty("jboss.node.name", "server");

    @PersistenceContext(unitName = "bulletin")
    EntityManager em;

    /** Starts building each index that is empty while its rows exist; the claims commit with this transaction. */
    @Transactional
    public void buildIfEmpty() {
        SearchEngine engine = SearchEngine.configured();
        // in the order of their names on every node: two nodes locking the claims in different orders could deadlock
        Search.mapping(em.getEntityManagerFactory()).allIndexedEntities().stream()
                .sorted(Comparator.comparing(EmptyIndexBuild::index))
                .forEach(entity -> buildIfEmpty(engine, entity));
    }

    private void buildIfEmpty(SearchEngine engine, SearchIndexedEntity<?> entity) {
        String index = index(entity);
        // locked before counting: a node that waited for another's claim counts after that claim is committed
        SearchIndexBuild build =
                engine.shared() ? em.find(SearchIndexBuild.class, index, LockModeType.PESSIMISTIC_WRITE) : null;
        long rows = em.createQuery("select count(e) from " + entity.jpaName() + " e", Long.class)
                .getSingleResult();
        long indexed = Search.session(em)
                .search(entity.javaClass())
                .where(f -> f.matchAll())
                .fetchTotalHitCount();
        if (indexed > 0 || rows == 0) {
            LOG.info(() -> "Search index " + index + " holds " + indexed + " documents for " + rows
                    + " rows; the outbox applies what is pending");
            return;
        }
        if (build != null && !build.claim(NODE, Instant.now())) {
            LOG.info(() -> "Search index " + index + " is empty; node "
                    + build.claimedBy().orElse("?") + " is building it");
            return;
        }
        LOG.warning(() -> "Search index " + index + " is empty but " + rows + " rows exist; building it");
        Search.mapping(em.getEntityManagerFactory())
                .scope(entity.javaClass())
                .massIndexer()
                // the index is empty (or a shared one another node fills through the outbox): nothing to purge,
                // and a purge could remove what another node's agent has just written
                .purgeAllOnStart(false)
                .threadsToLoadObjects(1)
                .start()
                .whenComplete((done, failure) -> {
                    if (failure != null) {
                        LOG.log(Level.SEVERE, "Building the search index " + index + " failed", failure);
                    } else {
                        LOG.info(() -> "Search index " + index + " built: " + rows + " rows");
                    }
                });
    }

    private static String index(SearchIndexedEntity<?> entity) {
        return entity.indexManager().descriptor().hibernateSearchName();
    }
}
