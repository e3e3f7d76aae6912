package org.bulletincms.web.security;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.HttpString;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Puts {@link SecurityHeaders} on every response of the application, just before the response is committed:
 * responses answered on the I/O thread by the kept-response handler, static files, JAX-RS responses and error
 * pages alike, and whatever headers a later handler set or reset on the way.
 */
final class SecurityHeadersHandler implements HttpHandler {

    private final HttpHandler next;
    private final Supplier<SecurityHeaders> headers;

    SecurityHeadersHandler(HttpHandler next, Supplier<SecurityHeaders> headers) {
        this.next = next;
        this.headers = headers;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        exchange.addResponseCommitListener(committed -> {
            for (Map.Entry<String, String> header : headers.get().headers().entrySet()) {
                committed.getResponseHeaders().put(HttpString.tryFromString(header.getKey()), header.getValue());
            }
        });
        next.handleRequest(exchange);
    }
}
