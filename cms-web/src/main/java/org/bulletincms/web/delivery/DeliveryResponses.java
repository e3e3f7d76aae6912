package org.bulletincms.web.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.bulletincms.web.metrics.DeliveryCacheMeter;
import org.bulletincms.workflow.IssuePublished;
import org.bulletincms.workflow.IssueUnpublished;

/**
 * Finished delivery responses for the hottest URLs (an issue in a locale), kept so that a repeated request is
 * answered by {@link KeptResponseHandler} from memory, without JAX-RS or the database. Published editions
 * never change; what a URL means changes only when an issue is published (a correction), so every publication
 * clears this node's entries, and entries live no longer than the {@code max-age} caches are told anyway —
 * which bounds how stale another cluster node can be.
 */
@ApplicationScoped
public class DeliveryResponses {

    /** Where {@link KeptResponseHandler} finds this application's responses. */
    static final String CONTEXT_ATTRIBUTE = DeliveryResponses.class.getName();

    /** How many responses are kept; a full cache is cleared rather than managed, as a burst of new URLs is rare. */
    static final int CAPACITY = 10_000;
    static final Duration LIFETIME = Duration.ofSeconds(DeliveryResource.LATEST_MAX_AGE_SECONDS);

    private final Map<String, Response> responses = new ConcurrentHashMap<>();

    @Inject
    DeliveryCacheMeter meter;

    /** A response as sent: body, strong ETag and the headers that go with it. */
    public record Response(byte[] body, String etag, String contentLanguage, String cacheControl, Instant expires) {
    }

    /** Once the application has started, its responses are offered to {@link KeptResponseHandler}. */
    void offer(@Observes @Initialized(ApplicationScoped.class) ServletContext context) {
        context.setAttribute(CONTEXT_ATTRIBUTE, this);
    }

    public Optional<Response> find(String key) {
        Response response = responses.get(key);
        if (response == null) {
            return Optional.empty();
        }
        if (Clock.systemUTC().instant().isAfter(response.expires())) {
            responses.remove(key, response);
            return Optional.empty();
        }
        meter.hit();
        return Optional.of(response);
    }

    public void keep(String key, byte[] body, String etag, String contentLanguage, String cacheControl) {
        meter.miss();
        if (responses.size() >= CAPACITY) {
            responses.clear();
        }
        responses.put(key, new Response(body, etag, contentLanguage, cacheControl,
                Clock.systemUTC().instant().plus(LIFETIME)));
    }

    /** A publication may change what a URL means (a correction's new edition): forget everything. */
    void forgetOnPublication(@Observes(during = TransactionPhase.AFTER_SUCCESS) IssuePublished published) {
        responses.clear();
    }

    /** An unpublished issue's URLs must stop answering at once, on this node. */
    void forgetOnUnpublication(@Observes(during = TransactionPhase.AFTER_SUCCESS) IssueUnpublished unpublished) {
        responses.clear();
    }

    /** The cache key of a request: path, query and the Accept-Language it was negotiated from. */
    public static String key(String path, String query, String acceptLanguage) {
        return path + "?" + (query == null ? "" : query) + "|" + (acceptLanguage == null ? "" : acceptLanguage);
    }
}
