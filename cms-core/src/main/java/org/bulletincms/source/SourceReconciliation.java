package org.bulletincms.source;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
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
import java.util.stream.Collectors;
import org.bulletincms.node.NodeRoster;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps rows and files in step across crashes without ever losing either. A missing file is a fault of the
 * storage (an unmounted disk, a moved directory, a changed {@code cms.sources.dir}), not a sign that a report is
 * gone, so no row is ever deleted for it: the source is marked {@link MissingOriginal original-missing} and heals
 * when the file is back.
 *
 * <p>At start-up and then every {@code cms.sources.sweep-seconds} (300): the store must be the one the database
 * knows ({@link SourceStore#identity()} against the identity recorded at its first use). A store that is not is
 * left untouched: its files are not taken for strays, the sources it lacks are marked
 * {@link MissingOriginal.Reason#STORE_NOT_RECOGNISED}, uploads are refused, the log says so once at ERROR and
 * readiness reports it. In the recognised store, sources without a file are marked
 * {@link MissingOriginal.Reason#NOT_IN_STORE}, marked sources whose file is back are healed, and a file without a
 * row (a crash between keeping the file and writing its row) is quarantined once it is a minute old (younger, it
 * may be another server's upload whose row is being written). Extractions this server was running when it stopped
 * are queued again (or fail as {@code interrupted} after {@code cms.sources.max-attempts}); so are, once a heartbeat,
 * those of another node of a cluster that is gone (not seen in the node roster for four heartbeats), and, at each
 * sweep, any running longer than the parse timeout allows.
 */
@ApplicationScoped
@Transactional
public class SourceReconciliation {

    /** This server's name in a cluster ({@code jboss.node.name}). */
    static final String NODE = System.getProperty("jboss.node.name", "server");

    private static final Logger LOG = Logger.getLogger(SourceReconciliation.class.getName());
    /** A file this young may be an upload whose row another server is writing right now. */
    private static final Duration FILE_GRACE = Duration.ofMinutes(1);

    @Inject
    SourceRepository sources;

    @Inject
    SourceStore store;

    @Inject
    SourceLimits limits;

    @Inject
    @ConfigProperty(name = "cms.sources.sweep-seconds", defaultValue = "300")
    long sweepSeconds;

    /** How often each node says it is alive (NodeIdentity); four missed beats make it gone. */
    @Inject
    @ConfigProperty(name = "cms.cluster.heartbeat-seconds", defaultValue = "5")
    long heartbeatSeconds;

    @Inject
    NodeRoster roster;

    /** The other features keeping files in the store: their files have rows too, only not source rows. */
    Iterable<StoredFileOwner> owners = List.of();

    @Inject
    void owners(@Any Instance<StoredFileOwner> all) {
        this.owners = all;
    }

    Clock clock = Clock.systemUTC();
    private final AtomicReference<Instant> nextSweep = new AtomicReference<>(Instant.MIN);
    private final AtomicReference<Instant> nextTakeBack = new AtomicReference<>(Instant.MIN);
    private final AtomicReference<StoreCheck> lastCheck = new AtomicReference<>(StoreCheck.NOT_YET);

    /** What the last look at the store found; readiness and uploads go by it. */
    public record StoreCheck(boolean recognised, String store, String problem) {
        static final StoreCheck NOT_YET = new StoreCheck(false, "", "the source store has not been checked yet");
    }

    /** What one reconciliation did. */
    record Outcome(boolean recognised, int marked, int healed, int quarantined) {}

    @PostConstruct
    void checkConfiguration() {
        if (sweepSeconds < 1) {
            throw new IllegalStateException("cms.sources.sweep-seconds must be at least 1, but is " + sweepSeconds);
        }
    }

    /** Before uploads are accepted and workers start. */
    public void atStartup() {
        int cutOff = store.clearIncoming();
        List<SourceDocument> interrupted = sources.extracting(Optional.of(NODE), Optional.empty());
        interrupted.forEach(s -> s.interrupted(limits.maxAttempts(), clock.instant()));
        Outcome outcome = reconcile();
        nextSweep.set(clock.instant().plusSeconds(sweepSeconds));
        LOG.info(() -> "Source store " + store.describe()
                + (outcome.recognised()
                        ? " reconciled: "
                        : " NOT reconciled" + " (not recognised, see the error above): ")
                + cutOff + " cut-off uploads deleted, "
                + interrupted.size() + " interrupted extractions queued again or failed, " + outcome.marked()
                + " sources newly marked original-missing, " + outcome.healed() + " healed, " + outcome.quarantined()
                + " files without a row quarantined");
    }

    /** The periodic sweep, run by a worker with nothing to do once {@code cms.sources.sweep-seconds} have passed. */
    public void sweepWhenDue() {
        Instant now = clock.instant();
        takeBackFromGoneNodesWhenDue(now);
        Instant due = nextSweep.get();
        if (now.isBefore(due) || !nextSweep.compareAndSet(due, now.plusSeconds(sweepSeconds))) {
            return;
        }
        Instant abandoned = now.minus(limits.parseTimeout().multipliedBy(2)).minus(Duration.ofMinutes(1));
        sources.extracting(Optional.empty(), Optional.of(abandoned))
                .forEach(s -> s.interrupted(limits.maxAttempts(), now));
        reconcile();
    }

    /**
     * Extractions held by another node that is gone (not seen in the node roster for four heartbeats: killed, or its
     * machine lost) are queued again at once, for any node to finish, rather than after twice the parse timeout.
     * Looked at once a heartbeat by a worker with nothing to do; this node's own extractions are never taken for a
     * gone node's. A gone node that comes back cannot write over the new attempt: its write-backs are fenced by its
     * claim ({@link Extractions.Claim}).
     */
    private void takeBackFromGoneNodesWhenDue(Instant now) {
        Instant due = nextTakeBack.get();
        Duration beat = Duration.ofSeconds(heartbeatSeconds);
        if (now.isBefore(due) || !nextTakeBack.compareAndSet(due, now.plus(beat))) {
            return;
        }
        List<SourceDocument> elsewhere = sources.extracting(Optional.empty(), Optional.empty()).stream()
                .filter(s ->
                        s.extractedByNode().filter(node -> !node.equals(NODE)).isPresent())
                .toList();
        if (elsewhere.isEmpty()) {
            return;
        }
        Set<String> alive = roster.seenWithin(beat.multipliedBy(4));
        for (SourceDocument source : elsewhere) {
            String node = source.extractedByNode().orElseThrow();
            if (!alive.contains(node)) {
                LOG.info(() -> "Source " + source.id() + " was being extracted by node " + node
                        + ", which is gone (not seen for four heartbeats): queued again");
                source.interrupted(limits.maxAttempts(), now);
            }
        }
    }

    /** The ids of queued sources whose original is in the store, oldest first. */
    public List<UUID> queued() {
        return sources.queued(100);
    }

    /** The last look at the store: whether it is the one the database knows. */
    public StoreCheck storeCheck() {
        return lastCheck.get();
    }

    Outcome reconcile() {
        List<String> rows = sources.storageKeys();
        Set<String> files = store.keys();
        StoreCheck check = recognise(rows, files);
        StoreCheck before = lastCheck.getAndSet(check);
        if (!check.recognised() && (before.recognised() || before == StoreCheck.NOT_YET)) {
            LOG.severe(check.problem());
        } else if (check.recognised() && !before.recognised() && before != StoreCheck.NOT_YET) {
            LOG.info(() -> "Source store " + store.describe() + " is recognised again; reconciling it");
        }
        Instant now = clock.instant();
        MissingOriginal.Reason reason =
                check.recognised() ? MissingOriginal.Reason.NOT_IN_STORE : MissingOriginal.Reason.STORE_NOT_RECOGNISED;
        List<SourceDocument> newlyMissing = rows.stream()
                .filter(key -> !files.contains(key))
                .map(sources::stored)
                .flatMap(Optional::stream)
                .filter(source -> {
                    boolean known = source.missingOriginal().isPresent();
                    source.originalMissing(reason, now);
                    return !known;
                })
                .toList();
        if (!newlyMissing.isEmpty()) {
            LOG.severe(() -> newlyMissing.size() + " source reports have no original in the store "
                    + store.describe() + " (" + reason.code() + "); they are kept and marked original-missing, and"
                    + " heal when the files are back: "
                    + newlyMissing.stream()
                            .limit(20)
                            .map(s -> s.id() + " " + s.filename() + " (file " + s.storageKey() + ")")
                            .collect(Collectors.joining(", "))
                    + (newlyMissing.size() > 20 ? ", …" : ""));
        }
        int healed = 0;
        for (SourceDocument source : sources.missingOriginals()) {
            if (files.contains(source.storageKey()) && source.originalFound()) {
                healed++;
                LOG.info("Source " + source.id() + " (" + source.filename() + ") has its original again");
            }
        }
        int quarantined = check.recognised() ? quarantineStrays(owned(rows), files, now) : 0;
        return new Outcome(check.recognised(), newlyMissing.size(), healed, quarantined);
    }

    /**
     * Whether the store is the one this database's rows point into. The first time (a new installation, or the
     * first start of a version that records stores), the store is recorded if nothing says it is the wrong one: the
     * database has no sources, or the store holds at least one of their files.
     */
    private StoreCheck recognise(List<String> rows, Set<String> files) {
        Optional<String> recorded = sources.recordedStore();
        Optional<String> found = store.identity();
        if (recorded.isPresent()) {
            if (recorded.equals(found)) {
                return new StoreCheck(true, store.describe(), "");
            }
            return notRecognised("the database knows the source store " + recorded.get() + ", but "
                    + store.describe()
                    + (found.isPresent()
                            ? " is the store " + found.get()
                            : " has no identity (empty, unmounted or not the store)")
                    + ". "
                    + store.howToRecognise(recorded.get()));
        }
        if (!rows.isEmpty() && rows.stream().noneMatch(files::contains)) {
            return notRecognised("the database holds " + rows.size() + " source reports but " + store.describe()
                    + " holds none of their files, so it is not taken as their store. Point cms.sources.dir at the"
                    + " store that holds them and restart.");
        }
        String id = store.claimIdentity(found.orElseGet(() -> UUID.randomUUID().toString()));
        sources.recordStore(id, clock.instant());
        Optional<String> recordedNow = sources.recordedStore();
        if (!recordedNow.equals(Optional.of(id))) {
            // another node recorded another store at the same moment: this one is not the database's
            return notRecognised("the database knows the source store " + recordedNow.orElse("?") + ", recorded by"
                    + " another node just now, but " + store.describe() + " is the store " + id + ". "
                    + store.howToRecognise(recordedNow.orElse("?")));
        }
        LOG.info(() -> "Source store " + store.describe() + " recorded as store " + id);
        return new StoreCheck(true, store.describe(), "");
    }

    private StoreCheck notRecognised(String why) {
        return new StoreCheck(
                false,
                store.describe(),
                "Source store not recognised, so nothing in it or in the"
                        + " database is reconciled and uploads are refused: " + why);
    }

    private Set<String> owned(List<String> sourceKeys) {
        Set<String> keys = new HashSet<>(sourceKeys);
        owners.forEach(owner -> keys.addAll(owner.storageKeys()));
        return keys;
    }

    private int quarantineStrays(Set<String> rows, Set<String> files, Instant now) {
        int quarantined = 0;
        Instant youngest = now.minus(FILE_GRACE);
        for (String key : files) {
            if (!rows.contains(key)
                    && store.keptAt(key).filter(at -> at.isBefore(youngest)).isPresent()) {
                try {
                    store.quarantine(key);
                    quarantined++;
                    LOG.warning("Source store file " + key + " has no source report; moved to quarantine");
                } catch (RuntimeException e) {
                    LOG.warning("Could not quarantine the source store file " + key + " (no report row): " + e);
                }
            }
        }
        return quarantined;
    }
}
