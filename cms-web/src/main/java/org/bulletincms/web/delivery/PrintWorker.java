package org.bulletincms.web.delivery;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.bulletincms.database.DatabaseOutage;
import org.bulletincms.delivery.PrintEdition;
import org.bulletincms.delivery.PrintJobs;
import org.bulletincms.web.database.PolledQueue;
import org.bulletincms.web.database.SchemaMigration;
import org.bulletincms.workflow.IssuePublished;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes the print PDFs that publications queued ({@link PrintJobs}): woken just after each publish commit, and
 * every {@code cms.print.poll-millis} (default 2000) for jobs queued by other nodes or left by a node that died.
 * One PDF at a time per node, since laying one out keeps a core busy for about a second; each claim holds its job
 * for {@code cms.print.lease-seconds} (default 300), after which another worker may take it again. The queue is in
 * the database, so a crash between a publish commit and its PDFs loses nothing: the next start (or another node)
 * makes them. Editions published before print PDFs get theirs queued at start-up.
 */
@ApplicationScoped
public class PrintWorker {

    private static final Logger LOG = Logger.getLogger(PrintWorker.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    PrintJobs jobs;

    @Inject
    DatabaseOutage outage;

    @Inject
    @ConfigProperty(name = "cms.print.poll-millis", defaultValue = "2000")
    long pollMillis;

    @Inject
    @ConfigProperty(name = "cms.print.lease-seconds", defaultValue = "300")
    long leaseSeconds;

    private PolledQueue queue;

    void start(
            @Observes @jakarta.annotation.Priority(SchemaMigration.PRIORITY + 25) @Initialized(ApplicationScoped.class)
                    Object started) {
        if (pollMillis < 100) {
            throw new IllegalStateException("cms.print.poll-millis must be at least 100, but is " + pollMillis);
        }
        if (leaseSeconds < 10) {
            throw new IllegalStateException("cms.print.lease-seconds must be at least 10, but is " + leaseSeconds);
        }
        try {
            int queued = jobs.queueMissing(Clock.systemUTC().instant());
            if (queued > 0) {
                LOG.info(() -> queued + " print PDFs of editions published before print PDFs were queued");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not queue the print PDFs of earlier editions; queued at the next start", e);
        }
        queue = new PolledQueue("Making queued print PDFs", scheduler, outage, this::makeQueued);
        queue.start(pollMillis);
    }

    /** A publication committed: its PDFs are queued, so look now rather than at the next poll. */
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

    private void makeQueued() {
        List<PrintJobs.Claim> claimed;
        do {
            claimed = jobs.claim(Clock.systemUTC().instant(), Duration.ofSeconds(leaseSeconds), 1);
            claimed.forEach(this::make);
        } while (!claimed.isEmpty() && !queue.stopped());
    }

    private void make(PrintJobs.Claim claim) {
        Optional<byte[]> page = jobs.webPage(claim);
        if (page.isEmpty()) {
            jobs.drop(claim); // unpublished or corrected since it was queued
            return;
        }
        long started = System.nanoTime();
        byte[] pdf;
        try {
            pdf = PrintEdition.of(page.get(), jobs::rendition);
        } catch (RuntimeException e) {
            LOG.log(
                    Level.WARNING,
                    "The print PDF of issue " + claim.issueId() + " edition " + claim.edition() + " in "
                            + claim.locale().value() + " could not be made (attempt " + claim.attempt() + " of "
                            + PrintJobs.MAX_ATTEMPTS + "; the next when its lease ends)",
                    e);
            return;
        }
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        if (jobs.store(claim, pdf, Clock.systemUTC().instant())) {
            LOG.info(() -> "Print PDF of issue " + claim.issueId() + " edition " + claim.edition() + " in "
                    + claim.locale().value() + ": " + pdf.length / 1024 + " KB in " + millis + " ms");
        }
    }
}
