package org.bulletincms.it.probe;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.bulletincms.workflow.IssuePublished;

/**
 * TEST-ONLY hook, never part of the product: while armed, the print jobs a publication queues are leased, in the
 * publishing transaction, to a worker that does not exist, so no worker makes their PDFs until {@link #release()}
 * ends the lease; exactly what a worker that died after its claim leaves behind. Lets a test see, without timing,
 * what a reader gets between a publication and its PDF. Only in test WARs ({@code BulletinDeployment}), driven
 * through {@link PrintHoldResource}.
 */
@ApplicationScoped
public class PrintHold {

    private static final Logger LOG = Logger.getLogger(PrintHold.class.getName());

    @PersistenceContext(unitName = "bulletin")
    EntityManager em;

    private volatile boolean armed;
    private final Set<UUID> held = ConcurrentHashMap.newKeySet();

    /** Runs after the publication's own observers queued the jobs, before the commit. */
    void hold(@Observes(during = TransactionPhase.BEFORE_COMPLETION) IssuePublished published) {
        if (!armed) {
            return;
        }
        int jobs = em.createQuery("update PrintJob j set j.leasedUntil = :far where j.issueId = :i")
                .setParameter("far", Instant.now().plus(1, ChronoUnit.DAYS))
                .setParameter("i", published.issueId())
                .executeUpdate();
        held.add(published.issueId());
        LOG.warning("TEST-ONLY print hold: the " + jobs + " print jobs of issue " + published.issueId() + " held");
    }

    public void arm() {
        armed = true;
    }

    /** Disarms and ends the held jobs' leases, in the caller's transaction; the workers take them at their next poll. */
    public int release() {
        armed = false;
        int released = 0;
        for (UUID issue : Set.copyOf(held)) {
            released += em.createQuery("update PrintJob j set j.leasedUntil = null where j.issueId = :i")
                    .setParameter("i", issue)
                    .executeUpdate();
            held.remove(issue);
        }
        return released;
    }
}
