package org.bulletincms.web.delivery;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.bulletincms.locale.LocaleTag;

/**
 * This node's in-memory copies of compiled delivery documents, in front of the database: a Caffeine cache
 * (W-TinyLFU) bounded by bytes, keyed by document key, that is by what was negotiated (path and served locale),
 * never by a request header, so no stream of unusual {@code Accept-Language} headers can push the real entries out.
 *
 * <p>Copies are valid for the delivery generation they were read in. {@link #generation()} is the latest generation
 * this node has applied; a request notes it before it reads the database and {@link #keep} stores its result only
 * if no generation was applied since: a request in flight during a publication can never store the old bytes
 * again after the publication's keys were forgotten. {@link #apply} forgets exactly the keys a generation
 * changed; nothing is ever cleared wholesale.
 *
 * <p>Thread-safe; {@link #find} is cheap enough for Undertow's I/O thread.
 */
final class DocumentCache {

    /** How long the locales of a publication are remembered for negotiating on the I/O thread. */
    static final Duration PUBLICATION_LIFETIME = Duration.ofSeconds(60);

    /** What an entry costs besides its body and key, roughly: the record, the headers, Caffeine's node. */
    static final int ENTRY_OVERHEAD_BYTES = 256;

    /** A document as sent, with the headers that go with it. */
    record Kept(byte[] body, String etag, String mediaType, Optional<String> contentLanguage, String cacheControl) {}

    /** What negotiation needs of a publication, without the database. */
    record Listing(UUID id, List<LocaleTag> locales, LocaleTag source) {}

    private final Cache<String, Kept> documents;
    private final Cache<String, Listing> publications;
    /** {@code Long.MIN_VALUE} until the first generation is applied. */
    private volatile long generation = Long.MIN_VALUE;

    DocumentCache(long maximumBytes, com.github.benmanes.caffeine.cache.Ticker ticker) {
        documents = Caffeine.newBuilder()
                .maximumWeight(maximumBytes)
                .weigher((String key, Kept kept) -> ENTRY_OVERHEAD_BYTES + 2 * key.length() + kept.body().length)
                // maintenance in the calling thread: no pool threads outside the container's control
                .executor(Runnable::run)
                .ticker(ticker)
                .build();
        publications = Caffeine.newBuilder()
                .maximumSize(10_000)
                .expireAfterWrite(PUBLICATION_LIFETIME)
                .executor(Runnable::run)
                .ticker(ticker)
                .build();
    }

    DocumentCache(long maximumBytes) {
        this(maximumBytes, com.github.benmanes.caffeine.cache.Ticker.systemTicker());
    }

    Optional<Kept> find(String key) {
        return Optional.ofNullable(documents.getIfPresent(key));
    }

    /** The latest delivery generation applied here; note it before reading the database. */
    long generation() {
        return generation;
    }

    /**
     * Stores what a request read, if no generation was applied since {@code readInGeneration}. Atomic with
     * {@link #apply}'s removal of the same key, so a copy is either refused or removed.
     */
    boolean keep(String key, Kept kept, long readInGeneration) {
        if (readInGeneration == Long.MIN_VALUE) {
            return false; // read before this node knew any generation: nothing says it is current
        }
        boolean[] stored = {false};
        documents.asMap().compute(key, (k, current) -> {
            if (generation != readInGeneration) {
                return current;
            }
            stored[0] = true;
            return kept;
        });
        return stored[0];
    }

    /** Applies a later generation: forgets the keys it changed. An earlier or the same generation changes nothing. */
    synchronized void apply(long newGeneration, Collection<String> changedKeys) {
        if (newGeneration <= generation) {
            return;
        }
        // First the number, then the removals: a keep that checks after this refuses, one that checked before
        // has stored by the time its key is removed (compute and remove of one key never interleave).
        generation = newGeneration;
        for (String key : changedKeys) {
            documents.asMap().remove(key);
        }
    }

    Optional<Listing> publication(String slug) {
        return Optional.ofNullable(publications.getIfPresent(slug));
    }

    void remember(String slug, Listing listing) {
        publications.put(slug, listing);
    }

    /** Bytes held, as weighed (for tests and metrics). */
    long weight() {
        documents.cleanUp();
        return documents
                .policy()
                .eviction()
                .map(e -> e.weightedSize().orElse(0L))
                .orElse(0L);
    }

    long size() {
        documents.cleanUp();
        return documents.estimatedSize();
    }
}
