package org.bulletincms.web.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.undertow.Undertow;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * What a balancer sees of a node whose application stops: the connection it kept alive is closed (so it tries its
 * next request on another node) instead of staying open for the server's own 404 (docs/cluster.md).
 */
class BalancerConnectionsTest {

    private static final String REQUEST = "GET /api/delivery/v1 HTTP/1.1\r\nHost: node-a.internal\r\n\r\n";

    @Test
    void aKeptAliveConnectionIsClosedWhenTheApplicationStops() throws IOException {
        BalancerConnections connections = new BalancerConnections();
        Undertow node = Undertow.builder()
                .addHttpListener(0, "127.0.0.1")
                .setHandler(connections.remembering(
                        exchange -> exchange.getResponseSender().send("ok")))
                .build();
        node.start();
        try (Socket balancer = new Socket()) {
            balancer.connect((InetSocketAddress) node.getListenerInfo().get(0).getAddress());
            balancer.setSoTimeout(30_000); // a deadline, not a wait: the read returns as soon as the node closes
            balancer.getOutputStream().write(REQUEST.getBytes(StandardCharsets.US_ASCII));
            String answer = answer(balancer.getInputStream());
            assertTrue(answer.startsWith("HTTP/1.1 200 "), answer);

            connections.contextDestroyed(null);

            assertEquals(-1, balancer.getInputStream().read(), "the node closed the kept-alive connection");
        } finally {
            node.stop();
        }
    }

    /** One answer of {@code ok}, read up to its end (the connection stays open). */
    private static String answer(InputStream in) throws IOException {
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        while (!read.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\nok")) {
            int next = in.read();
            if (next < 0) {
                break;
            }
            read.write(next);
        }
        return read.toString(StandardCharsets.US_ASCII);
    }
}
