package org.bulletincms.web.webhook;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.bulletincms.webhook.DeliveryRecord;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One delivery of an event to an endpoint: attempts and status codes, never what the receiver answered. */
@Schema(name = "WebhookDelivery", description = "A delivery of an event: attempts and status codes, never bodies.")
@JsonbPropertyOrder({
    "id",
    "event",
    "state",
    "attempts",
    "createdAt",
    "lastStatus",
    "lastError",
    "lastAttemptAt",
    "nextAttemptAt",
    "deliveredAt"
})
public record DeliveryView(
        @Schema(required = true, description = "Also its webhook-id")
        UUID id,

        @Schema(required = true, example = "issue.published")
        String event,

        @Schema(
                required = true,
                enumeration = {"pending", "delivered", "failed"})
        String state,

        @Schema(required = true) int attempts,
        @Schema(required = true) Instant createdAt,

        @Schema(description = "The last attempt's HTTP status")
        Optional<Integer> lastStatus,

        @Schema(description = "Why the last attempt failed, without the receiver's body")
        Optional<String> lastError,

        @Schema(description = "When it was last tried") Optional<Instant> lastAttemptAt,

        @Schema(description = "When it is tried next, while pending")
        Optional<Instant> nextAttemptAt,

        @Schema(description = "When it was delivered") Optional<Instant> deliveredAt) {

    static DeliveryView of(DeliveryRecord delivery) {
        return new DeliveryView(
                delivery.id(),
                delivery.event(),
                delivery.state().code(),
                delivery.attempts(),
                delivery.createdAt(),
                delivery.lastStatus(),
                delivery.lastError(),
                delivery.lastAttemptAt(),
                delivery.nextAttemptAt(),
                delivery.deliveredAt());
    }

    /** An endpoint's delivery log, newest first. */
    @Schema(name = "WebhookDeliveries", description = "The delivery log, newest first (at most 200).")
    public record Log(@Schema(required = true) List<DeliveryView> deliveries) {}

    /** How many given-up deliveries were queued again. */
    @Schema(
            name = "WebhookReplay",
            description = "How many deliveries that failed since the instant were queued again.")
    @JsonbPropertyOrder({"replayed", "failedSince"})
    public record Replayed(
            @Schema(required = true) int replayed,
            @Schema(required = true) Instant failedSince) {}
}
