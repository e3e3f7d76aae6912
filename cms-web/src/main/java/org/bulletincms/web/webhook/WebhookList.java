package org.bulletincms.web.webhook;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The registered endpoints, never with their secrets, and a summary of all deliveries. */
@Schema(name = "Webhooks", description = "The registered endpoints (never their secrets) and a summary of all.")
@JsonbPropertyOrder({"webhooks", "summary"})
public record WebhookList(
        @Schema(required = true) List<WebhookView> webhooks,
        @Schema(required = true) Summary summary) {

    /** Deliveries of all endpoints. */
    @Schema(name = "WebhookSummary", description = "Deliveries of all endpoints.")
    @JsonbPropertyOrder({"backlog", "due", "failed", "failingEndpoints"})
    public record Summary(
            @Schema(required = true, description = "Deliveries waiting")
            long backlog,

            @Schema(required = true, description = "Of those, due now")
            long due,

            @Schema(required = true, description = "Deliveries given up")
            long failed,

            @Schema(required = true, description = "Endpoints failing now")
            long failingEndpoints) {}
}
