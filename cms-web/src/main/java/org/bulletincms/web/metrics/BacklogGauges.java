package org.bulletincms.web.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;
import org.bulletincms.database.DatabaseOutage;
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

    @Inject
    DatabaseOutage outage;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private List<String> gauges = List.of();
    private LastReading reading;
    private ScheduledFuture<?> refreshing;

    void start(
            @Observes @Priority(SchemaMigration.PRIORITY + 40) @Initialized(ApplicationScoped.class) Object started) {
        if (refreshSeconds < 1) {
            throw new IllegalStateException(REFRESH_SECONDS + " must be at least 1, but is " + refreshSeconds);
        }
        reading = new LastReading(Duration.ofSeconds(3L * refreshSeconds), Clock.systemUTC(), outage);
        gauges = register(registry, reading);
        refreshing = scheduler.scheduleWithFixedDelay(
                () -> reading.refresh(query::read), 0, refreshSeconds, TimeUnit.SECONDS);
    }

    /**
     * Registers the backlog's gauges, each reading {@code reading}, and returns their names (the shorthand
     * {@code gauge(…)}, for the reason {@link DeploymentMeters} gives).
     */
    static List<String> register(MeterRegistry registry, LastReading reading) {
        Map<String, ToDoubleFunction<Backlog>> figures = new LinkedHashMap<>();
        figures.put("bulletin.sources.queued", Backlog::sourcesQueued);
        figures.put("bulletin.sources.extracting", Backlog::sourcesExtracting);
        figures.put("bulletin.sources.failed", Backlog::sourcesFailed);
        figures.put("bulletin.webhook.deliveries.pending", Backlog::webhooksPending);
        figures.put("bulletin.webhook.deliveries.retrying", Backlog::webhooksRetrying);
        figures.put("bulletin.webhook.deliveries.failed", Backlog::webhooksFailed);
        figures.put("bulletin.webhook.oldest.pending.seconds", Backlog::oldestPendingSeconds);
        figures.forEach((name, figure) -> registry.gauge(name, Tags.empty(), reading, last -> last.value(figure)));
        return List.copyOf(figures.keySet());
    }

    @PreDestroy
    void stop() {
        if (refreshing != null) {
            refreshing.cancel(false);
        }
        DeploymentMeters.remove(registry, gauges);
    }
}
