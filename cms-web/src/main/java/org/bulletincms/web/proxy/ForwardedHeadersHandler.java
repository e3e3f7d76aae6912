package org.bulletincms.web.proxy;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.ProxyPeerAddressHandler;
import io.undertow.util.HttpString;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Optional;

/**
 * Believes forwarded headers from {@link TrustedProxies} and from no one else. From a trusted proxy Undertow's own
 * {@link ProxyPeerAddressHandler} takes the client's address, scheme, host and port from {@code X-Forwarded-*} (what
 * servlets, JAX-RS and the access log then see); from any other peer those headers, and RFC 7239's
 * {@code Forwarded}, are removed, so no code further in can be fooled by a client that writes them itself. The
 * proxy must set the headers, not append to what the client sent: Undertow reads the first value of each.
 */
final class ForwardedHeadersHandler implements HttpHandler {

    static final List<HttpString> FORWARDED = List.of(
            HttpString.tryFromString("X-Forwarded-For"),
            HttpString.tryFromString("X-Forwarded-Proto"),
            HttpString.tryFromString("X-Forwarded-Host"),
            HttpString.tryFromString("X-Forwarded-Port"),
            HttpString.tryFromString("Forwarded"));

    private final HttpHandler next;
    private final HttpHandler believing;
    private final TrustedProxies proxies;

    ForwardedHeadersHandler(HttpHandler next, TrustedProxies proxies) {
        this.next = next;
        this.believing = new ProxyPeerAddressHandler(next);
        this.proxies = proxies;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        InetSocketAddress peer = exchange.getSourceAddress();
        if (proxies.trust(Optional.ofNullable(peer).map(InetSocketAddress::getAddress))) {
            believing.handleRequest(exchange);
        } else {
            FORWARDED.forEach(exchange.getRequestHeaders()::remove);
            next.handleRequest(exchange);
        }
    }
}
