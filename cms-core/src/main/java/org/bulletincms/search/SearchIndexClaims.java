package org.bulletincms.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/**
 * Claims to build shared indices ({@link SearchIndexBuild}), each in a transaction of its own so that other nodes see
 * the claim while the build runs.
 */
@ApplicationScoped
public class SearchIndexClaims {

    @PersistenceContext(unitName = "bulletin")
    EntityManager em;

    /** Claims the build of every one of {@code indices} for {@code node}, or none of them: refused while one is held. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void claimAll(List<String> indices, String node) {
        Instant now = Instant.now();
        for (String index : indices) {
            SearchIndexBuild build = em.find(SearchIndexBuild.class, index, LockModeType.PESSIMISTIC_WRITE);
            if (build == null) {
                throw new IllegalStateException("no row for index " + index + " in search_index_build");
            }
            if (!build.claim(node, now)) {
                throw new SearchIndexRebuilding(build.claimedBy().orElse("?"));
            }
        }
    }

    /** Ends {@code node}'s claims on {@code indices}. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void releaseAll(List<String> indices, String node) {
        for (String index : indices) {
            SearchIndexBuild build = em.find(SearchIndexBuild.class, index, LockModeType.PESSIMISTIC_WRITE);
            if (build != null) {
                build.release(node);
            }
        }
    }
}
