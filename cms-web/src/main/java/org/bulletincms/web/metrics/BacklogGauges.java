package org.bulletincms.web.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;
import org.bulletincms.web.database.SchemaMigration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Gauges of the {@link Backlog}: the extraction queue, failed extractions and the webhook outbox. The backlog is
 * read every {@code cms.metrics.backlog-refresh-seconds} (5) in the background and a scrape reports the last
 * reading, so scraping costs the database nothing and still answers while the database does not; a reading
 * three refreshes old is reported as NaN.
 */
@ApplicationScoped
public class BacklogGauges {

    /** {@code cms.metrics.backlog-refresh-seconds}: how often the backlog is counted in the database. */
    public static final String REFRESH_SECONDS = "cms.metrics.backlog-refresh-seconds";

    @Inject
    MeterRegistry registry;

    @Inject
    BacklogQuery query;

    @Inject
    @ConfigProperty(name = REFRESH_SECONDS, defaultValue = "5")
    int refreshSeconds;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private final List<Meter> meters = new ArrayList<>();
    private LastReading reading;
    private ScheduledFuture<?> refreshing;

    void start(@Observes @Priority(SchemaMigration.PRIORITY + 40) @Initialized(ApplicationScoped.class) Object started) {
        if (refreshSeconds < 1) {
            throw new IllegalStateException(REFRESH_SECONDS + " must be at least 1, but is " + refreshSeconds);
        }
        reading = new LastReading(Duration.ofSeconds(3L * refreshSeconds), Clock.systemUTC());
        register(registry, reading, meters);
        refreshing = scheduler.scheduleWithFixedDelay(() -> reading.refresh(query::read), 0, refreshSeconds,
                TimeUnit.SECONDS);
    }

    /** Registers the backlog's gauges, each reading {@code reading}, and adds them to {@code registered}. */
    static void register(MeterRegistry registry, LastReading reading, List<Meter> registered) {
        gauge(registry, reading, registered, "bulletin.sources.queued", Backlog::sourcesQueued,
                "Source reports waiting for text extraction (the extraction queue)", null);
        gauge(registry, reading, registered, "bulletin.sources.extracting", Backlog::sourcesExtracting,
                "Source reports a parser process is extracting now", null);
        gauge(registry, reading, registered, "bulletin.sources.failed", Backlog::sourcesFailed,
                "Source reports whose text extraction failed", null);
        gauge(registry, reading, registered, "bulletin.webhook.deliveries.pending", Backlog::webhooksPending,
                "Webhook deliveries not yet accepted by their receiver, still to be tried (the backlog)", null);
        gauge(registry, reading, registered, "bulletin.webhook.deliveries.retrying", Backlog::webhooksRetrying,
                "Pending webhook deliveries whose receiver has failed at least once", null);
        gauge(registry, reading, registered, "bulletin.webhook.deliveries.failed", Backlog::webhooksFailed,
                "Webhook deliveries given up after the last attempt; an admin may replay them", null);
        gauge(registry, reading, registered, "bulletin.webhook.oldest.pending", Backlog::oldestPendingSeconds,
                "How long the oldest pending webhook delivery has been waiting", "seconds");
    }

    private static void gauge(MeterRegistry registry, LastReading reading, List<Meter> registered, String name,
                              ToDoubleFunction<Backlog> figure, String description, String unit) {
        registered.add(Gauge.builder(name, reading, last -> last.value(figure))
                .description(description).baseUnit(unit).strongReference(true).register(registry));
    }

    /**
     * A redeployment registers the gauges again: the old ones, which read this instance's last reading, must go
     * (the server's registry outlives the deployment).
     */
    @PreDestroy
    void stop() {
        if (refreshing != null) {
            refreshing.cancel(false);
        }
        meters.forEach(registry::remove);
    }
}
