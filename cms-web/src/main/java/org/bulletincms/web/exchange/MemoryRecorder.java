package org.bulletincms.web.exchange;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.bulletincms.database.BackOff;
import org.bulletincms.database.DatabaseOutage;
import org.bulletincms.exchange.TranslationMemory;
import org.bulletincms.web.database.SchemaMigration;
import org.bulletincms.workflow.IssuePublished;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Records published issues' texts in the translation memory ({@link TranslationMemory#record}): woken just after
 * each publish commit, so a translator finds them a moment later, and every {@code cms.memory.poll-millis} (default
 * 5000) for issues queued by other nodes or left by a node that died between a publication and its recording. One
 * issue at a time per node, each in a transaction of its own.
 */
@ApplicationScoped
public class MemoryRecorder {

    private static final Logger LOG = Logger.getLogger(MemoryRecorder.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    TranslationMemory memory;

    @Inject
    DatabaseOutage outage;

    @Inject
    @ConfigProperty(name = "cms.memory.poll-millis", defaultValue = "5000")
    long pollMillis;

    /** Polls and wake-ups never run at once: one back-off and one recording at a time serve them all. */
    private final AtomicBoolean working = new AtomicBoolean();

    private final BackOff backOff = DatabaseOutage.backOff();

    private volatile ScheduledFuture<?> polling;

    void start(
            @Observes @Priority(SchemaMigration.PRIORITY + 25) @Initialized(ApplicationScoped.class) Object started) {
        if (pollMillis < 100) {
            throw new IllegalStateException("cms.memory.poll-millis must be at least 100, but is " + pollMillis);
        }
        polling = scheduler.scheduleWithFixedDelay(this::recordQueued, 0, pollMillis, TimeUnit.MILLISECONDS);
    }

    /** A publication committed: its issue is queued, so record it now rather than at the next poll. */
    void publishedNow(@Observes(during = TransactionPhase.AFTER_SUCCESS) IssuePublished published) {
        if (polling != null) {
            scheduler.execute(this::recordQueued);
        }
    }

    @PreDestroy
    void stop() {
        if (polling != null) {
            polling.cancel(false);
        }
    }

    void recordQueued() {
        if (!working.compareAndSet(false, true)) {
            return;
        }
        try {
            if (!backOff.due(Clock.systemUTC().instant())) {
                return;
            }
            memory.queued().forEach(this::record);
            outage.reached();
            backOff.succeeded();
        } catch (RuntimeException e) {
            if (outage.noticed(e)) {
                backOff.failed(Clock.systemUTC().instant());
            } else {
                LOG.log(Level.WARNING, "Recording published texts in the translation memory failed; tried again", e);
            }
        } finally {
            working.set(false);
        }
    }

    private void record(UUID issueId) {
        try {
            memory.record(issueId);
        } catch (RuntimeException e) {
            if (outage.noticed(e)) {
                throw e;
            }
            LOG.log(
                    Level.WARNING,
                    "The texts of published issue " + issueId + " could not be recorded in the translation memory"
                            + " (tried again at most a few times)",
                    e);
            memory.recordingFailed(issueId);
        }
    }
}
