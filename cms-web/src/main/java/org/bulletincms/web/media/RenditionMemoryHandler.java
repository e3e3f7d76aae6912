package org.bulletincms.web.media;

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
 * Answers a request for a rendition this node has in {@link RenditionMemory} on Undertow's I/O thread, before the
 * request is handed to a worker thread and the servlet chain, with exactly the headers {@link RenditionResource}
 * sends (the security headers are added by the handler that wraps this one): 304 when the client's ETag matches,
 * otherwise the kept bytes. Everything else goes on unchanged to {@link RenditionResource}, which reads the
 * rendition from the store and keeps it. Why on the I/O thread: the same reason as the delivery documents'
 * ({@code DeliveryCacheHandler}); a rendition is anonymous, immutable, published content.
 */
final class RenditionMemoryHandler implements HttpHandler {

    static final String PREFIX = "/api/delivery/v1/media/";

    private static final HttpString ETAG = new HttpString("ETag");
    private static final HttpString CONTENT_TYPE_OPTIONS = new HttpString("X-Content-Type-Options");
    private static final HttpString CONTENT_SECURITY_POLICY = new HttpString("Content-Security-Policy");

    private final HttpHandler next;
    private final Supplier<Optional<RenditionMemory>> memory;

    RenditionMemoryHandler(HttpHandler next, Supplier<Optional<RenditionMemory>> memory) {
        this.next = next;
        this.memory = memory;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        Optional<RenditionFileName> file = Methods.GET.equals(exchange.getRequestMethod())
                        && !exchange.isHostIncludedInRequestURI()
                        && exchange.getQueryString().isEmpty()
                        && exchange.getRequestURI().startsWith(PREFIX)
                ? RenditionFileName.of(exchange.getRequestURI().substring(PREFIX.length()))
                : Optional.empty();
        Optional<RenditionMemory.Kept> kept =
                file.flatMap(name -> memory.get().flatMap(copies -> copies.find(name.file())));
        if (kept.isEmpty()) {
            next.handleRequest(exchange);
            return;
        }
        String etag = RenditionResource.etagOf(file.get().sha256());
        var headers = exchange.getResponseHeaders();
        headers.put(ETAG, etag);
        headers.put(Headers.CACHE_CONTROL, RenditionResource.FOR_EVER);
        String ifNoneMatch = exchange.getRequestHeaders().getFirst(Headers.IF_NONE_MATCH);
        if (ifNoneMatch != null && (ifNoneMatch.equals(etag) || ifNoneMatch.equals("*"))) {
            exchange.setStatusCode(StatusCodes.NOT_MODIFIED);
            exchange.endExchange();
            return;
        }
        headers.put(Headers.CONTENT_TYPE, kept.get().mediaType());
        headers.put(Headers.CONTENT_LENGTH, kept.get().body().length);
        headers.put(CONTENT_TYPE_OPTIONS, "nosniff");
        headers.put(CONTENT_SECURITY_POLICY, RenditionResource.SANDBOX);
        exchange.getResponseSender().send(ByteBuffer.wrap(kept.get().body()));
    }
}
