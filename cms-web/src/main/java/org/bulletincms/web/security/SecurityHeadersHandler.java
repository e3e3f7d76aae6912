package org.bulletincms.web.security;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.HttpString;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Puts {@link SecurityHeaders} on every response of the application, just before the response is committed:
 * responses answered on the I/O thread by the kept-response handler, static files, JAX-RS responses and error
 * pages alike, and whatever headers a later handler set or reset on the way. One exception: a response the
 * application sandboxed itself (an uploaded original served as an attachment, {@code Content-Security-Policy:
 * sandbox}) keeps its stricter policy, with {@code frame-ancestors 'none'} added, since the page policy would
 * let such a file run scripts on our origin if a browser ever rendered it.
 */
final class SecurityHeadersHandler implements HttpHandler {

    private static final HttpString CONTENT_SECURITY_POLICY = HttpString.tryFromString("Content-Security-Policy");

    private final HttpHandler next;
    private final Supplier<SecurityHeaders> headers;

    SecurityHeadersHandler(HttpHandler next, Supplier<SecurityHeaders> headers) {
        this.next = next;
        this.headers = headers;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        exchange.addResponseCommitListener(committed -> {
            String sandboxed = sandboxPolicy(committed.getResponseHeaders().getFirst(CONTENT_SECURITY_POLICY));
            for (Map.Entry<String, String> header : headers.get().headers().entrySet()) {
                committed.getResponseHeaders().put(HttpString.tryFromString(header.getKey()), header.getValue());
            }
            if (sandboxed != null) {
                committed.getResponseHeaders().put(CONTENT_SECURITY_POLICY, sandboxed);
            }
        });
        next.handleRequest(exchange);
    }

    /** The application's own sandbox policy with framing refused, or null when the response is not sandboxed. */
    static String sandboxPolicy(String policy) {
        if (policy == null || !policy.strip().startsWith("sandbox")) {
            return null;
        }
        return policy.contains("frame-ancestors") ? policy : policy.strip() + "; frame-ancestors 'none'";
    }
}
