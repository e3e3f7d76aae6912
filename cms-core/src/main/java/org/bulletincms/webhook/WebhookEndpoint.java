package org.bulletincms.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A registered receiver of webhooks: its URL, the events it wants, its signing secret (and, after a rotation,
 * the one before for a while) and whether it is enabled. An endpoint that answers 410 Gone disables itself; an admin may enable it again.
 */
@Entity
@Table(name = "webhook_endpoint")
public class WebhookEndpoint {

    @Id
    private UUID id;

    @Column(nullable = false, length = WebhookUrl.MAX_LENGTH)
    private String url;

    @Column(nullable = false, length = 200)
    private String events;

    @Column(nullable = false, length = 100)
    private String secret;

    /** The secret before the last rotation, still signing until {@link #previousSecretUntil}. */
    @Column(name = "previous_secret", length = 100)
    private String previousSecret;

    @Column(name = "previous_secret_until")
    private Instant previousSecretUntil;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "disabled_reason", length = 40)
    private String disabledReason;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected WebhookEndpoint() {
        // for JPA
    }

    WebhookEndpoint(WebhookUrl url, Set<WebhookEvent> events, WebhookSecret secret, String by, Instant now) {
        if (events.isEmpty()) {
            throw new IllegalArgumentException("an endpoint wants at least one event");
        }
        this.id = UUID.randomUUID();
        this.url = url.toString();
        this.events = events.stream().map(WebhookEvent::code).sorted().collect(Collectors.joining(","));
        this.secret = secret.value();
        this.enabled = true;
        this.createdBy = by;
        this.createdAt = now;
    }

    public boolean wants(WebhookEvent event) {
        return enabled && events().contains(event);
    }

    /** Stops deliveries; {@code reason} is {@code gone} (the receiver answered 410) or {@code admin}. */
    public void disable(String reason) {
        enabled = false;
        disabledReason = reason;
    }

    public void enable() {
        enabled = true;
        disabledReason = null;
    }

    public UUID id() {
        return id;
    }

    public WebhookUrl url() {
        return new WebhookUrl(URI.create(url));
    }

    public Set<WebhookEvent> events() {
        Set<WebhookEvent> set = EnumSet.noneOf(WebhookEvent.class);
        Arrays.stream(events.split(","))
                .map(WebhookEvent::ofCode)
                .flatMap(Optional::stream)
                .forEach(set::add);
        return set;
    }

    public WebhookSecret secret() {
        return new WebhookSecret(secret);
    }

    /**
     * Replaces the signing secret with {@code next}. Until {@code now + overlap}, deliveries are signed with both,
     * so a receiver can switch to the new secret at its own pace without rejecting a single event; a secret that
     * leaked is revoked at once with an overlap of zero.
     */
    public void rotateSecret(WebhookSecret next, Instant now, Duration overlap) {
        if (overlap.isNegative()) {
            throw new IllegalArgumentException("an overlap is zero or more");
        }
        previousSecret = overlap.isZero() ? null : secret;
        previousSecretUntil = overlap.isZero() ? null : now.plus(overlap);
        secret = next.value();
    }

    /** The secrets deliveries are signed with at {@code now}: the current one, and the one before while it lasts. */
    public List<WebhookSecret> signingSecrets(Instant now) {
        if (previousSecret != null && now.isBefore(previousSecretUntil)) {
            return List.of(secret(), new WebhookSecret(previousSecret));
        }
        return List.of(secret());
    }

    /** Until when the secret before the last rotation still signs, if it does at {@code now}. */
    public Optional<Instant> previousSecretUntil(Instant now) {
        return Optional.ofNullable(previousSecretUntil).filter(now::isBefore);
    }

    public boolean enabled() {
        return enabled;
    }

    public Optional<String> disabledReason() {
        return Optional.ofNullable(disabledReason);
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
