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
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.bulletincms.database.DatabaseOutage;
import org.bulletincms.exchange.TranslationMemory;
import org.bulletincms.web.database.PolledQueue;
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

    private PolledQueue queue;

    void start(
            @Observes @Priority(SchemaMigration.PRIORITY + 25) @Initialized(ApplicationScoped.class) Object started) {
        if (pollMillis < 100) {
            throw new IllegalStateException("cms.memory.poll-millis must be at least 100, but is " + pollMillis);
        }
        queue = new PolledQueue(
                "Recording published texts in the translation memory",
                scheduler,
                outage,
                () -> memory.queued().forEach(this::record));
        queue.start(pollMillis);
    }

    /** A publication committed: its issue is queued, so record it now rather than at the next poll. */
    void publishedNow(@Observes(during = TransactionPhase.AFTER_SUCCESS) IssuePublished published) {
        if (queue != null) {
            queue.wake();
        }
    }

    @PreDestroy
    void stop() {
        if (queue != null) {
            queue.stop();
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
