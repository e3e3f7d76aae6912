package org.bulletincms.web.delivery;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.HeaderValues;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import io.undertow.util.Methods;
import io.undertow.util.StatusCodes;
import java.nio.ByteBuffer;
import java.util.Optional;
import java.util.function.Supplier;
import org.bulletincms.delivery.LocaleChoice;

/**
 * Answers delivery requests whose document is in this node's {@link DeliveryCache} on Undertow's I/O thread,
 * before the request is handed to a worker thread and the servlet chain: the locale is negotiated here exactly as
 * the resources negotiate it ({@link LocaleChoice}, {@link AcceptLanguage}), the document found by its key, and
 * answered with 304 when the client's ETag matches, otherwise with the kept bytes and the headers JAX-RS sent
 * the first time. Everything else (documents not in memory yet, publications not seen yet, other methods, other
 * paths, unusual forms of a path) goes on unchanged to the servlet chain and JAX-RS, which read the compiled
 * document from the database and keep it.
 *
 * <p>Why not a servlet filter: on the hottest path of the product (front ends reading published issues), the
 * hand-off from the I/O thread to a worker thread and back, and the servlet request set-up, cost more than the
 * answer itself; on a small machine they doubled the latency tail. Only anonymous, published, immutable content
 * is answered here, which the servlet layer's security would let through anyway ({@code web.xml} leaves
 * {@code /api/delivery/*} unprotected). The security headers are added by the handler that wraps this one.
 */
final class DeliveryCacheHandler implements HttpHandler {

    private static final HttpString ETAG = new HttpString("ETag");

    private final HttpHandler next;
    private final Supplier<Optional<DeliveryCache>> cache;

    /**
     * @param next  the servlet chain
     * @param cache the application's delivery cache, once the application has started
     */
    DeliveryCacheHandler(HttpHandler next, Supplier<Optional<DeliveryCache>> cache) {
        this.next = next;
        this.cache = cache;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        Optional<DocumentCache.Kept> kept = kept(exchange);
        if (kept.isEmpty()) {
            next.handleRequest(exchange);
            return;
        }
        DocumentCache.Kept hit = kept.get();
        var headers = exchange.getResponseHeaders();
        headers.put(ETAG, hit.etag());
        headers.put(Headers.CACHE_CONTROL, hit.cacheControl());
        headers.put(Headers.VARY, "Accept-Language");
        hit.contentLanguage().ifPresent(language -> headers.put(Headers.CONTENT_LANGUAGE, language));
        String ifNoneMatch = exchange.getRequestHeaders().getFirst(Headers.IF_NONE_MATCH);
        if (ifNoneMatch != null && (ifNoneMatch.equals(hit.etag()) || ifNoneMatch.equals("*"))) {
            exchange.setStatusCode(StatusCodes.NOT_MODIFIED);
            exchange.endExchange();
            return;
        }
        headers.put(Headers.CONTENT_TYPE, hit.mediaType());
        headers.put(Headers.CONTENT_LENGTH, hit.body().length);
        exchange.getResponseSender().send(ByteBuffer.wrap(hit.body()));
    }

    private Optional<DocumentCache.Kept> kept(HttpServerExchange exchange) {
        // An absolute request URI ("GET http://host/…") is rare: the servlet chain answers it.
        if (!Methods.GET.equals(exchange.getRequestMethod())
                || exchange.isHostIncludedInRequestURI()
                || !exchange.getRequestURI().startsWith(DeliveryAddress.PREFIX)) {
            return Optional.empty();
        }
        Optional<DeliveryCache> delivery = cache.get();
        if (delivery.isEmpty()) {
            return Optional.empty();
        }
        return DeliveryAddress.of(exchange.getRequestURI(), exchange.getQueryString())
                .flatMap(address -> key(delivery.get(), address, exchange))
                .flatMap(delivery.get()::find);
    }

    private static Optional<String> key(DeliveryCache delivery, DeliveryAddress address, HttpServerExchange exchange) {
        if (address.slug().isEmpty()) {
            return Optional.of(address.shape().key(null, null).value());
        }
        return delivery.publication(address.slug().get()).map(publication -> {
            HeaderValues accepted = exchange.getRequestHeaders().get(Headers.ACCEPT_LANGUAGE);
            LocaleChoice choice = LocaleChoice.of(
                    address.locale(),
                    AcceptLanguage.parse(accepted == null ? null : String.join(",", accepted)),
                    publication.locales(),
                    publication.source());
            return address.shape().key(publication, choice).value();
        });
    }
}
