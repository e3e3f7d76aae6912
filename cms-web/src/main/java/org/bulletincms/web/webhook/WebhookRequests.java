package org.bulletincms.web.webhook;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.bulletincms.webhook.WebhookUrl;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What clients send to the webhook operations, for the OpenAPI document. {@code JsonBody} reads the bodies, so
 * that every error is reported at its JSON pointer; these records only say their shape.
 */
final class WebhookRequests {

    private WebhookRequests() {}

    @Schema(name = "NewWebhook", description = "An endpoint to register; unknown properties are refused.")
    record Registration(
            @Schema(
                    required = true,
                    format = "uri",
                    maxLength = WebhookUrl.MAX_LENGTH,
                    description = "https, or " + "an allowed host")
            String url,

            @Schema(
                    required = true,
                    description = "issue.published, issue.corrected, issue.unpublished; at least " + "one")
            List<String> events) {}

    @Schema(name = "WebhookSecretRotation", description = "How long the old secret goes on signing.")
    record Rotation(
            @Schema(
                    minimum = "0",
                    maximum = "168",
                    defaultValue = "24",
                    description = "Hours; 0 revokes the old " + "secret at once")
            Optional<Integer> overlapHours) {}

    @Schema(name = "WebhookReplayRequest", description = "Replays every delivery given up at or after the instant.")
    record Replay(@Schema(required = true) Instant failedSince) {}
}
