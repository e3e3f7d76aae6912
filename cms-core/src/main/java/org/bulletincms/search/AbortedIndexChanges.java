package org.bulletincms.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Index changes Hibernate Search gave up on. Its outbox agent tries a change that the search engine did not take three
 * times, 30 s apart, and then marks it {@code ABORTED} in {@code hsearch_outbox_event} (V70) and never tries it again:
 * after an OpenSearch outage of more than a minute, a text published meanwhile was never found. Put back in the queue
 * once the engine answers again, such a change is applied like any other; indexing a row twice writes the same
 * document (rows are written once and replaced), so a change put back needlessly does no harm.
 */
@ApplicationScoped
public class AbortedIndexChanges {

    @PersistenceContext(unitName = "bulletin")
    EntityManager em;

    /** Made when first asked: on Lucene there is no cluster to speak to. */
    private OpenSearchIndices cluster;

    /** Whether the shared search engine answers now (a short request; never on Lucene, which is no engine). */
    public boolean engineAnswers() {
        return SearchEngine.configured().shared() && cluster().answers();
    }

    private synchronized OpenSearchIndices cluster() {
        if (cluster == null) {
            cluster = OpenSearchIndices.configured();
        }
        return cluster;
    }

    /** Puts every aborted index change back in the queue, due now; answers how many. */
    @Transactional
    public int requeue() {
        return em.createNativeQuery("update hsearch_outbox_event set status = 'PENDING', retries = 0,"
                        + " processafter = current_timestamp where status = 'ABORTED'")
                .executeUpdate();
    }
}
