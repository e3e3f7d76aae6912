package org.bulletincms.web.webhook;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.bulletincms.web.request.MayBeEmpty;
import org.bulletincms.web.request.ServerOwned;
import org.bulletincms.webhook.WebhookUrl;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What clients send to the webhook operations: records read by {@code RecordBodyReader} (every error at its JSON
 * pointer) whose schemas the OpenAPI document shows.
 */
final class WebhookRequests {

    /** The longest a rotated secret may go on signing, in hours: a receiver that needs longer should register anew. */
    static final int MAX_OVERLAP_HOURS = 7 * 24;

    private WebhookRequests() {}

    @Schema(name = "NewWebhook", description = "An endpoint to register; unknown properties are refused.")
    @ServerOwned({"id", "secret", "enabled", "createdAt", "createdBy", "disabledReason", "status"})
    public record Registration(
            @Schema(
                    required = true,
                    format = "uri",
                    maxLength = WebhookUrl.MAX_LENGTH,
                    description = "https, or " + "an allowed host")
            String url,

            @Schema(
                    required = true,
                    maxItems = 3,
                    maxLength = 40,
                    description = "issue.published, issue.corrected, issue.unpublished; at least " + "one")
            List<String> events) {}

    @Schema(name = "WebhookSecretRotation", description = "How long the old secret goes on signing.")
    @MayBeEmpty
    public record Rotation(
            @Schema(
                    minimum = "0",
                    maximum = "" + MAX_OVERLAP_HOURS,
                    defaultValue = "24",
                    description = "Hours; 0 revokes the old " + "secret at once")
            Optional<Integer> overlapHours) {}

    @Schema(name = "WebhookReplayRequest", description = "Replays every delivery given up at or after the instant.")
    public record Replay(@Schema(required = true) Instant failedSince) {}
}
