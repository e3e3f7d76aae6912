package org.bulletincms.web.delivery;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import io.undertow.util.Methods;
import io.undertow.util.StatusCodes;
import java.nio.ByteBuffer;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Answers a repeated delivery request from {@link DeliveryResponses} on Undertow's I/O thread, before the request
 * is handed to a worker thread and the servlet chain: 304 when the client's ETag matches, otherwise the kept
 * bytes with the headers JAX-RS sent the first time. Everything else (first requests, other methods, other
 * paths) goes on unchanged to the servlet chain and JAX-RS, which keeps what it renders.
 *
 * <p>Why not a servlet filter: on the hottest path of the product (front ends reading published issues), the
 * hand-off from the I/O thread to a worker thread and back, and the servlet request set-up, cost more than the
 * answer itself; on a small machine they doubled the latency tail. Only anonymous, published, immutable content
 * is answered here, which the servlet layer's security would let through anyway ({@code web.xml} leaves
 * {@code /api/delivery/*} unprotected).
 */
final class KeptResponseHandler implements HttpHandler {

    static final String PATH_PREFIX = "/api/delivery/v1/publications/";
    private static final HttpString ETAG = new HttpString("ETag");
    private static final String CONTENT_TYPE = "application/json;charset=UTF-8";

    private final HttpHandler next;
    private final Supplier<Optional<DeliveryResponses>> responses;

    /**
     * @param next      the servlet chain
     * @param responses the application's kept responses, once the application has started
     */
    KeptResponseHandler(HttpHandler next, Supplier<Optional<DeliveryResponses>> responses) {
        this.next = next;
        this.responses = responses;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        Optional<DeliveryResponses.Response> kept = kept(exchange);
        if (kept.isEmpty()) {
            next.handleRequest(exchange);
            return;
        }
        DeliveryResponses.Response hit = kept.get();
        var headers = exchange.getResponseHeaders();
        headers.put(ETAG, hit.etag());
        headers.put(Headers.CACHE_CONTROL, hit.cacheControl());
        headers.put(Headers.VARY, "Accept-Language");
        headers.put(Headers.CONTENT_LANGUAGE, hit.contentLanguage());
        String ifNoneMatch = exchange.getRequestHeaders().getFirst(Headers.IF_NONE_MATCH);
        if (ifNoneMatch != null && (ifNoneMatch.equals(hit.etag()) || ifNoneMatch.equals("*"))) {
            exchange.setStatusCode(StatusCodes.NOT_MODIFIED);
            exchange.endExchange();
            return;
        }
        headers.put(Headers.CONTENT_TYPE, CONTENT_TYPE);
        headers.put(Headers.CONTENT_LENGTH, hit.body().length);
        exchange.getResponseSender().send(ByteBuffer.wrap(hit.body()));
    }

    private Optional<DeliveryResponses.Response> kept(HttpServerExchange exchange) {
        // An absolute request URI ("GET http://host/…") is rare and keyed differently: the servlet chain answers it.
        if (!Methods.GET.equals(exchange.getRequestMethod()) || exchange.isHostIncludedInRequestURI()
                || !exchange.getRequestURI().startsWith(PATH_PREFIX)) {
            return Optional.empty();
        }
        return responses.get().flatMap(kept -> kept.find(DeliveryResponses.key(exchange.getRequestURI(),
                exchange.getQueryString(), exchange.getRequestHeaders().getFirst(Headers.ACCEPT_LANGUAGE))));
    }
}
