package org.bulletincms.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Logger;
import org.bulletincms.issue.Issue;
import org.bulletincms.issue.IssueRepository;
import org.bulletincms.publication.Publication;
import org.bulletincms.publication.PublicationRepository;
import org.bulletincms.spi.Json;
import org.bulletincms.workflow.IssuePublished;
import org.bulletincms.workflow.IssueUnpublished;

/**
 * The webhook outbox. Each {@link IssuePublished} and {@link IssueUnpublished} event is observed synchronously,
 * in the publishing (or unpublishing) transaction, and becomes one pending {@link WebhookDelivery} per enabled endpoint that wants it: the rows
 * commit exactly when the publication does, so no event is lost and none announces a rolled-back publish.
 * Senders {@link #claimDue claim} due rows and {@link #record record} each attempt, each in its own transaction.
 */
@ApplicationScoped
@Transactional
public class WebhookOutbox {

    private static final Logger LOG = Logger.getLogger(WebhookOutbox.class.getName());

    @PersistenceContext(unitName = "bulletin")
    EntityManager em;

    @Inject
    IssueRepository issues;

    @Inject
    PublicationRepository publications;

    @Inject
    WebhookSettings settings;

    @Inject
    WebhookHealth health;

    void enqueue(@Observes IssuePublished published) {
        enqueue(
                published.correction() ? WebhookEvent.ISSUE_CORRECTED : WebhookEvent.ISSUE_PUBLISHED,
                published.issueId(),
                published.publicationId(),
                published.edition(),
                published.at());
    }

    /** The payload names the edition front ends saw last, so they know what to take down; not the reason. */
    void enqueue(@Observes IssueUnpublished unpublished) {
        enqueue(
                WebhookEvent.ISSUE_UNPUBLISHED,
                unpublished.issueId(),
                unpublished.publicationId(),
                unpublished.edition(),
                unpublished.at());
    }

    private void enqueue(WebhookEvent event, UUID issueId, UUID publicationId, int edition, Instant at) {
        List<WebhookEndpoint> interested = em.createQuery(
                        "select e from WebhookEndpoint e where e.enabled = true", WebhookEndpoint.class)
                .getResultStream()
                .filter(endpoint -> endpoint.wants(event))
                .toList();
        if (interested.isEmpty()) {
            return;
        }
        String payload = payload(event, issueId, publicationId, edition, at);
        interested.forEach(endpoint -> em.persist(new WebhookDelivery(endpoint.id(), event, payload, at)));
    }

    private String payload(WebhookEvent event, UUID issueId, UUID publicationId, int edition, Instant at) {
        Issue issue = issues.find(issueId).orElseThrow();
        Publication publication = publications.find(publicationId).orElseThrow();
        return Json.createObjectBuilder()
                .add("type", event.code())
                .add("timestamp", at.toString())
                .add(
                        "data",
                        Json.createObjectBuilder()
                                .add("issue", issueId.toString())
                                .add("publication", publicationId.toString())
                                .add("slug", publication.slug().value())
                                .add("year", issue.number().year())
                                .add("number", issue.number().numberInYear())
                                .add("cumulativeNumber", issue.number().cumulative())
                                .add("edition", edition))
                .build()
                .toString();
    }

    /** What a sender needs for one attempt, detached from the persistence context. */
    public record Claim(
            UUID deliveryId, UUID endpointId, WebhookUrl url, List<WebhookSecret> secrets, String payload) {}

