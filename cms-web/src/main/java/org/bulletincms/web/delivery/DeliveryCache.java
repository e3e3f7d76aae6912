package org.bulletincms.web.delivery;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.bulletincms.database.BackOff;
import org.bulletincms.database.DatabaseOutage;
import org.bulletincms.delivery.DeliveredDocument;
import org.bulletincms.delivery.DeliveredPublication;
import org.bulletincms.delivery.Delivery;
import org.bulletincms.delivery.DocumentKey;
import org.bulletincms.delivery.DocumentKind;
import org.bulletincms.web.database.SchemaMigration;
import org.bulletincms.web.metrics.DeliveryCacheMeter;
import org.bulletincms.workflow.IssuePublished;
import org.bulletincms.workflow.IssueUnpublished;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The node's {@link DocumentCache}, kept in step with the database's delivery generation: at once on this node
 * after a publication or unpublication commits here, and by polling every {@code cms.delivery.generation-poll-millis}
 * (default 250) for those committed on other nodes. So an unpublished issue stops being answered from any node's
 * memory within one poll interval (plus one query) of its commit; copies in third-party caches (CDNs, browsers)
 * are not recalled: {@code issue.unpublished} is their purge signal (docs/delivery-cache.md).
 */
@ApplicationScoped
public class DeliveryCache {

    /** Where {@link DeliveryCacheHandler} finds this application's cache. */
    static final String CONTEXT_ATTRIBUTE = DeliveryCache.class.getName();

    /** Documents read per query when warming, and at most in all (about 250 issues of 12 items in two locales). */
    private static final int WARM_BATCH = 200;

    private static final int WARM_DOCUMENTS = 20_000;

    /**
     * What a starting node loads, in this order: what front ends ask for (the JSON of issues, items and lists, and
     * the feed), then the readers' web pages and e-mails. Not the print PDFs: about 170 KB each and asked for
     * rarely, the newest of them alone filled the budget and left the JSON cold. Not the pinned editions either.
     */
    private static final List<Set<DocumentKind>> WARM_ORDER = List.of(
            EnumSet.of(
                    DocumentKind.ISSUE_LATEST,
                    DocumentKind.ISSUE_CUMULATIVE,
                    DocumentKind.ITEM,
                    DocumentKind.ISSUE_PAGE,
                    DocumentKind.PUBLICATIONS,
                    DocumentKind.FEED),
            EnumSet.of(DocumentKind.WEB_PAGE, DocumentKind.EMAIL_HTML, DocumentKind.EMAIL_TEXT));

    private static final Logger LOG = Logger.getLogger(DeliveryCache.class.getName());

    @Inject
    @ConfigProperty(name = "cms.delivery.cache-bytes", defaultValue = "67108864")
    long maximumBytes;

    @Inject
    @ConfigProperty(name = "cms.delivery.generation-poll-millis", defaultValue = "250")
    long pollMillis;

    @Inject
    Delivery delivery;

    @Inject
    DeliveryCacheMeter meter;

    @Inject
    DatabaseOutage outage;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private final BackOff backOff = DatabaseOutage.backOff();
    private volatile DocumentCache cache;
    private ScheduledFuture<?> polling;

