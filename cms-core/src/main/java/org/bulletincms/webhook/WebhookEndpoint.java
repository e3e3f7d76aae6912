package org.bulletincms.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.net.URI;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A registered receiver of webhooks: its URL, the events it wants, its signing secret and whether it is
 * enabled. An endpoint that answers 410 Gone disables itself; an admin may enable it again.
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
        Arrays.stream(events.split(",")).map(WebhookEvent::ofCode).flatMap(Optional::stream).forEach(set::add);
        return set;
    }

    public WebhookSecret secret() {
        return new WebhookSecret(secret);
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