    /**
     * Claims up to {@code limit} due deliveries of enabled endpoints, at most one per endpoint and none of the
     * endpoints in {@code busy} (those with an attempt in flight), oldest first. A concurrent claim by another
     * node makes this transaction fail on the optimistic version; the caller simply polls again.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Claim> claimDue(Instant now, Set<UUID> busy, int limit) {
        if (limit < 1) {
            return List.of();
        }
        List<Object[]> due = em.createQuery(
                        "select d, e from WebhookDelivery d, WebhookEndpoint e"
                                + " where e.id = d.endpointId and e.enabled = true and d.state = :pending"
                                + " and d.nextAttemptAt <= :now order by d.nextAttemptAt, d.createdAt",
                        Object[].class)
                .setParameter("pending", DeliveryState.PENDING)
                .setParameter("now", now)
                .setMaxResults(limit * 10)
                .getResultList();
        List<Claim> claims = new ArrayList<>();
        Set<UUID> taken = new HashSet<>(busy);
        for (Object[] row : due) {
            WebhookDelivery delivery = (WebhookDelivery) row[0];
            WebhookEndpoint endpoint = (WebhookEndpoint) row[1];
            if (claims.size() < limit && taken.add(endpoint.id())) {
                delivery.claim(now.plus(settings.lease()));
                claims.add(new Claim(
                        delivery.id(),
                        endpoint.id(),
                        endpoint.url(),
                        endpoint.signingSecrets(now),
                        delivery.payload()));
            }
        }
        em.flush();
        return claims;
    }

    /**
     * Records an attempt and the endpoint's health; a 410 Gone also disables the endpoint. Logged are the changes
     * an operator must hear of, each once: an endpoint that starts failing (WARNING), one that recovers (INFO), a
     * delivery given up (WARNING). Single failed attempts are not logged; the endpoint's status shows them.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(UUID deliveryId, AttemptOutcome outcome, Instant now) {
        WebhookDelivery delivery = em.find(WebhookDelivery.class, deliveryId);
        if (delivery == null) {
            return; // the endpoint was removed meanwhile
        }
        RetrySchedule schedule = settings.retrySchedule();
        delivery.record(
                outcome,
                now,
                schedule,
                schedule.delayAfter(delivery.attempts() + 1, ThreadLocalRandom.current()::nextDouble));
        UUID endpointId = delivery.endpointId();
        if (outcome.delivered()) {
            health.recordSuccess(endpointId)
                    .ifPresent(since -> LOG.info(
                            () -> "Webhook endpoint " + endpointId + " accepts deliveries again, after failing since "
                                    + since + "; its backlog is being sent"));
        } else if (health.recordFailure(endpointId, outcome.failureReason(), now)) {
            LOG.warning(() -> "Webhook endpoint " + endpointId + " is failing (" + outcome.failureReason()
                    + "); its deliveries are retried for "
                    + schedule.giveUpAfter().toHours() + " h"
                    + " (cms.webhooks.give-up-after-hours). Status: GET /api/v1/webhooks/" + endpointId);
        }
        if (delivery.state() == DeliveryState.FAILED) {
            LOG.warning(() -> "Webhook delivery " + deliveryId + " (" + delivery.eventType() + ") to endpoint "
                    + endpointId + " is given up after " + delivery.attempts() + " attempt(s) since "
                    + delivery.retryingSince() + ", last: " + outcome.failureReason() + ". Replay it with POST"
                    + " /api/v1/webhooks/" + endpointId + "/deliveries/replay {\"failedSince\": \"…\"}");
        }
        if (outcome.gone()) {
            Optional.ofNullable(em.find(WebhookEndpoint.class, endpointId))
                    .ifPresent(endpoint -> endpoint.disable("gone"));
        }
    }

    /**
     * Queues again, for a fresh series of attempts under their own ids, every delivery of the endpoint that was
     * given up at or after {@code failedSince}; how many. {@link WebhookDelivery#replay} for many rows at once.
     */
    @Transactional
    public int replayFailed(UUID endpointId, Instant failedSince, Instant now) {
        return em.createQuery("update WebhookDelivery d set d.state = :pending, d.attempts = 0,"
                        + " d.nextAttemptAt = :now, d.retryingSince = :now, d.version = d.version + 1"
                        + " where d.endpointId = :e and d.state = :failed and d.lastAttemptAt >= :since")
                .setParameter("pending", DeliveryState.PENDING)
                .setParameter("failed", DeliveryState.FAILED)
                .setParameter("now", now)
                .setParameter("e", endpointId)
                .setParameter("since", failedSince)
                .executeUpdate();
    }

    /** An endpoint's deliveries, newest first. */
    public List<WebhookDelivery> ofEndpoint(UUID endpointId, int limit) {
        return em.createQuery(
                        "select d from WebhookDelivery d where d.endpointId = :e" + " order by d.createdAt desc, d.id",
                        WebhookDelivery.class)
                .setParameter("e", endpointId)
                .setMaxResults(limit)
                .getResultList();
    }

    public Optional<WebhookDelivery> find(UUID deliveryId) {
        return Optional.ofNullable(em.find(WebhookDelivery.class, deliveryId));
    }
}
