package org.bulletincms.web.database;

import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import java.time.Clock;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.bulletincms.database.BackOff;
import org.bulletincms.database.DatabaseOutage;

/**
 * A queue kept in the database that this node drains: every {@code pollMillis} (work queued by other nodes, or left
 * by a node that died), and at once when {@link #wake woken} (a commit that queued work). Drains never overlap: one
 * back-off and one drain at a time serve the polls and the wake-ups. While the database is away the drain backs off
 * (1 s, doubling to 16 s) and the outage is logged once ({@link DatabaseOutage}); any other failure is logged and
 * the next poll tries again.
 */
public final class PolledQueue {

    private static final Logger LOG = Logger.getLogger(PolledQueue.class.getName());

    private final String what;
    private final ManagedScheduledExecutorService scheduler;
    private final DatabaseOutage outage;
    private final Runnable drain;
    private final AtomicBoolean draining = new AtomicBoolean();
    private final BackOff backOff = DatabaseOutage.backOff();
    private volatile ScheduledFuture<?> polling;

    /**
     * @param what      what the drain does, for the log ("Making queued print PDFs")
     * @param drain     takes queued work until none is left; it may stop early when {@link #stopped()}
     */
    public PolledQueue(String what, ManagedScheduledExecutorService scheduler, DatabaseOutage outage, Runnable drain) {
        this.what = what;
        this.scheduler = scheduler;
        this.outage = outage;
        this.drain = drain;
    }

    /** Starts polling: a first drain at once, then one every {@code pollMillis}. */
    public void start(long pollMillis) {
        polling = scheduler.scheduleWithFixedDelay(this::drainOnce, 0, pollMillis, TimeUnit.MILLISECONDS);
    }

    /** Work was just queued: drain now rather than at the next poll (nothing, before {@link #start}). */
    public void wake() {
        if (polling != null) {
            scheduler.execute(this::drainOnce);
        }
    }

    /** Stops polling; a drain under way stops at its next {@link #stopped()} check. */
    public void stop() {
        if (polling != null) {
            polling.cancel(false);
        }
    }

    /** Whether polling has stopped (the application is going down): a long drain ends early. */
    public boolean stopped() {
        ScheduledFuture<?> current = polling;
        return current == null || current.isCancelled();
    }

    private void drainOnce() {
        if (!draining.compareAndSet(false, true)) {
            return;
        }
        try {
            if (!backOff.due(Clock.systemUTC().instant())) {
                return;
            }
            drain.run();
            outage.reached();
            backOff.succeeded();
        } catch (RuntimeException e) {
            if (outage.noticed(e)) {
                backOff.failed(Clock.systemUTC().instant());
            } else {
                LOG.log(Level.WARNING, what + " failed; tried again at the next poll", e);
            }
        } finally {
            draining.set(false);
        }
    }
}
