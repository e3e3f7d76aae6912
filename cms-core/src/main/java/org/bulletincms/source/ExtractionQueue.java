package org.bulletincms.source;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.bulletincms.database.BackOff;
import org.bulletincms.database.DatabaseOutage;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Extracts queued sources in the background, one worker per parser process ({@code cms.sources.parsers}), so a
 * file that hangs its parser until the timeout holds up one worker while the others keep going. The queue is the
 * database (sources whose status is queued), so it survives restarts and is shared by a cluster; an upload wakes
 * the workers at once, and they also look every few seconds for sources queued by other servers.
 *
 * <p>The parsers' class path is {@code cms.sources.parser-classpath}, by default the {@code tika/} folder the
 * deploy module puts in the WildFly installation. Without it, sources stay queued and the log says why.
 */
@ApplicationScoped
public class ExtractionQueue {

    private static final Logger LOG = Logger.getLogger(ExtractionQueue.class.getName());
    private static final Duration LOOK_AGAIN = Duration.ofSeconds(5);

    @Inject
    SourceStore store;

    @Inject
    SourceLimits limits;

    @Inject
    Extractions extractions;

    @Inject
    SourceReconciliation reconciliation;

    @Inject
    ParagraphLanguages languages;

    @Inject
    DatabaseOutage outage;

    @Inject
    @ConfigProperty(name = "cms.sources.parser-classpath")
    Optional<String> parserClasspath;

    @Resource
    ManagedThreadFactory threads;

    private final Semaphore work = new Semaphore(0);
    private final List<Thread> workers = new ArrayList<>();
    private volatile boolean running;
    // Set by start() before the workers start and read by them: volatile, so the workers see them without relying
    // on Thread.start's ordering, and stop() may read them from another thread.
    private volatile IsolatedTika tika;
    /** Where the parsers read originals: the store's directory, or this node's copies of the database's. */
    private volatile Path parserOriginals;

