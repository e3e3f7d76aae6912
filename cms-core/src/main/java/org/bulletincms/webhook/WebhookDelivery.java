package org.bulletincms.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * One message for one endpoint: a row of the outbox and, afterwards, of the delivery log. Its id is the
 * {@code webhook-id} the receiver sees, the same on every attempt and replay, so receivers can drop duplicates.
 * A sender claims it by moving {@code nextAttemptAt} past a lease (optimistic version), so two pollers never
 * send it at once and a sender that dies leaves it due again when the lease ends; the version the claim left is the
 * sender's fencing token ({@link #claimedAs}): a sender that comes back after its lease ended (a paused node) finds
 * it changed and records nothing. Among the deliveries of one issue to one endpoint, a pending one holds back those
 * after it ({@code issueEventNo}), so the receiver sees the issue's events in order.
 */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery {

    @Id
    private UUID id;

    @Column(name = "endpoint_id", nullable = false)
    private UUID endpointId;

    /** The issue the event is about; null on rows from before deliveries were ordered per issue. */
    @Column(name = "issue_id")
    private UUID issueId;

    /** Its place among the issue's deliveries to the endpoint (1, 2, …): nothing later is sent before it is. */
    @Column(name = "issue_event_no")
    private Integer issueEventNo;

    @Column(name = "event_type", nullable = false, length = 40)
    private String eventType;

    @Column(nullable = false)
    private String payload;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DeliveryState state;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "last_status")
    private Integer lastStatus;

    @Column(name = "last_error", length = 40)
    private String lastError;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_attempt_at")
    private Instant lastAttemptAt;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** When the current series of attempts began: creation, or the last replay. Given up {@code giveUpAfter} later. */
    @Column(name = "retrying_since", nullable = false)
    private Instant retryingSince;

    @Version
    private long version;

    protected WebhookDelivery() {
        // for JPA
    }

    WebhookDelivery(UUID endpointId, UUID issueId, int issueEventNo, WebhookEvent event, String payload, Instant now) {
        this.id = UUID.randomUUID();
        this.endpointId = endpointId;
        this.issueId = issueId;
        this.issueEventNo = issueEventNo;
        this.eventType = event.code();
        this.payload = payload;
        this.state = DeliveryState.PENDING;
        this.nextAttemptAt = now;
        this.createdAt = now;
        this.retryingSince = now;
    }

    void claim(Instant leaseEnd) {
        nextAttemptAt = leaseEnd;
    }

    /** Whether the claim that left {@code version} still holds: nobody claimed, recorded or replayed it since. */
    boolean claimedAs(long version) {
        return this.version == version && state == DeliveryState.PENDING;
    }

    long version() {
        return version;
    }

    /**
     * Records an attempt made at {@code now}; a failure is retried after {@code retryDelay}, unless the series of
     * attempts has lasted the schedule's {@code giveUpAfter} (or the receiver answered 410): then it has failed.
     */
    void record(AttemptOutcome outcome, Instant now, RetrySchedule schedule, Duration retryDelay) {
        attempts++;
        lastAttemptAt = now;
        lastStatus = outcome.status().orElse(null);
        lastError = outcome.error().orElse(null);
        if (outcome.delivered()) {
            state = DeliveryState.DELIVERED;
            deliveredAt = now;
        } else if (outcome.gone() || !schedule.retriesAfter(Duration.between(retryingSince, now))) {
            state = DeliveryState.FAILED;
        } else {
            nextAttemptAt = now.plus(retryDelay);
        }
    }

    /** Queues the message again, under the same id, for a fresh series of attempts. */
    public void replay(Instant now) {
        state = DeliveryState.PENDING;
        attempts = 0;
        nextAttemptAt = now;
        retryingSince = now;
    }

    public UUID id() {
        return id;
    }

    public UUID endpointId() {
        return endpointId;
    }

    public String eventType() {
        return eventType;
    }

    public String payload() {
        return payload;
    }

    public DeliveryState state() {
        return state;
    }

    public int attempts() {
        return attempts;
    }

    public Optional<Integer> lastStatus() {
        return Optional.ofNullable(lastStatus);
    }

    public Optional<String> lastError() {
        return Optional.ofNullable(lastError);
    }

    /** When the next attempt is due, while the delivery is pending. */
    public Optional<Instant> nextAttemptAt() {
        return state == DeliveryState.PENDING ? Optional.of(nextAttemptAt) : Optional.empty();
    }

    public Optional<Instant> lastAttemptAt() {
        return Optional.ofNullable(lastAttemptAt);
    }

    public Optional<Instant> deliveredAt() {
        return Optional.ofNullable(deliveredAt);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant retryingSince() {
        return retryingSince;
    }
}
