package org.bulletincms.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Logger;
import org.bulletincms.database.DatabaseClock;
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

    @Inject
    DatabaseClock clock;

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
        Map<UUID, Integer> last = lastEventNumbers(issueId);
        interested.forEach(endpoint -> em.persist(new WebhookDelivery(
                endpoint.id(), issueId, last.getOrDefault(endpoint.id(), 0) + 1, event, payload, at)));
    }

    /**
     * The number of the issue's last event for each endpoint. Events of one issue are numbered one transaction after
     * the other: each changes the issue (publish, correct, unpublish), whose optimistic version lets only one of two
     * concurrent ones commit, and the unique index on the number would refuse the second anyway.
     */
    private Map<UUID, Integer> lastEventNumbers(UUID issueId) {
        Map<UUID, Integer> last = new HashMap<>();
        em.createQuery(
                        "select d.endpointId, max(d.issueEventNo) from WebhookDelivery d where d.issueId = :i"
                                + " group by d.endpointId",
                        Object[].class)
                .setParameter("i", issueId)
                .getResultStream()
                .forEach(row -> last.put((UUID) row[0], (Integer) row[1]));
        return last;
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

    /**
     * What a sender needs for one attempt, detached from the persistence context; {@code version} is the claim's
     * fencing token, handed back to {@link #record}.
     */
    public record Claim(
            UUID deliveryId,
            UUID endpointId,
            WebhookUrl url,
            List<WebhookSecret> secrets,
            String payload,
            long version) {}

    /**
     * Claims up to {@code limit} due deliveries of enabled endpoints, at most one per endpoint and none of the
     * endpoints in {@code busy} (those with an attempt in flight), oldest first, on the database's clock (leases
     * end by it, whichever node looks). A delivery waits while an earlier one of the same issue to the same endpoint
     * is pending (being sent, or failing and retried): it is {@link #HELD_BACK held back}, and only it, so a failing
     * issue delays nothing else. A concurrent claim by another node makes this transaction fail on the optimistic
     * version; the caller simply polls again.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Claim> claimDue(Set<UUID> busy, int limit) {
        if (limit < 1) {
            return List.of();
        }
        Instant now = clock.now();
        List<Object[]> due = em.createQuery(
                        "select d, e from WebhookDelivery d, WebhookEndpoint e"
                                + " where e.id = d.endpointId and e.enabled = true and d.state = :pending"
                                + " and d.nextAttemptAt <= :now and not exists (" + HELD_BACK + ")"
                                + " order by d.nextAttemptAt, d.createdAt",
                        Object[].class)
                .setParameter("pending", DeliveryState.PENDING)
                .setParameter("now", now)
                .setMaxResults(limit * 10)
                .getResultList();
        List<WebhookDelivery> claimed = new ArrayList<>();
        Map<UUID, WebhookEndpoint> endpoints = new HashMap<>();
        Set<UUID> taken = new HashSet<>(busy);
        for (Object[] row : due) {
            WebhookDelivery delivery = (WebhookDelivery) row[0];
            WebhookEndpoint endpoint = (WebhookEndpoint) row[1];
            if (claimed.size() < limit && taken.add(endpoint.id())) {
                delivery.claim(now.plus(settings.lease()));
                claimed.add(delivery);
                endpoints.put(endpoint.id(), endpoint);
            }
        }
        em.flush(); // the versions the claims left: the fencing tokens
        return claimed.stream()
                .map(delivery -> {
                    WebhookEndpoint endpoint = endpoints.get(delivery.endpointId());
                    return new Claim(
                            delivery.id(),
                            endpoint.id(),
                            endpoint.url(),
                            endpoint.signingSecrets(now),
                            delivery.payload(),
                            delivery.version());
                })
                .toList();
    }

    /**
     * The condition (JPQL, on a delivery {@code d} and the parameter {@code pending}) under which a delivery is held
     * back: an earlier delivery of the same issue to the same endpoint is still pending.
     */
    static final String HELD_BACK = "select p.id from WebhookDelivery p where p.endpointId = d.endpointId"
            + " and p.issueId = d.issueId and p.state = :pending and p.issueEventNo < d.issueEventNo";

    /**
     * Records an attempt and the endpoint's health; a 410 Gone also disables the endpoint. Logged are the changes
     * an operator must hear of, each once: an endpoint that starts failing (WARNING), one that recovers (INFO), a
     * delivery given up (WARNING). Single failed attempts are not logged; the endpoint's status shows them.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(Claim claim, AttemptOutcome outcome) {
        UUID deliveryId = claim.deliveryId();
        WebhookDelivery delivery = em.find(WebhookDelivery.class, deliveryId);
        if (delivery == null) {
            return; // the endpoint was removed meanwhile
        }
        if (!delivery.claimedAs(claim.version())) {
            // this node's lease ended before it came back (a long pause): another node has the delivery now, or sent
            // it; what this attempt saw is stale and must not overwrite what happened since
            LOG.info(() -> "Webhook delivery " + deliveryId + ": the attempt's outcome (" + outcome
                    + ") came after its lease ended and is not recorded; the delivery has moved on without it");
            return;
        }
        Instant now = clock.now();
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
