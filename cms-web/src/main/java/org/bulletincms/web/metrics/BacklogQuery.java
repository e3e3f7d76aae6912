package org.bulletincms.web.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.bulletincms.source.ExtractionStatus;
import org.bulletincms.webhook.DeliveryState;

/**
 * Counts the {@link Backlog} with a few count queries, each served by an index on the state column
 * ({@code source_document_status}, {@code webhook_delivery_due}), so their cost follows what waits, not what was
 * ever delivered. Each query gives up after {@link #TIMEOUT_MILLIS}: a struggling database is not to be loaded
 * further by its own monitoring.
 */
@ApplicationScoped
public class BacklogQuery {

    static final int TIMEOUT_MILLIS = 2000;

    @PersistenceContext(unitName = "bulletin")
    EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Backlog read() {
        return new Backlog(
                sources(ExtractionStatus.QUEUED),
                sources(ExtractionStatus.EXTRACTING),
                sources(ExtractionStatus.FAILED),
                count(em.createQuery("select count(d) from WebhookDelivery d where d.state = :state", Long.class)
                        .setParameter("state", DeliveryState.PENDING)),
                count(em.createQuery(
                                "select count(d) from WebhookDelivery d where d.state = :state" + " and d.attempts > 0",
                                Long.class)
                        .setParameter("state", DeliveryState.PENDING)),
                count(em.createQuery("select count(d) from WebhookDelivery d where d.state = :state", Long.class)
                        .setParameter("state", DeliveryState.FAILED)),
                Backlog.waitingSeconds(
                        Optional.ofNullable(limited(em.createQuery(
                                                "select min(d.createdAt)"
                                                        + " from WebhookDelivery d where d.state = :state",
                                                Instant.class)
                                        .setParameter("state", DeliveryState.PENDING))
                                .getSingleResult()),
                        Clock.systemUTC().instant()));
    }

    private long sources(ExtractionStatus status) {
        return count(em.createQuery("select count(s) from SourceDocument s where s.status = :status", Long.class)
                .setParameter("status", status));
    }

    private static long count(TypedQuery<Long> query) {
        return limited(query).getSingleResult();
    }

    private static <T> TypedQuery<T> limited(TypedQuery<T> query) {
        return query.setHint("jakarta.persistence.query.timeout", TIMEOUT_MILLIS);
    }
}
