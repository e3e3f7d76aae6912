package org.bulletincms.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.bulletincms.account.Accounts;

/**
 * What an admin does with webhooks: register, read, remove, rotate a secret, enable and disable endpoints, read an
 * endpoint's delivery log and replay deliveries. The application service the web edge calls, each call its own
 * transaction, answering with {@link EndpointView}s and {@link DeliveryRecord}s; each answer about an endpoint is
 * empty when there is no such endpoint.
 */
@ApplicationScoped
@Transactional
public class Webhooks {

    /** The delivery log shows at most this many deliveries, newest first. */
    public static final int LOG_LIMIT = 200;

    /** The reason an endpoint an admin disabled shows ({@code gone} is the reason of one whose receiver said 410). */
    static final String DISABLED_BY_ADMIN = "admin";

    /** Every endpoint with its status, and how all deliveries are going. */
    public record Roster(List<EndpointView> endpoints, long backlog, long due, long failed, long failingEndpoints) {

        public Roster {
            endpoints = List.copyOf(endpoints);
        }
    }

    @Inject
    WebhookEndpoints endpoints;

    @Inject
    WebhookOutbox outbox;

    @Inject
    WebhookHealth health;

    @Inject
    Accounts accounts;

    Clock clock = Clock.systemUTC();

    /**
     * Registers an endpoint with a new signing secret, which is in this answer only; see {@link
     * WebhookEndpoints#register} for the address checks.
     */
    public EndpointView register(WebhookUrl url, Set<WebhookEvent> events, String by) {
        WebhookEndpoint endpoint = endpoints.register(url, events, by, clock.instant());
        return withSecret(endpoint, EndpointStatus.healthy(), Optional.empty());
    }

    public Roster roster() {
        Map<UUID, EndpointStatus> statuses = health.ofAll();
        return new Roster(
                endpoints.all().stream()
                        .map(endpoint -> view(endpoint, statuses.getOrDefault(endpoint.id(), EndpointStatus.healthy())))
                        .toList(),
                health.backlog(),
                health.due(clock.instant()),
                health.failed(),
                health.failingEndpoints());
    }

    public Optional<EndpointView> find(UUID id) {
        return endpoints.find(id).map(this::view);
    }

    /** Removes the endpoint and its delivery log; false when there is no such endpoint. */
    public boolean remove(UUID id) {
        Optional<WebhookEndpoint> endpoint = endpoints.find(id);
        endpoint.ifPresent(endpoints::remove);
        return endpoint.isPresent();
    }

    /**
     * A new signing secret, in this answer only; for {@code overlap} deliveries are signed with the old one too, so
     * the receiver can switch without rejecting an event (zero revokes the old one at once).
     */
    public Optional<EndpointView> rotateSecret(UUID id, Duration overlap) {
        Instant now = clock.instant();
        return endpoints.find(id).map(endpoint -> {
            endpoint.rotateSecret(WebhookSecret.generate(), now, overlap);
            return withSecret(endpoint, health.of(endpoint.id()), endpoint.previousSecretUntil(now));
        });
    }

    public Optional<EndpointView> enable(UUID id) {
        return endpoints.find(id).map(endpoint -> {
            endpoint.enable();
            return view(endpoint);
        });
    }

    /** Stops sending to the endpoint; pending deliveries wait until it is enabled. */
    public Optional<EndpointView> disable(UUID id) {
        return endpoints.find(id).map(endpoint -> {
            endpoint.disable(DISABLED_BY_ADMIN);
            return view(endpoint);
        });
    }

    /** The endpoint's delivery log, newest first, at most {@link #LOG_LIMIT} deliveries. */
    public Optional<List<DeliveryRecord>> deliveries(UUID id) {
        return endpoints
                .find(id)
                .map(endpoint -> outbox.ofEndpoint(endpoint.id(), LOG_LIMIT).stream()
                        .map(DeliveryRecord::of)
                        .toList());
    }

    /** Queues a delivery of the endpoint again, under the same webhook-id; empty when either does not exist. */
    public Optional<DeliveryRecord> replay(UUID id, UUID deliveryId) {
        return endpoints
                .find(id)
                .flatMap(endpoint -> outbox.find(deliveryId)
                        .filter(delivery -> delivery.endpointId().equals(endpoint.id())))
                .map(delivery -> {
                    delivery.replay(clock.instant());
                    return DeliveryRecord.of(delivery);
                });
    }

    /** Queues again every delivery of the endpoint given up at or after {@code failedSince}; says how many. */
    public Optional<Integer> replayFailed(UUID id, Instant failedSince) {
        return endpoints.find(id).map(endpoint -> outbox.replayFailed(endpoint.id(), failedSince, clock.instant()));
    }

    private EndpointView view(WebhookEndpoint endpoint) {
        return view(endpoint, health.of(endpoint.id()));
    }

    private EndpointView view(WebhookEndpoint endpoint, EndpointStatus status) {
        return new EndpointView(
                endpoint.id(),
                endpoint.url(),
                endpoint.events(),
                endpoint.enabled(),
                accounts.shownName(endpoint.createdBy()),
                endpoint.createdAt(),
                endpoint.disabledReason(),
                status,
                Optional.empty(),
                Optional.empty());
    }

    private EndpointView withSecret(WebhookEndpoint endpoint, EndpointStatus status, Optional<Instant> previousUntil) {
        EndpointView view = view(endpoint, status);
        return new EndpointView(
                view.id(),
                view.url(),
                view.events(),
                view.enabled(),
                view.createdBy(),
                view.createdAt(),
                view.disabledReason(),
                view.status(),
                Optional.of(endpoint.secret().value()),
                previousUntil);
    }
}
