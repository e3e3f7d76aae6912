package org.bulletincms.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RealmProbeTest {

    private static final Duration TIMEOUT = Duration.ofMillis(500);

    @Test
    void aRealmThatServesItsMetadataAnswers() throws IOException {
        HttpServer keycloak = realm(200);
        try {
            assertTrue(new RealmProbe(url(keycloak), TIMEOUT).getAsBoolean());
        } finally {
            keycloak.stop(0);
        }
    }

    @Test
    void aRealmThatFailsDoesNotAnswer() throws IOException {
        HttpServer keycloak = realm(503);
        try {
            assertFalse(new RealmProbe(url(keycloak), TIMEOUT).getAsBoolean());
        } finally {
            keycloak.stop(0);
        }
    }

    @Test
    void nothingListeningDoesNotAnswer() throws IOException {
        int freePort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            freePort = socket.getLocalPort();
        }
        assertFalse(new RealmProbe("http://127.0.0.1:" + freePort + "/realms/cms", TIMEOUT).getAsBoolean());
    }

    @Test
    void aServiceThatHangsIsGivenUpAfterTheTimeout() throws IOException {
        // accepts connections (backlog) but never answers
        try (ServerSocket silent = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            Instant start = Instant.now();
            assertFalse(new RealmProbe("http://127.0.0.1:" + silent.getLocalPort() + "/realms/cms", TIMEOUT)
                    .getAsBoolean());
            assertTrue(
                    Duration.between(start, Instant.now()).compareTo(Duration.ofSeconds(5)) < 0,
                    "the probe gives up after its timeout");
        }
    }

    @Test
    void theProbeAsksForTheRealmsDiscoveryDocument() {
        assertEquals(
                "http://kc.example/realms/cms/.well-known/openid-configuration",
                new RealmProbe("http://kc.example/realms/cms/", TIMEOUT)
                        .discovery()
                        .toString());
    }

    private static HttpServer realm(int status) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/realms/cms/.well-known/openid-configuration", exchange -> {
            byte[] body = "{}".getBytes();
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        return server;
    }

    private static String url(HttpServer server) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/cms";
    }
}
