package org.bulletincms.source;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;

/**
 * Keeps rows and files in step across crashes. At start-up: uploads cut off by the stop are deleted; extractions
 * this server was running when it stopped are queued again (or fail as {@code interrupted} after
 * {@code cms.sources.max-attempts}); a row whose original has gone is removed; a kept file without a row (a crash
 * between keeping the file and writing its row) is deleted once it is a minute old (younger, it may be another
 * server's upload whose row is being written). The same sweep runs every few minutes, for
 * extractions of a server of the cluster that stopped and did not come back (those running longer than the
 * parse timeout allows).
 */
@ApplicationScoped
@Transactional
public class SourceReconciliation {

    /** This server's name in a cluster ({@code jboss.node.name}). */
    static final String NODE = System.getProperty("jboss.node.name", "server");

    private static final Logger LOG = Logger.getLogger(SourceReconciliation.class.getName());
    private static final Duration SWEEP_EVERY = Duration.ofMinutes(5);
    /** A file this young may be an upload whose row another server is writing right now. */
    private static final Duration FILE_GRACE = Duration.ofMinutes(1);

    @Inject
    SourceRepository sources;

    @Inject
    SourceStore store;

    @Inject
    SourceLimits limits;

    private final Clock clock = Clock.systemUTC();
    private final AtomicReference<Instant> nextSweep = new AtomicReference<>(Instant.MIN);

    /** Before uploads are accepted and workers start. */
    public void atStartup() {
        int cutOff = store.clearIncoming();
        List<SourceDocument> interrupted = sources.extracting(Optional.of(NODE), Optional.empty());
        interrupted.forEach(s -> s.interrupted(limits.maxAttempts(), clock.instant()));
        int[] removed = removeMismatches();
        nextSweep.set(clock.instant().plus(SWEEP_EVERY));
        LOG.info(() -> "Source store reconciled: " + cutOff + " cut-off uploads deleted, " + interrupted.size()
                + " interrupted extractions queued again or failed, " + removed[0] + " rows without a file removed, "
                + removed[1] + " files without a row deleted");
    }

    /** The periodic sweep, run by a worker with nothing to do when five minutes have passed since the last. */
    public void sweepWhenDue() {
        Instant now = clock.instant();
        Instant due = nextSweep.get();
        if (now.isBefore(due) || !nextSweep.compareAndSet(due, now.plus(SWEEP_EVERY))) {
            return;
        }
        Instant abandoned = now.minus(limits.parseTimeout().multipliedBy(2)).minus(Duration.ofMinutes(1));
        sources.extracting(Optional.empty(), Optional.of(abandoned))
                .forEach(s -> s.interrupted(limits.maxAttempts(), now));
        removeMismatches();
    }

    /** The ids of queued sources, oldest first. */
    public List<UUID> queued() {
        return sources.queued(100);
    }

    private int[] removeMismatches() {
        Set<String> rows = new HashSet<>(sources.storageKeys());
        Set<String> files = store.keys();
        int rowsRemoved = 0;
        for (String key : rows) {
            if (!files.contains(key)) {
                Optional<SourceDocument> source = sources.stored(key);
                if (source.isPresent()) {
                    LOG.warning(() -> "Source " + source.get().id() + " (" + source.get().filename() + ") lost its"
                            + " original file " + key + "; removing the source and its links");
                    sources.remove(source.get());
                    rowsRemoved++;
                }
            }
        }
        int filesDeleted = 0;
        Instant youngest = clock.instant().minus(FILE_GRACE);
        for (String key : files) {
            if (!rows.contains(key) && olderThan(key, youngest)) {
                store.delete(key);
                filesDeleted++;
            }
        }
        return new int[] {rowsRemoved, filesDeleted};
    }

    private boolean olderThan(String key, Instant instant) {
        try {
            return Files.getLastModifiedTime(store.original(key)).toInstant().isBefore(instant);
        } catch (IOException e) {
            return false;
        }
    }
}
