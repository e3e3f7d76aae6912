package org.bulletincms.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A webhook receiver on 127.0.0.1 whose failure the test chooses, on a plain socket so that it can fail the way
 * real receivers do: {@link #down()} (nothing listens: connection refused), {@link #hanging()} (it accepts the
 * connection and then answers nothing, or trickles a never-ending status line one byte at a time, alternately:
 * a slowloris) and {@link #up()} (it reads each request and answers 200). It keeps its port across these, so the
 * registered URL stays the same. It records every request it answered and how long each hanging connection was
 * held before the sender gave up on it.
 */
final class FaultyWebhookReceiver implements AutoCloseable {

    /** A request answered 200: its webhook-id and body. */
    record Accepted(String id, String body, Instant at) {}

    private enum Mode {
        DOWN,
        HANGING,
        UP
    }

    private final int port;
    private final ExecutorService connections = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "faulty-webhook-receiver");
        thread.setDaemon(true);
        return thread;
    });
    private final ConcurrentLinkedQueue<Accepted> accepted = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Duration> hangsEndedBySender = new ConcurrentLinkedQueue<>();
    private volatile Mode mode = Mode.DOWN;
    private volatile ServerSocket listening;
    private int hangingConnections;

    /** Starts down, on a port that was free a moment ago. */
    FaultyWebhookReceiver() throws IOException {
        try (ServerSocket probe = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
            port = probe.getLocalPort();
        }
    }

    String url() {
        return "http://127.0.0.1:" + port + "/hook";
    }

    synchronized void down() throws IOException {
        mode = Mode.DOWN;
        if (listening != null) {
            listening.close();
            listening = null;
        }
    }

    synchronized void hanging() throws IOException {
        mode = Mode.HANGING;
        listen();
    }

    /** Answers 200 to every new connection; those already hanging go on hanging. */
    synchronized void up() throws IOException {
        mode = Mode.UP;
        listen();
    }

    List<Accepted> accepted() {
        return List.copyOf(accepted);
    }

    /** How long each hanging connection lasted until the sender closed it. */
    List<Duration> hangsEndedBySender() {
        return List.copyOf(hangsEndedBySender);
    }

    private void listen() throws IOException {
        if (listening != null) {
            return;
        }
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port));
        listening = socket;
        connections.execute(() -> acceptAll(socket));
    }

    private void acceptAll(ServerSocket socket) {
        while (!socket.isClosed()) {
            try {
                Socket connection = socket.accept();
                connections.execute(() -> serve(connection));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket connection) {
        try (connection) {
            if (mode == Mode.UP) {
                answer(connection);
            } else {
                boolean trickle;
                synchronized (this) {
                    trickle = hangingConnections++ % 2 == 1;
                }
                hang(connection, trickle);
            }
        } catch (IOException e) {
            // the sender went away; nothing to record
        }
    }

    private void answer(Socket connection) throws IOException {
        InputStream in = connection.getInputStream();
        String head = readHead(in);
        int length = 0;
        String id = null;
        for (String line : head.split("\r\n")) {
            String lower = line.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                length = Integer.parseInt(line.substring(line.indexOf(':') + 1).trim());
            } else if (lower.startsWith("webhook-id:")) {
                id = line.substring(line.indexOf(':') + 1).trim();
            }
        }
        String body = new String(in.readNBytes(length), StandardCharsets.UTF_8);
        OutputStream out = connection.getOutputStream();
        out.write("HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        accepted.add(new Accepted(id, body, Instant.now()));
    }

    /**
     * Holds the connection until the sender closes it (or a minute has passed, or the receiver is closed): silent,
     * or trickling a status line that never ends. A connection that began hanging goes on hanging after the
     * receiver comes {@link #up()}: only the sender's timeout may end it.
     */
    private void hang(Socket connection, boolean trickle) throws IOException {
        Instant start = Instant.now();
        InputStream in = connection.getInputStream();
        OutputStream out = connection.getOutputStream();
        byte[] statusLine = "HTTP/1.1 200 OK-but-very-slowly".getBytes(StandardCharsets.US_ASCII);
        byte[] buffer = new byte[8192];
        connection.setSoTimeout(500); // the pace of the trickle, and how soon a change of mode is seen
        boolean closedBySender = false;
        Instant giveUp = start.plus(Duration.ofMinutes(1));
        for (int sent = 0;
                !closedBySender && !connections.isShutdown() && Instant.now().isBefore(giveUp); ) {
            try {
                if (trickle) {
                    out.write(statusLine[sent++ % statusLine.length]);
                    out.flush();
                }
                closedBySender = in.read(buffer) < 0;
            } catch (SocketTimeoutException stillOpen) {
                // nothing came, and the sender has not closed: hang on
            } catch (IOException reset) {
                closedBySender = true;
            }
        }
        if (closedBySender) {
            hangsEndedBySender.add(Duration.between(start, Instant.now()));
        }
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        while (matched < 4) {
            int next = in.read();
            if (next < 0) {
                throw new IOException("the request ended inside its head");
            }
            head.write(next);
            matched = next == end[matched] ? matched + 1 : next == '\r' ? 1 : 0;
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() throws IOException {
        mode = Mode.DOWN;
        down();
        connections.shutdownNow();
    }
}
