package org.bulletincms.web.webhook;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.bulletincms.webhook.EndpointStatus;
import org.bulletincms.webhook.EndpointView;
import org.bulletincms.webhook.WebhookEvent;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A webhook endpoint as the management API shows it. The signing secret is in the answer that made it only
 * (registration and rotation); every other answer leaves it out.
 */
@Schema(name = "Webhook", description = "A webhook endpoint with its status; `secret` only in the answer that made it.")
@JsonbPropertyOrder({
    "id",
    "url",
    "events",
    "enabled",
    "createdBy",
    "createdAt",
    "disabledReason",
    "status",
    "secret",
    "previousSecretValidUntil"
})
public record WebhookView(
        @Schema(required = true) UUID id,
        @Schema(required = true, format = "uri") String url,

        @Schema(
                required = true,
                description = "The events it receives: issue.published, issue.corrected, " + "issue.unpublished")
        List<String> events,

        @Schema(required = true) boolean enabled,

        @Schema(required = true, description = "Who registered it (user name)")
        String createdBy,

        @Schema(required = true) Instant createdAt,

        @Schema(description = "Why it is disabled, while it is", example = "gone")
        Optional<String> disabledReason,

        @Schema(required = true) Status status,

        @Schema(description = "The signing secret: in the answer to registration and rotation only")
        Optional<String> secret,

        @Schema(description = "Rotation only: until when deliveries are signed with the old secret too")
        Optional<Instant> previousSecretValidUntil) {

    static WebhookView of(EndpointView endpoint) {
        return new WebhookView(
                endpoint.id(),
                endpoint.url().toString(),
                endpoint.events().stream().map(WebhookEvent::code).toList(),
                endpoint.enabled(),
                endpoint.createdBy(),
                endpoint.createdAt(),
                endpoint.disabledReason(),
                Status.of(endpoint.status()),
                endpoint.secret(),
                endpoint.previousSecretValidUntil());
    }

    /** How deliveries to the endpoint are going. */
    @Schema(
            name = "WebhookStatus",
            description = "Healthy, or failing since when and why; deliveries waiting, held back and given up.")
    @JsonbPropertyOrder({"health", "failingSince", "lastFailure", "lastFailureAt", "backlog", "heldBack", "failed"})
    public record Status(
            @Schema(
                    required = true,
                    enumeration = {"healthy", "failing"})
            String health,

            @Schema(description = "While failing") Optional<Instant> failingSince,

            @Schema(description = "The last failure's reason, e.g. a status code")
            Optional<String> lastFailure,

            @Schema(description = "When it last failed") Optional<Instant> lastFailureAt,

            @Schema(required = true, description = "Deliveries waiting")
            long backlog,

            @Schema(
                    required = true,
                    description = "Of those waiting, the ones held back behind an earlier event of the same issue"
                            + " that is not through yet (events of one issue reach the endpoint in order)")
            long heldBack,

            @Schema(required = true, description = "Deliveries given up")
            long failed) {

        static Status of(EndpointStatus status) {
            return new Status(
                    status.failing() ? "failing" : "healthy",
                    status.failingSince(),
                    status.lastFailure(),
                    status.lastFailureAt(),
                    status.backlog(),
                    status.heldBack(),
                    status.failed());
        }
    }
}
