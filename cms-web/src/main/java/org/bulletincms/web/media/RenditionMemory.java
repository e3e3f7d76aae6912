package org.bulletincms.web.media;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import java.time.Duration;
import java.util.Optional;
import org.bulletincms.web.database.SchemaMigration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * This node's in-memory copies of the renditions it served last, so that {@link RenditionMemoryHandler} answers
 * them on Undertow's I/O thread without a worker thread, the servlet chain, a query or the store: a rendition's
 * URL names its bytes (their SHA-256), so a copy can never be out of date, only gone. A Caffeine cache (W-TinyLFU)
 * bounded by {@code cms.media.served-memory-bytes} (default 64 MiB); renditions larger than
 * {@link #LARGEST_KEPT_BYTES} are streamed from the store every time.
 *
 * <p>A picture deleted on this node empties the memory at once (deletes are rare; forgetting everything is simpler
 * than finding which copies were the picture's). On another node of a cluster its renditions stay served from
 * memory until their copy is {@link #LIFETIME} old: deleted pictures are ones no published edition shows, and their
 * URLs were only ever shown to editors.
 */
@ApplicationScoped
public class RenditionMemory {

    static final String CONTEXT_ATTRIBUTE = RenditionMemory.class.getName();

    /** The largest rendition kept: a 2048-pixel JPEG is usually below it, a 2048-pixel PNG photo may not be. */
    static final int LARGEST_KEPT_BYTES = 2 << 20;

    /** How long a copy is served before the store is read again (see the class comment on deletes). */
    static final Duration LIFETIME = Duration.ofMinutes(1);

    /** A rendition as served. */
    record Kept(byte[] body, String mediaType) {}

    @Inject
    @ConfigProperty(name = "cms.media.served-memory-bytes", defaultValue = "67108864")
    long maximumBytes;

    private volatile Cache<String, Kept> copies;

    /** Once the application has started: offered to {@link RenditionMemoryHandler} through the servlet context. */
    void start(
            @Observes @Priority(SchemaMigration.PRIORITY + 20) @Initialized(ApplicationScoped.class)
                    ServletContext context) {
        if (maximumBytes < 0) {
            throw new IllegalStateException("cms.media.served-memory-bytes must be 0 or more, but is " + maximumBytes);
        }
        copies = Caffeine.newBuilder()
                .maximumWeight(maximumBytes)
                .weigher((String file, Kept kept) -> 2 * file.length() + kept.body().length)
                .expireAfterWrite(LIFETIME)
                // maintenance in the calling thread: no pool threads outside the container's control
                .executor(Runnable::run)
                .build();
        context.setAttribute(CONTEXT_ATTRIBUTE, this);
    }

    /** The copy of the rendition served under this file name ({@code <sha256>.<extension>}), if this node has one. */
    Optional<Kept> find(String file) {
        Cache<String, Kept> current = copies;
        return current == null ? Optional.empty() : Optional.ofNullable(current.getIfPresent(file));
    }

    /** Whether a rendition of this size is kept once read. */
    static boolean keeps(long size) {
        return size <= LARGEST_KEPT_BYTES;
    }

    void keep(String file, byte[] body, String mediaType) {
        Cache<String, Kept> current = copies;
        if (current != null && keeps(body.length)) {
            current.put(file, new Kept(body, mediaType));
        }
    }

    /** After a picture was deleted here: its renditions must stop answering on this node at once. */
    void forgetAll() {
        Cache<String, Kept> current = copies;
        if (current != null) {
            current.invalidateAll();
        }
    }
}
