package org.bulletincms.web.proxy;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class ForwardedHeadersHandlerTest {

    private static final String BALANCER = "10.0.0.5";
    private static final TrustedProxies PROXIES = TrustedProxies.parse(Optional.of(" 10.0.0.0/29, ::1 "));

    @Test
    void aTrustedProxyTellsTheClientsAddressSchemeAndHost() throws Exception {
        Seen seen = handle(PROXIES, BALANCER);

        assertAll(
                () -> assertEquals("203.0.113.7", seen.peer().getAddress().getHostAddress()),
                () -> assertEquals("https", seen.scheme()),
                () -> assertEquals("bulletin.example.org", seen.host()));
    }

    @Test
    void forwardedHeadersFromAnyOtherPeerAreRemovedAndChangeNothing() throws Exception {
        Seen seen = handle(PROXIES, "10.0.0.9");

        assertAll(
                () -> assertEquals("10.0.0.9", seen.peer().getAddress().getHostAddress()),
                () -> assertEquals("http", seen.scheme()),
                () -> assertEquals("node-a.internal:8080", seen.host()),
                () -> ForwardedHeadersHandler.FORWARDED.forEach(
                        header -> assertNull(seen.exchange().getRequestHeaders().getFirst(header), header::toString)));
    }

    @Test
    void withNoProxyConfiguredNobodyIsBelieved() throws Exception {
        Seen seen = handle(TrustedProxies.parse(Optional.empty()), BALANCER);

        assertEquals(BALANCER, seen.peer().getAddress().getHostAddress());
        assertEquals("http", seen.scheme());
    }

    @Test
    void rangesMatchByPrefixAndFamily() throws Exception {
        assertAll(
                () -> assertTrue(PROXIES.trust(Optional.of(InetAddress.getByName("10.0.0.7")))),
                () -> assertFalse(PROXIES.trust(Optional.of(InetAddress.getByName("10.0.0.8")))),
                () -> assertTrue(PROXIES.trust(Optional.of(InetAddress.getByName("::1")))),
                () -> assertFalse(PROXIES.trust(Optional.of(InetAddress.getByName("127.0.0.1")))),
                () -> assertFalse(PROXIES.trust(Optional.empty())));
    }

    @Test
    void aHostNameOrAMalformedRangeIsRefusedNamingTheSetting() {
        IllegalArgumentException name = assertThrows(
                IllegalArgumentException.class, () -> TrustedProxies.parse(Optional.of("10.0.0.1, balancer.local")));
        IllegalArgumentException prefix =
                assertThrows(IllegalArgumentException.class, () -> TrustedProxies.parse(Optional.of("10.0.0.0/33")));

        assertTrue(name.getMessage().startsWith("cms.trusted-proxies: \"balancer.local\""), name::getMessage);
        assertTrue(prefix.getMessage().startsWith("cms.trusted-proxies: \"10.0.0.0/33\""), prefix::getMessage);
    }

    private record Seen(HttpServerExchange exchange, InetSocketAddress peer, String scheme, String host) {}

    /** A request from {@code peer} that claims to come from a client at 203.0.113.7 over https. */
    private static Seen handle(TrustedProxies proxies, String peer) throws Exception {
        HttpServerExchange exchange = new HttpServerExchange(null);
        exchange.setSourceAddress(new InetSocketAddress(InetAddress.getByName(peer), 40000));
        exchange.setRequestScheme("http");
        exchange.getRequestHeaders().put(Headers.HOST, "node-a.internal:8080");
        exchange.getRequestHeaders().put(HttpString.tryFromString("X-Forwarded-For"), "203.0.113.7");
        exchange.getRequestHeaders().put(HttpString.tryFromString("X-Forwarded-Proto"), "https");
        exchange.getRequestHeaders().put(HttpString.tryFromString("X-Forwarded-Host"), "bulletin.example.org");
        exchange.getRequestHeaders().put(HttpString.tryFromString("X-Forwarded-Port"), "443");
        exchange.getRequestHeaders().put(HttpString.tryFromString("Forwarded"), "for=203.0.113.7");
        AtomicReference<Seen> seen = new AtomicReference<>();
        new ForwardedHeadersHandler(
                        next -> seen.set(new Seen(
                                next,
                                next.getSourceAddress(),
                                next.getRequestScheme(),
                                next.getRequestHeaders().getFirst(Headers.HOST))),
                        proxies)
                .handleRequest(exchange);
        return seen.get();
    }
}
