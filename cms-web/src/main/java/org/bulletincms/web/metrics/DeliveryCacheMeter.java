package org.bulletincms.web.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Counts how delivery requests for compiled documents were answered: a hit from this node's memory (on the I/O
 * thread, 304 included), a miss read from the compiled documents in the database (first request for the document on
 * this node, evicted, or forgotten at a publication that changed it). Requests for responses that are never kept
 * (search, feed, list pages cut to other sizes) count as neither, so the hit ratio is the cache's own.
 */
@ApplicationScoped
public class DeliveryCacheMeter {

    static final String NAME = "bulletin.delivery.cache.requests";

    @Inject
    MeterRegistry registry;

    private Counter hits;
    private Counter misses;

    @PostConstruct
    void register() {
        // the shorthand, not Counter.builder: see DeploymentMeters
        hits = registry.counter(NAME, "result", "hit");
        misses = registry.counter(NAME, "result", "miss");
    }

    /** A response was answered from memory. Cheap enough for Undertow's I/O thread. */
    public void hit() {
        hits.increment();
    }

    /** A document was read from the database and kept, because memory did not have it. */
    public void miss() {
        misses.increment();
    }

    /** Created at start-up, so that the series exist (at zero) before the first delivery request. */
    void atStartup(@Observes @Initialized(ApplicationScoped.class) Object started) {
        // creating this bean registered its meters
    }

    @PreDestroy
    void remove() {
        DeploymentMeters.remove(registry, List.of(NAME));
    }
}
