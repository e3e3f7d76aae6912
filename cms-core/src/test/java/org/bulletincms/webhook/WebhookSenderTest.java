package org.bulletincms.webhook;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpServer;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WebhookSenderTest {

    private static final String BODY = "{\"type\":\"issue.published\"}";
    private static final String RECEIVER_BODY = "receiver-private-answer";
    private static final AddressPolicy.Resolver LOOPBACK =
            host -> new InetAddress[] {InetAddress.getByName("127.0.0.1")};

    private final List<String> paths = new CopyOnWriteArrayList<>();
    private final List<Headers> headers = new CopyOnWriteArrayList<>();
    private final List<String> bodies = new CopyOnWriteArrayList<>();
    private final List<AutoCloseable> toClose = new ArrayList<>();
    private HttpServer server;

    /** A loopback receiver answering {@code status} (and a redirect target that would answer 200) with a body. */
    private int receiverAnswering(int status, int bodyBytes) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        server.createContext("/", exchange -> {
            paths.add(exchange.getRequestURI().getPath());
            headers.add(exchange.getRequestHeaders());
            bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.getResponseHeaders().add("Location", "/elsewhere");
            byte[] reply =
                    RECEIVER_BODY.repeat(bodyBytes / RECEIVER_BODY.length() + 1).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(
                    exchange.getRequestURI().getPath().equals("/elsewhere") ? 200 : status, reply.length);
            try {
                exchange.getResponseBody().write(reply);
            } catch (IOException hungUpOn) {
                // The sender may stop reading a long answer; that is its right.
            }
            exchange.close();
        });
        server.start();
        return server.getAddress().getPort();
    }

    private int receiverAnswering(int status) throws IOException {
        return receiverAnswering(status, RECEIVER_BODY.length());
    }

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable closeable : toClose) {
            closeable.close();
        }
        if (server != null) {
            server.stop(0);
        }
    }

    private static WebhookOutbox.Claim claim(String url, WebhookSecret secret) {
        return new WebhookOutbox.Claim(
                UUID.randomUUID(), UUID.randomUUID(), WebhookUrl.parse(url), List.of(secret), BODY, 1);
    }

    private static WebhookOutbox.Claim claim(String url) {
        return claim(url, WebhookSecret.generate());
    }

    private WebhookSender sender(String allowList, AddressPolicy.Resolver resolver) {
        WebhookSender sender = new WebhookSender(AddressPolicy.allowing(allowList), resolver, Duration.ofSeconds(2), 4);
        toClose.add(sender);
        return sender;
    }

    @Test
    void aHostThatNowResolvesToAPrivateAddressIsNotSentTo() {
        WebhookSender sender = sender("", host -> new InetAddress[] {InetAddress.getByName("10.0.0.5")});

        AttemptOutcome outcome =
                sender.send(claim("https://hooks.example.org/x"), Instant.now()).join();

        assertEquals(AttemptOutcome.notSent("address-refused"), outcome);
    }

    @Test
    void aNameThatRebindsToLoopbackAfterTheCheckIsRefusedAndLoopbackIsNeverReached() throws IOException {
        int port = receiverAnswering(200);
        AtomicInteger lookups = new AtomicInteger();
        AddressPolicy.Resolver rebinding = host ->
                new InetAddress[] {InetAddress.getByName(lookups.getAndIncrement() == 0 ? "203.0.113.7" : "127.0.0.1")};

        AttemptOutcome outcome = sender("", rebinding)
                .send(claim("http://rebinding.test:" + port + "/hook"), Instant.now())
                .join();

        assertAll(
                () -> assertEquals(AttemptOutcome.notSent("address-refused"), outcome),
                () -> assertEquals(List.of(), paths, "the loopback receiver was never asked"));
    }

    @Test
    void anAllowListedReceiverGetsTheSignedPostAtTheAddressTheGuardResolved() throws IOException {
        int port = receiverAnswering(200);
        WebhookSecret secret = WebhookSecret.generate();
        WebhookOutbox.Claim claim = claim("http://receiver.test:" + port + "/hook", secret);
        Instant now = Instant.ofEpochSecond(1_700_000_000);

        AttemptOutcome outcome = sender("127.0.0.1", LOOPBACK).send(claim, now).join();

        Headers sent = headers.get(0);
        assertAll(
                () -> assertEquals(AttemptOutcome.answered(200), outcome),
                () -> assertTrue(outcome.delivered(), outcome::toString),
                () -> assertFalse(outcome.toString().contains(RECEIVER_BODY), outcome::toString),
                () -> assertEquals(List.of(BODY), bodies),
                () -> assertEquals(claim.deliveryId().toString(), sent.getFirst("webhook-id")),
                () -> assertEquals("1700000000", sent.getFirst("webhook-timestamp")),
                () -> assertEquals(
                        WebhookSignature.of(secret, claim.deliveryId().toString(), 1_700_000_000, BODY),
                        sent.getFirst("webhook-signature")),
                () -> assertTrue(sent.getFirst("Content-Type").startsWith("application/json")),
                () -> assertEquals("receiver.test:" + port, sent.getFirst("Host")));
    }

    @Test
    void redirectsAreNotFollowedAndDoNotCountAsDelivered() throws IOException {
        int port = receiverAnswering(302);

        AttemptOutcome outcome = sender("127.0.0.1", LOOPBACK)
                .send(claim("http://receiver.test:" + port + "/hook"), Instant.now())
                .join();

        assertAll(
                () -> assertEquals(AttemptOutcome.answered(302), outcome),
                () -> assertFalse(outcome.delivered()),
                () -> assertEquals(List.of("/hook"), paths, "the redirect target was never asked"));
    }

    @Test
    void aReceiverThatAnswersAtLengthIsAnsweredWithItsStatusAlone() throws IOException {
        int port = receiverAnswering(201, 4 * StatusOnlyResponse.DRAINED_BYTES_LIMIT);

        AttemptOutcome outcome = sender("127.0.0.1", LOOPBACK)
                .send(claim("http://receiver.test:" + port + "/hook"), Instant.now())
                .join();

        assertEquals(AttemptOutcome.answered(201), outcome);
    }

    @Test
    void aReceiverThatIsDownIsARefusedConnectionNotAnError() throws IOException {
        int port = receiverAnswering(200);
        server.stop(0);
        server = null;

        AttemptOutcome outcome = sender("127.0.0.1", LOOPBACK)
                .send(claim("http://receiver.test:" + port + "/hook"), Instant.now())
                .join();

        assertEquals(AttemptOutcome.notSent("connection-refused"), outcome);
    }

    @Test
    void aReceiverThatNeverAnswersIsATimeout() throws IOException {
        try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            WebhookSender impatient =
                    new WebhookSender(AddressPolicy.allowing("127.0.0.1"), LOOPBACK, Duration.ofMillis(200), 1);
            toClose.add(impatient);

            AttemptOutcome outcome = impatient
                    .send(claim("http://receiver.test:" + silent.getLocalPort() + "/hook"), Instant.now())
                    .join();

            assertEquals(AttemptOutcome.notSent("timeout"), outcome);
        }
    }

    @Test
    void anEndpointKeptFromBeforeWithAnOctalLoopbackHostIsNotSentToAndSaysWhy() throws IOException {
        int port = receiverAnswering(200);

        AttemptOutcome outcome = sender("127.0.0.1", LOOPBACK)
                .send(claim("http://0177.0.0.1:" + port + "/hook"), Instant.now())
                .join();

        assertAll(
                () -> assertEquals(AttemptOutcome.notSent("ambiguous-ip"), outcome),
                () -> assertEquals(List.of(), paths, "the receiver saw nothing"));
    }

    @Test
    void aHostWithoutAddressesIsUnresolvable() {
        AttemptOutcome outcome = sender("", host -> new InetAddress[0])
                .send(claim("https://nowhere.test/hook"), Instant.now())
                .join();

        assertEquals(AttemptOutcome.notSent("unresolvable"), outcome);
    }

    @Test
    void anHttpsReceiverIsGreetedWithTheHostNameOfItsUrlNotTheAddress() throws IOException {
        try (ServerSocket tls = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            CompletableFuture<String> clientHello = CompletableFuture.supplyAsync(() -> firstTlsRecord(tls));

            AttemptOutcome outcome = sender("127.0.0.1", LOOPBACK)
                    .send(claim("https://hooks.example.test:" + tls.getLocalPort() + "/hook"), Instant.now())
                    .join();

            assertAll(
                    () -> assertTrue(clientHello.join().contains("hooks.example.test"), "SNI names the URL's host"),
                    () -> assertFalse(outcome.delivered(), outcome::toString));
        }
    }

    /** The TLS ClientHello as Latin-1 text, in which a server name stands in the clear; then hangs up. */
    private static String firstTlsRecord(ServerSocket listening) {
        try (Socket connection = listening.accept()) {
            connection.setSoTimeout(5000);
            DataInputStream in = new DataInputStream(connection.getInputStream());
            byte[] header = new byte[5];
            in.readFully(header);
            byte[] record = new byte[((header[3] & 0xff) << 8) | (header[4] & 0xff)];
            in.readFully(record);
            return new String(record, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
