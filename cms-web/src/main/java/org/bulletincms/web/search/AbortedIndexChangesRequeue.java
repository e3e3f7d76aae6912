package org.bulletincms.web.search;

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
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.bulletincms.database.BackOff;
import org.bulletincms.database.DatabaseOutage;
import org.bulletincms.search.AbortedIndexChanges;
import org.bulletincms.search.SearchEngine;
import org.bulletincms.web.database.SchemaMigration;

/**
 * On a shared index (OpenSearch), every {@link #EVERY} puts the index changes Hibernate Search gave up on during an
 * outage of the engine back in the queue, once the engine answers ({@link AbortedIndexChanges}), so that what was
 * published or unpublished while OpenSearch was away reaches the index without a rebuild. Every node runs it; the
 * update is the same whoever runs it. Nothing to do on Lucene, whose index is written by this server only.
 */
@ApplicationScoped
public class AbortedIndexChangesRequeue {

    /** How often: once OpenSearch is back, what waited is indexed within about this long (plus the agent's poll). */
    static final Duration EVERY = Duration.ofSeconds(30);

    private static final Logger LOG = Logger.getLogger(AbortedIndexChangesRequeue.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    AbortedIndexChanges changes;

    @Inject
    DatabaseOutage outage;

    /** Rounds come one after another (fixed delay), so one back-off serves them all. */
    private final BackOff backOff = DatabaseOutage.backOff();

    private ScheduledFuture<?> polling;

    void start(
            @Observes @Priority(SchemaMigration.PRIORITY + 30) @Initialized(ApplicationScoped.class) Object started) {
        if (SearchEngine.configured().shared()) {
            polling = scheduler.scheduleWithFixedDelay(
                    this::requeue, EVERY.toSeconds(), EVERY.toSeconds(), TimeUnit.SECONDS);
        }
    }

    @PreDestroy
    void stop() {
        if (polling != null) {
            polling.cancel(false);
        }
    }

    void requeue() {
        Instant now = Clock.systemUTC().instant();
        if (!backOff.due(now)) {
            return;
        }
        try {
            if (!changes.engineAnswers()) {
                return;
            }
            int requeued = changes.requeue();
            outage.reached();
            backOff.succeeded();
            if (requeued > 0) {
                LOG.info(() -> "Put " + requeued + " index changes back in the outbox that Hibernate Search had given"
                        + " up on while the search engine did not answer; the agents apply them now.");
            }
        } catch (RuntimeException e) {
            if (outage.noticed(e)) {
                backOff.failed(now);
            } else {
                LOG.log(Level.WARNING, "Putting aborted index changes back failed; will retry", e);
            }
        }
    }
}
