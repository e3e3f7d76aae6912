package org.bulletincms.web.webhook;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.bulletincms.database.BackOff;
import org.bulletincms.database.DatabaseOutage;
import org.bulletincms.web.database.SchemaMigration;
import org.bulletincms.webhook.AttemptOutcome;
import org.bulletincms.webhook.WebhookOutbox;
import org.bulletincms.webhook.WebhookSender;
import org.bulletincms.webhook.WebhookSettings;

/**
 * Sends what the webhook outbox holds. Every {@code cms.webhooks.poll-millis} it claims due deliveries, at most
 * one per endpoint and {@code cms.webhooks.max-in-flight} in all, and sends each asynchronously: a slow or dead
 * receiver occupies only its own slot, never the poll or another endpoint. The state is in the database, so
 * deliveries survive restarts; in a cluster the claim's optimistic version keeps two nodes from sending one
 * delivery at once, and the outbox hands out the events of one issue to one endpoint in order, whichever node sends
 * them.
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    WebhookOutbox outbox;

    @Inject
    WebhookSettings settings;

    @Inject
    DatabaseOutage outage;

    private final Set<UUID> busyEndpoints = ConcurrentHashMap.newKeySet();
    /** Polls come one after another (fixed delay), never at once, so one back-off serves them all. */
    private final BackOff backOff = DatabaseOutage.backOff();

    private WebhookSender sender;
    private ScheduledFuture<?> polling;

    void start(
            @Observes @jakarta.annotation.Priority(SchemaMigration.PRIORITY + 20) @Initialized(ApplicationScoped.class)
                    Object started) {
        sender = WebhookSender.resolvingWithDns(settings.addressPolicy(), settings.timeout(), settings.maxInFlight());
        polling = scheduler.scheduleWithFixedDelay(
                this::sendDue, 0, settings.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Polling stops first, so nothing new is handed to the sender while its connections and threads close. */
    @PreDestroy
    void stop() {
        if (polling != null) {
            polling.cancel(false);
        }
        if (sender != null) {
            sender.close();
        }
    }

    void sendDue() {
        Instant now = Clock.systemUTC().instant();
        if (!backOff.due(now)) {
            return;
        }
        try {
            List<WebhookOutbox.Claim> claims =
                    outbox.claimDue(Set.copyOf(busyEndpoints), settings.maxInFlight() - busyEndpoints.size());
            outage.reached();
            backOff.succeeded();
            claims.forEach(this::send);
        } catch (RuntimeException e) {
            if (outage.noticed(e)) {
                backOff.failed(now);
            } else {
                LOG.log(Level.FINE, "Claiming due webhook deliveries failed (another node may have claimed them)", e);
            }
        }
    }

    private void send(WebhookOutbox.Claim claim) {
        busyEndpoints.add(claim.endpointId());
        try {
            sender.send(claim, Clock.systemUTC().instant())
                    .whenCompleteAsync((outcome, failure) -> finish(claim, outcome), scheduler);
        } catch (RuntimeException e) {
            finish(claim, AttemptOutcome.notSent("connection-failed"));
        }
    }

    private void finish(WebhookOutbox.Claim claim, AttemptOutcome outcome) {
        try {
            outbox.record(claim, outcome == null ? AttemptOutcome.notSent("connection-failed") : outcome);
        } catch (RuntimeException e) {
            LOG.log(
                    Level.WARNING,
                    "Recording webhook delivery " + claim.deliveryId()
                            + " failed; it is sent again when its lease ends",
                    e);
        } finally {
            busyEndpoints.remove(claim.endpointId());
        }
    }
}
