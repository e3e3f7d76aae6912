package org.bulletincms.webhook;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** One delivery of an event to an endpoint as its log shows it: attempts and status codes, never the answer's body. */
public record DeliveryRecord(
        UUID id,
        String event,
        DeliveryState state,
        int attempts,
        Instant createdAt,
        Optional<Integer> lastStatus,
        Optional<String> lastError,
        Optional<Instant> lastAttemptAt,
        Optional<Instant> nextAttemptAt,
        Optional<Instant> deliveredAt) {

    public DeliveryRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(lastStatus, "lastStatus");
        Objects.requireNonNull(lastError, "lastError");
        Objects.requireNonNull(lastAttemptAt, "lastAttemptAt");
        Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
        Objects.requireNonNull(deliveredAt, "deliveredAt");
    }

    static DeliveryRecord of(WebhookDelivery delivery) {
        return new DeliveryRecord(
                delivery.id(),
                delivery.eventType(),
                delivery.state(),
                delivery.attempts(),
                delivery.createdAt(),
                delivery.lastStatus(),
                delivery.lastError(),
                delivery.lastAttemptAt(),
                delivery.nextAttemptAt(),
                delivery.deliveredAt());
    }
}
