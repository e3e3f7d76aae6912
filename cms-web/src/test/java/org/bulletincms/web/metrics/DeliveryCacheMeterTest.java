package org.bulletincms.web.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

class DeliveryCacheMeterTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final DeliveryCacheMeter meter = new DeliveryCacheMeter();

    @Test
    void hitsAndMissesAreCountedApartUnderOneName() {
        meter.registry = registry;
        meter.register();

        meter.miss();
        meter.hit();
        meter.hit();

        assertEquals(
                2.0,
                registry.get(DeliveryCacheMeter.NAME)
                        .tag("result", "hit")
                        .counter()
                        .count());
        assertEquals(
                1.0,
                registry.get(DeliveryCacheMeter.NAME)
                        .tag("result", "miss")
                        .counter()
                        .count());
    }

    @Test
    void removedOnUndeploymentSoTheNextDeploymentStartsItsOwn() {
        meter.registry = registry;
        meter.register();

        meter.remove();

        assertTrue(registry.getMeters().isEmpty(), registry.getMeters()::toString);
    }
}
