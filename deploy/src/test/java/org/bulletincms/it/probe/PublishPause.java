package org.bulletincms.it.probe;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.bulletincms.workflow.IssuePublished;

/**
 * TEST-ONLY hook, never part of the product: holds a publish just before its transaction commits, so a fault test
 * can kill the server at the worst moment. It lives in the test sources and is added to the WAR only by the fault
 * suite's ShrinkWrap archive ({@code FaultDeployment}); the WAR the build ships does not contain it, so it cannot be
 * switched on in a production server. Armed and released through {@link PublishPauseResource}.
 *
 * <p>The observer runs in the publishing thread during the transaction's {@code beforeCompletion}: everything of
 * the publish is written (snapshot, sign-off, outbox row, search text) and flushed, nothing is committed.
 */
@ApplicationScoped
public class PublishPause {

    private static final Logger LOG = Logger.getLogger(PublishPause.class.getName());

    /** Longer than any test waits, shorter than the transaction timeout (300 s), so a forgotten pause ends. */
    private static final long LONGEST_HOLD_SECONDS = 240;

    private volatile CountDownLatch gate;
    private volatile UUID held;

    void holdBeforeCommit(@Observes(during = TransactionPhase.BEFORE_COMPLETION) IssuePublished published)
            throws InterruptedException {
        CountDownLatch armed = gate;
        if (armed == null) {
            return;
        }
        held = published.issueId();
        LOG.warning("TEST-ONLY publish pause: holding the publication of issue " + published.issueId()
                + " before its commit");
        try {
            armed.await(LONGEST_HOLD_SECONDS, TimeUnit.SECONDS);
        } finally {
            held = null;
        }
    }

    /** The next publishes wait before their commit until {@link #release()}. */
    public void arm() {
        gate = new CountDownLatch(1);
    }

    public void release() {
        CountDownLatch armed = gate;
        gate = null;
        if (armed != null) {
            armed.countDown();
        }
    }

    /** The issue whose publication is being held right now. */
    public Optional<UUID> held() {
        return Optional.ofNullable(held);
    }
}
