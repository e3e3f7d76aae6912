package org.bulletincms.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Whether webhooks are getting through: each endpoint's health, recorded by every attempt, and the counts an
 * operator watches. The counts are plain methods so that a metrics registry can read them as gauges:
 * {@link #backlog()} (deliveries waiting to be sent or retried), {@link #due(Instant)} (of those, the ones whose
 * time has come: if it keeps growing, sending cannot keep up), {@link #failed()} (given up, waiting for an admin's
 * replay) and {@link #failingEndpoints()}. Each is one indexed count query.
 */
@ApplicationScoped
public class WebhookHealth {

    @PersistenceContext(unitName = "bulletin")
    EntityManager em;

    /** Deliveries waiting to be sent or retried, of all endpoints (enabled or not). */
    public long backlog() {
        return em.createQuery("select count(d) from WebhookDelivery d where d.state = :pending", Long.class)
                .setParameter("pending", DeliveryState.PENDING)
                .getSingleResult();
    }

    /** Deliveries of enabled endpoints that are due at {@code now} but not yet sent. */
    public long due(Instant now) {
        return em.createQuery(
                        "select count(d) from WebhookDelivery d, WebhookEndpoint e where e.id = d.endpointId"
                                + " and e.enabled = true and d.state = :pending and d.nextAttemptAt <= :now",
                        Long.class)
                .setParameter("pending", DeliveryState.PENDING)
                .setParameter("now", now)
                .getSingleResult();
    }

    /** Deliveries given up (tried for the whole retry period, or answered 410 Gone) and not replayed since. */
    public long failed() {
        return em.createQuery("select count(d) from WebhookDelivery d where d.state = :failed", Long.class)
                .setParameter("failed", DeliveryState.FAILED)
                .getSingleResult();
    }

    /** Endpoints whose last attempt failed. */
    public long failingEndpoints() {
        return em.createQuery("select count(h) from EndpointHealth h where h.failingSince is not null", Long.class)
                .getSingleResult();
    }

    /** One endpoint's status. */
    public EndpointStatus of(UUID endpointId) {
        return ofAll(Optional.of(endpointId)).getOrDefault(endpointId, EndpointStatus.healthy());
    }

    /** Every endpoint's status, by endpoint id; three queries whatever the number of endpoints. */
    public Map<UUID, EndpointStatus> ofAll() {
        return ofAll(Optional.empty());
    }

    private Map<UUID, EndpointStatus> ofAll(Optional<UUID> only) {
        String endpointFilter = only.isPresent() ? " and d.endpointId = :e" : "";
        var counting = em.createQuery(
                        "select d.endpointId, d.state, count(d) from WebhookDelivery d" + " where d.state <> :delivered"
                                + endpointFilter + " group by d.endpointId, d.state",
                        Object[].class)
                .setParameter("delivered", DeliveryState.DELIVERED);
        only.ifPresent(id -> counting.setParameter("e", id));
        Map<UUID, long[]> counts = new HashMap<>();
        for (Object[] row : counting.getResultList()) {
            long[] pendingAndFailed = counts.computeIfAbsent((UUID) row[0], id -> new long[2]);
            pendingAndFailed[row[1] == DeliveryState.PENDING ? 0 : 1] += (Long) row[2];
        }
        var holding = em.createQuery(
                        "select d.endpointId, count(d) from WebhookDelivery d where d.state = :pending"
                                + endpointFilter + " and exists (" + WebhookOutbox.HELD_BACK + ")"
                                + " group by d.endpointId",
                        Object[].class)
                .setParameter("pending", DeliveryState.PENDING);
        only.ifPresent(id -> holding.setParameter("e", id));
        Map<UUID, Long> heldBack = new HashMap<>();
        holding.getResultList().forEach(row -> heldBack.put((UUID) row[0], (Long) row[1]));
        List<EndpointHealth> healths = only.isPresent()
                ? Optional.ofNullable(em.find(EndpointHealth.class, only.get())).stream()
                        .toList()
                : em.createQuery("select h from EndpointHealth h", EndpointHealth.class)
                        .getResultList();
        Map<UUID, EndpointStatus> statuses = new HashMap<>();
        for (EndpointHealth health : healths) {
            long[] c = counts.getOrDefault(health.endpointId(), new long[2]);
            statuses.put(
                    health.endpointId(),
                    new EndpointStatus(
                            health.failingSince(),
                            health.lastFailure(),
                            health.lastFailureAt(),
                            c[0],
                            heldBack.getOrDefault(health.endpointId(), 0L),
                            c[1]));
        }
        return statuses;
    }

    /** Starts keeping an endpoint's health; in the transaction that registers it. */
    void track(UUID endpointId) {
        em.persist(new EndpointHealth(endpointId));
    }

    void forget(UUID endpointId) {
        em.createQuery("delete from EndpointHealth h where h.endpointId = :e")
                .setParameter("e", endpointId)
                .executeUpdate();
    }

    /**
     * Records a failed attempt; true exactly when this one made a healthy endpoint failing. The conditional
     * update decides that in the database, so only one of several concurrent attempts (or nodes) sees it.
     */
    boolean recordFailure(UUID endpointId, String reason, Instant now) {
        em.createQuery("update EndpointHealth h set h.lastFailure = :reason, h.lastFailureAt = :now"
                        + " where h.endpointId = :e")
                .setParameter("reason", reason)
                .setParameter("now", now)
                .setParameter("e", endpointId)
                .executeUpdate();
        return em.createQuery("update EndpointHealth h set h.failingSince = :now"
                                + " where h.endpointId = :e and h.failingSince is null")
                        .setParameter("now", now)
                        .setParameter("e", endpointId)
                        .executeUpdate()
                == 1;
    }

    /** Records a delivered attempt; the time the endpoint had been failing since, if this ended that. */
    Optional<Instant> recordSuccess(UUID endpointId) {
        Optional<Instant> since = em.createQuery(
                        "select h.failingSince from EndpointHealth h"
                                + " where h.endpointId = :e and h.failingSince is not null",
                        Instant.class)
                .setParameter("e", endpointId)
                .getResultStream()
                .findFirst();
        if (since.isEmpty()) {
            return Optional.empty();
        }
        int ended = em.createQuery("update EndpointHealth h set h.failingSince = null"
                        + " where h.endpointId = :e and h.failingSince is not null")
                .setParameter("e", endpointId)
                .executeUpdate();
        return ended == 1 ? since : Optional.empty();
    }
}
