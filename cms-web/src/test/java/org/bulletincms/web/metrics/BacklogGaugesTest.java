package org.bulletincms.web.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.bulletincms.database.DatabaseOutage;
import org.bulletincms.testing.MovableClock;
import org.junit.jupiter.api.Test;

class BacklogGaugesTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final MovableClock clock = new MovableClock();
    private final LastReading reading = new LastReading(Duration.ofSeconds(15), clock, new DatabaseOutage());

    @Test
    void eachFigureOfTheBacklogHasItsGauge() {
        BacklogGauges.register(registry, reading);

        reading.refresh(() -> new Backlog(5, 1, 2, 7, 3, 4, 12.5));

        assertEquals(
                Map.of(
                        "bulletin.sources.queued", 5.0,
                        "bulletin.sources.extracting", 1.0,
                        "bulletin.sources.failed", 2.0,
                        "bulletin.webhook.deliveries.pending", 7.0,
                        "bulletin.webhook.deliveries.retrying", 3.0,
                        "bulletin.webhook.deliveries.failed", 4.0,
                        "bulletin.webhook.oldest.pending.seconds", 12.5),
                gauges());
    }

    @Test
    void gaugesOfAReadingTheDatabaseCouldNotRenewAreNaN() {
        BacklogGauges.register(registry, reading);
        reading.refresh(() -> new Backlog(5, 1, 2, 7, 3, 4, 12.5));

        clock.advance(Duration.ofSeconds(16));

        assertTrue(gauges().values().stream().allMatch(value -> value.isNaN()), gauges()::toString);
    }

    @Test
    void theGaugesAreNamedSoThatAStoppingApplicationRemovesThem() {
        List<String> names = BacklogGauges.register(registry, reading);

        DeploymentMeters.remove(registry, names);

        assertTrue(registry.getMeters().isEmpty(), registry.getMeters()::toString);
    }

    private Map<String, Double> gauges() {
        return registry.getMeters().stream()
                .collect(Collectors.toMap(
                        meter -> meter.getId().getName(),
                        meter -> registry.get(meter.getId().getName()).gauge().value()));
    }
}
