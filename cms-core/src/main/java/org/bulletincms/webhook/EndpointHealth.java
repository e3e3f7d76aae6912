package org.bulletincms.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * How an endpoint's deliveries are going: failing since when, and the last reason an attempt failed (kept after
 * it recovers, for the record). One row per endpoint, written only through {@link WebhookHealth}'s conditional
 * updates, never by loading and saving it, so concurrent attempts (on several nodes) cannot undo each other.
 */
@Entity
@Table(name = "webhook_endpoint_health")
public class EndpointHealth {

    @Id
    @Column(name = "endpoint_id")
    private UUID endpointId;

    @Column(name = "failing_since")
    private Instant failingSince;

    @Column(name = "last_failure", length = 40)
    private String lastFailure;

    @Column(name = "last_failure_at")
    private Instant lastFailureAt;

    protected EndpointHealth() {
        // for JPA
    }

    /** A new endpoint: healthy, nothing failed yet. */
    EndpointHealth(UUID endpointId) {
        this.endpointId = endpointId;
    }

    public UUID endpointId() {
        return endpointId;
    }

    public Optional<Instant> failingSince() {
        return Optional.ofNullable(failingSince);
    }

    /** {@code status-503}, {@code timeout}, {@code connection-refused}, … (see {@link AttemptOutcome}). */
    public Optional<String> lastFailure() {
        return Optional.ofNullable(lastFailure);
    }

    public Optional<Instant> lastFailureAt() {
        return Optional.ofNullable(lastFailureAt);
    }
}
