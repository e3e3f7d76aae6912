package org.bulletincms.webhook;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WebhookSenderTest {

    private static final String BODY = "{\"type\":\"issue.published\"}";

    private final List<String> paths = new CopyOnWriteArrayList<>();
    private final List<Headers> headers = new CopyOnWriteArrayList<>();
    private HttpServer server;

    private String receiverAnswering(int status) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        server.createContext("/", exchange -> {
            paths.add(exchange.getRequestURI().getPath());
            headers.add(exchange.getRequestHeaders());
            exchange.getRequestBody().readAllBytes();
            exchange.getResponseHeaders().add("Location", "/elsewhere");
            byte[] reply = "private".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(exchange.getRequestURI().getPath().equals("/elsewhere") ? 200 : status,
                    reply.length);
            exchange.getResponseBody().write(reply);
            exchange.close();
        });
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private static WebhookOutbox.Claim claim(String url, WebhookSecret secret) {
        return new WebhookOutbox.Claim(UUID.randomUUID(), UUID.randomUUID(), WebhookUrl.parse(url), secret, BODY);
    }

    private static WebhookSender sender(String allowList, AddressPolicy.Resolver resolver) {
        return new WebhookSender(AddressPolicy.allowing(allowList), resolver, Duration.ofSeconds(2), Runnable::run);
    }

    @Test
    void aHostThatNowResolvesToAPrivateAddressIsNotSentTo() {
        WebhookSender sender = sender("", host -> new InetAddress[] {InetAddress.getByName("10.0.0.5")});

        AttemptOutcome outcome = sender.send(claim("https://hooks.example.org/x", WebhookSecret.generate()),
                Instant.now()).join();

        assertEquals(new AttemptOutcome(Optional.empty(), Optional.of("address-refused")), outcome);
    }

    @Test
    void aDeliveryIsPostedWithStandardWebhooksHeadersThatVerify() throws IOException {
        String url = receiverAnswering(204);
        WebhookSecret secret = WebhookSecret.generate();
        WebhookOutbox.Claim claim = claim(url, secret);
        Instant now = Instant.ofEpochSecond(1_700_000_000);

        AttemptOutcome outcome = sender("127.0.0.1", InetAddress::getAllByName).send(claim, now).join();

        Headers sent = headers.get(0);
        assertAll(
                () -> assertTrue(outcome.delivered(), outcome::toString),
                () -> assertEquals(claim.deliveryId().toString(), sent.getFirst("webhook-id")),
                () -> assertEquals("1700000000", sent.getFirst("webhook-timestamp")),
                () -> assertEquals(WebhookSignature.of(secret, claim.deliveryId().toString(), 1_700_000_000, BODY),
                        sent.getFirst("webhook-signature")),
                () -> assertTrue(sent.getFirst("Content-Type").startsWith("application/json")));
    }

    @Test
    void redirectsAreNotFollowedAndDoNotCountAsDelivered() throws IOException {
        String url = receiverAnswering(302);

        AttemptOutcome outcome = sender("127.0.0.1", InetAddress::getAllByName)
                .send(claim(url, WebhookSecret.generate()), Instant.now()).join();

        assertAll(
                () -> assertEquals(Optional.of(302), outcome.status()),
                () -> assertFalse(outcome.delivered()),
                () -> assertEquals(List.of("/hook"), paths, "the redirect target was never asked"));
    }

    @Test
    void aReceiverThatIsDownIsAFailedAttemptNotAnError() throws IOException {
        String url = receiverAnswering(200);
        server.stop(0);
        server = null;

        AttemptOutcome outcome = sender("127.0.0.1", InetAddress::getAllByName)
                .send(claim(url, WebhookSecret.generate()), Instant.now()).join();

        assertAll(
                () -> assertTrue(outcome.status().isEmpty(), outcome::toString),
                () -> assertTrue(outcome.error().isPresent(), outcome::toString));
    }
}