    /** Starts the workers; called once the schema is current and interrupted extractions are queued again. */
    public synchronized void start() {
        String classpath = parserClasspath.orElseGet(() -> System.getProperty("jboss.home.dir", ".") + "/tika/*");
        Path firstEntry = Path.of(classpath.split(java.io.File.pathSeparator)[0].replace("*", ""));
        if (!Files.exists(firstEntry)) {
            LOG.severe("Source reports will not be extracted: the parsers' class path " + classpath + " does not"
                    + " exist. Set cms.sources.parser-classpath to Tika's jars (tika-parsers-standard-package).");
            return;
        }
        Path work = store.directory()
                .map(originals -> originals.resolveSibling("tika"))
                .orElseGet(() -> SourceStores.nodeWork().resolve("tika"));
        parserOriginals =
                store.directory().orElseGet(() -> SourceStores.nodeWork().resolve("originals"));
        try {
            Files.createDirectories(parserOriginals);
            if (store.directory().isEmpty()) {
                // copies a crash left behind; each is made again when its source is extracted again
                try (var left = Files.list(parserOriginals)) {
                    left.forEach(IncomingUploads::deleteQuietly);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the parsers' directory " + parserOriginals, e);
        }
        tika = new IsolatedTika(parserOriginals, work, classpath, limits);
        running = true;
        for (int i = 0; i < limits.parsers(); i++) {
            Thread worker = threads.newThread(this::work);
            worker.setName("source-extraction-" + (i + 1));
            workers.add(worker);
            worker.start();
        }
        LOG.info(() -> "Source extraction: " + limits.parsers()
                + (limits.parsers() == 1 ? " parser process" : " parser processes") + ", class path " + classpath);
    }

    /** New sources were queued. */
    public void wake() {
        work.release(limits.parsers());
    }

    private void work() {
        BackOff backOff = DatabaseOutage.backOff();
        while (running) {
            try {
                boolean extracted = false;
                for (UUID id : reconciliation.queued()) {
                    extracted |= extract(id);
                }
                outage.reached();
                backOff.succeeded();
                if (!extracted) {
                    reconciliation.sweepWhenDue();
                    waitForWork(LOOK_AGAIN);
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                if (!outage.noticed(e)) {
                    LOG.log(Level.WARNING, "Source extraction worker failed; going on", e);
                }
                // never round again at once: while the database is away, that loop filled the log at 40 MB/s
                try {
                    waitForWork(backOff.failed(Instant.now()));
                } catch (InterruptedException interrupted) {
                    return;
                }
            }
        }
    }

    /**
     * Waits until {@link #wake()} is called or the time is up. Either way the worker looks at the queue again: a
     * wake-up is only a hint that it is worth looking sooner.
     */
    private void waitForWork(Duration atMost) throws InterruptedException {
        boolean woken = work.tryAcquire(atMost.toMillis(), TimeUnit.MILLISECONDS);
        LOG.finest(() -> woken ? "woken to look for queued sources" : "looking for queued sources again");
    }

    private boolean extract(UUID id) throws InterruptedException {
        Optional<Extractions.Claim> claimed = extractions.claim(id, SourceReconciliation.NODE);
        if (claimed.isEmpty()) {
            return false;
        }
        Extractions.Claim claim = claimed.get();
        ParseOutcome outcome;
        Optional<Path> copy;
        try {
            copy = workCopy(claim.storageKey());
        } catch (OriginalMissing e) {
            extractions.originalGone(claim);
            return true;
        }
        try {
            outcome = tika.parse(claim.storageKey());
        } finally {
            copy.ifPresent(IncomingUploads::deleteQuietly);
        }
        if (!running) {
            // the failure is our own shutdown killing the parser: stop() handed the source back
            return true;
        }
        if (outcome instanceof ParseOutcome.Parsed parsed) {
            if (extractions.parsed(claim, parsed)) {
                try {
                    extractions.done(claim, TikaXhtml.read(parsed.xhtml(), languages::of), parsed.metadata());
                } catch (UnusableText e) {
                    LOG.log(Level.INFO, "Source " + id + ": the parser's output cannot be kept", e.getCause());
                    extractions.failed(claim, e.asFailure());
                }
            }
        } else {
            extractions.failed(claim, (ParseOutcome.Failed) outcome);
        }
        return true;
    }

    /**
     * The parser processes read files, never the database: an original kept there is copied to a work file of this
     * node for its extraction, and deleted after it.
     */
    private Optional<Path> workCopy(String key) {
        if (store.directory().isPresent()) {
            return Optional.empty();
        }
        Path copy = parserOriginals.resolve(key);
        try (InputStream original = store.open(key)) {
            Files.copy(original, copy, StandardCopyOption.REPLACE_EXISTING);
            return Optional.of(copy);
        } catch (IOException e) {
            IncomingUploads.deleteQuietly(copy);
            throw new UncheckedIOException("cannot copy the original " + key + " for its parser to " + copy, e);
        }
    }

    /**
     * A graceful stop hands the running extractions back before the parsers are killed, so the stop costs no
     * attempt; only a stop that gives no such chance (a crash, kill -9) counts against cms.sources.max-attempts.
     */
    private void handBack() {
        try {
            int handedBack = extractions.handBack(SourceReconciliation.NODE);
            if (handedBack > 0) {
                LOG.info(() -> handedBack + " running source extractions queued again for the next start");
            }
        } catch (RuntimeException e) {
            // the database is gone too: the start-up reconciliation queues them again, counting the attempt
            LOG.log(Level.WARNING, "Could not queue the running source extractions again at shutdown", e);
        }
    }

    @PreDestroy
    synchronized void stop() {
        running = false;
        if (tika != null) {
            handBack();
        }
        workers.forEach(Thread::interrupt);
        if (tika != null) {
            // kills the parser processes; an extraction cut off here is queued again at the next start
            tika.close();
        }
        TikaShutdownHook.removeThoseOf(ExtractionQueue.class.getClassLoader());
    }
}
