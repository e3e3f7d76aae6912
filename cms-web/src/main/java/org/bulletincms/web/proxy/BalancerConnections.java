package org.bulletincms.web.proxy;

import io.undertow.server.HttpHandler;
import io.undertow.server.ServerConnection;
import io.undertow.server.protocol.http.HttpServerConnection;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The HTTP/1.1 connections requests to this application came on, most of them a balancer's kept-alive ones, closed
 * when the application is undeployed. WildFly, stopping, closes its listener's socket but not the connections it
 * accepted, and once its host has stopped it answers every request on them with its own {@code 404 - Not Found}
 * until the JVM exits (the 503 that WFLY-10387 meant for this never takes effect): a balancer passes a 404 on as an
 * answer. WildFly stops the host only after the application is undeployed, so these connections are closed first; a
 * request on a closed connection fails, and the balancer tries it on the next node. Requests in flight are over by
 * then: the server suspended first and waited for them. An HTTP/2 stream counts as a connection of its own in
 * Undertow and is left alone (a balancer speaks HTTP/1.1 to its nodes).
 */
final class BalancerConnections implements ServletContextListener {

    private final Set<ServerConnection> open = ConcurrentHashMap.newKeySet();

    /** {@code next}, remembering the connection of each request until that connection closes. */
    HttpHandler remembering(HttpHandler next) {
        return exchange -> {
            ServerConnection connection = exchange.getConnection();
            if (connection instanceof HttpServerConnection && open.add(connection)) {
                connection.addCloseListener(open::remove);
            }
            next.handleRequest(exchange);
        };
    }

    @Override
    public void contextDestroyed(ServletContextEvent stopped) {
        open.forEach(BalancerConnections::close);
    }

    /**
     * Closes it from this thread: closing a connection is safe from any thread (XNIO's), and its I/O thread is not
     * ours to reach (the application sees no XNIO type).
     */
    private static void close(ServerConnection connection) {
        try {
            connection.close();
        } catch (IOException alreadyBroken) {
            // closed either way: nothing is left to tell the balancer
        }
    }
}
