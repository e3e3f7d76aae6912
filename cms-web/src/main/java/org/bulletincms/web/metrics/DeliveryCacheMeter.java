package org.bulletincms.web.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Counts how delivery requests for responses the API keeps in memory were answered: a hit from memory (on the I/O
 * thread, 304 included), a miss rendered again (first request, expired, or forgotten at a publication). Requests
 * for responses that are never kept count as neither, so the hit ratio is the cache's own.
 */
@ApplicationScoped
public class DeliveryCacheMeter {

    static final String NAME = "bulletin.delivery.cache.requests";
    private static final String DESCRIPTION = "Delivery API requests for kept responses, by whether memory answered";

    @Inject
    MeterRegistry registry;

    private Counter hits;
    private Counter misses;

    @PostConstruct
    void register() {
        hits = Counter.builder(NAME).tag("result", "hit").description(DESCRIPTION).register(registry);
        misses = Counter.builder(NAME).tag("result", "miss").description(DESCRIPTION).register(registry);
    }

    /** A response was answered from memory. Cheap enough for Undertow's I/O thread. */
    public void hit() {
        hits.increment();
    }

    /** A response was rendered and kept, because memory did not have it. */
    public void miss() {
        misses.increment();
    }

    @PreDestroy
    void remove() {
        registry.remove(hits);
        registry.remove(misses);
    }
}
