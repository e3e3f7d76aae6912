package org.bulletincms.source;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
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
    private IsolatedTika tika;

    /** Starts the workers; called once the schema is current and interrupted extractions are queued again. */
    public synchronized void start() {
        String classpath = parserClasspath.orElseGet(() -> System.getProperty("jboss.home.dir", ".") + "/tika/*");
        Path firstEntry = Path.of(classpath.split(java.io.File.pathSeparator)[0].replace("*", ""));
        if (!Files.exists(firstEntry)) {
            LOG.severe("Source reports will not be extracted: the parsers' class path " + classpath + " does not"
                    + " exist. Set cms.sources.parser-classpath to Tika's jars (tika-parsers-standard-package).");
            return;
        }
        tika = new IsolatedTika(store.originals(), store.root().resolve("tika"), classpath, limits);
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
                    work.tryAcquire(LOOK_AGAIN.toMillis(), TimeUnit.MILLISECONDS);
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
                    work.tryAcquire(backOff.failed(Instant.now()).toMillis(), TimeUnit.MILLISECONDS);
                } catch (InterruptedException interrupted) {
                    return;
                }
            }
        }
    }

    private boolean extract(UUID id) throws InterruptedException {
        Optional<String> key = extractions.claim(id, SourceReconciliation.NODE);
        if (key.isEmpty()) {
            return false;
        }
        ParseOutcome outcome = tika.parse(key.get());
        if (!running) {
            // the failure is our own shutdown killing the parser: the source stays extracting and is queued again
            // at the next start
            return true;
        }
        if (outcome instanceof ParseOutcome.Parsed parsed) {
            if (extractions.parsed(id, parsed)) {
                try {
                    extractions.done(id, TikaXhtml.read(parsed.xhtml(), languages::of), parsed.metadata());
                } catch (UnusableText e) {
                    extractions.failed(id, e.asFailure());
                }
            }
        } else {
            extractions.failed(id, (ParseOutcome.Failed) outcome);
        }
        return true;
    }

    @PreDestroy
    synchronized void stop() {
        running = false;
        workers.forEach(Thread::interrupt);
        if (tika != null) {
            // kills the parser processes; an extraction cut off here is queued again at the next start
            tika.close();
        }
    }
}