    /** Once the schema is migrated: the cache, offered to {@link DeliveryCacheHandler}, and the generation poll. */
    void start(
            @Observes @Priority(SchemaMigration.PRIORITY + 20) @Initialized(ApplicationScoped.class)
                    ServletContext context) {
        if (maximumBytes < 1 << 20) {
            throw new IllegalStateException(
                    "cms.delivery.cache-bytes must be at least 1048576, but is " + maximumBytes);
        }
        if (pollMillis < 50) {
            throw new IllegalStateException(
                    "cms.delivery.generation-poll-millis must be at least 50, but is " + pollMillis);
        }
        DocumentCache starting = new DocumentCache(maximumBytes);
        cache = starting;
        warm(starting);
        context.setAttribute(CONTEXT_ATTRIBUTE, this);
        polling = scheduler.scheduleWithFixedDelay(this::poll, 0, pollMillis, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (polling != null) {
            polling.cancel(false);
        }
    }

    /** A document in memory, for the I/O thread; counts a hit. */
    Optional<DocumentCache.Kept> find(String key) {
        DocumentCache current = cache;
        if (current == null) {
            return Optional.empty();
        }
        Optional<DocumentCache.Kept> kept = current.find(key);
        kept.ifPresent(hit -> meter.hit());
        return kept;
    }

    Optional<DocumentCache.Listing> publication(String slug) {
        DocumentCache current = cache;
        return current == null ? Optional.empty() : current.publication(slug);
    }

    /** The generation to note before reading the database (see {@link DocumentCache#keep}). */
    long generation() {
        DocumentCache current = cache;
        return current == null ? Long.MIN_VALUE : current.generation();
    }

    /** Keeps a document read from the database in {@code readInGeneration}, as it is sent. */
    void keep(DocumentKey key, DeliveredDocument document, long readInGeneration) {
        DocumentCache current = cache;
        if (current != null) {
            meter.miss();
            current.keep(key.value(), kept(document), readInGeneration);
        }
    }

    private static DocumentCache.Kept kept(DeliveredDocument document) {
        return new DocumentCache.Kept(
                document.body(),
                document.etag(),
                document.mediaType(),
                document.locale(),
                Freshness.of(document.kind()).header());
    }

    /**
     * Loads the most recently compiled documents into memory, up to half the cache, and notes every publication
     * for negotiation: a node that has just started (after a crash, a deployment, a rolling restart) answers its
     * first requests from memory, on the I/O thread, instead of reading each document through the servlet chain
     * and JPA while its JIT is still cold. A failure only leaves the cache colder: requests read the database.
     */
    private void warm(DocumentCache current) {
        long started = System.nanoTime();
        long loaded = 0;
        int documentsLoaded = 0;
        try {
            refresh();
            long readInGeneration = current.generation();
            long budget = maximumBytes / 2;
            for (Set<DocumentKind> kinds : WARM_ORDER) {
                List<String> keys = delivery.newestKeys(kinds, WARM_DOCUMENTS);
                for (int from = 0; from < keys.size() && loaded < budget; from += WARM_BATCH) {
                    for (DeliveredDocument document :
                            delivery.byKeys(keys.subList(from, Math.min(keys.size(), from + WARM_BATCH)))) {
                        if (current.keep(document.key().orElseThrow().value(), kept(document), readInGeneration)) {
                            loaded += document.body().length;
                            documentsLoaded++;
                        }
                    }
                }
            }
            delivery.allPublications().forEach(this::remember);
            LOG.info(String.format(
                    "Delivery cache warmed: %d documents, %d bytes in %d ms",
                    documentsLoaded, loaded, (System.nanoTime() - started) / 1_000_000));
        } catch (RuntimeException e) {
            // No stack trace: at start during a database outage this is expected, and the outage is logged once
            // elsewhere.
            LOG.warning("Could not warm the delivery cache (" + e
                    + "); documents will be read from the database as they are asked for");
        }
    }

    void remember(DeliveredPublication publication) {
        DocumentCache current = cache;
        if (current != null) {
            current.remember(
                    publication.slug(),
                    new DocumentCache.Listing(publication.id(), publication.locales(), publication.source()));
        }
    }

    void afterPublication(@Observes(during = TransactionPhase.AFTER_SUCCESS) IssuePublished published) {
        refreshNow();
    }

    void afterUnpublication(@Observes(during = TransactionPhase.AFTER_SUCCESS) IssueUnpublished unpublished) {
        refreshNow();
    }

    private void refreshNow() {
        try {
            refresh();
        } catch (RuntimeException e) {
            // The poll applies it within its interval.
            LOG.log(Level.WARNING, "Could not apply a delivery publication to this node's cache at once", e);
        }
    }

    void poll() {
        Instant now = Clock.systemUTC().instant();
        if (!backOff.due(now)) {
            return;
        }
        try {
            refresh();
            backOff.succeeded();
        } catch (RuntimeException e) {
            if (outage.noticed(e)) {
                backOff.failed(now);
            } else {
                LOG.log(Level.WARNING, "Reading the delivery generation failed; will retry", e);
            }
        }
    }

    /** Applies the database's generation: forgets what changed since the one applied. */
    void refresh() {
        DocumentCache current = cache;
        if (current == null) {
            return;
        }
        long applied = current.generation();
        Delivery.Changes changes = delivery.changesSince(applied);
        if (changes.generation() != applied) {
            current.apply(changes.generation(), changes.changed());
        }
    }
}
