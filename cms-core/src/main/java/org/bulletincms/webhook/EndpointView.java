package org.bulletincms.webhook;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A webhook endpoint as an admin sees it, with how deliveries to it are going; who registered it by their current
 * user name. The signing secret is in the view of the write that made it only (registration or rotation).
 *
 * @param previousSecretValidUntil rotation only: until when deliveries are signed with the old secret too
 */
public record EndpointView(
        UUID id,
        WebhookUrl url,
        Set<WebhookEvent> events,
        boolean enabled,
        String createdBy,
        Instant createdAt,
        Optional<String> disabledReason,
        EndpointStatus status,
        Optional<String> secret,
        Optional<Instant> previousSecretValidUntil) {

    public EndpointView {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(disabledReason, "disabledReason");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(previousSecretValidUntil, "previousSecretValidUntil");
    }
}
