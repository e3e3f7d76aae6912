package org.bulletincms.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;
import org.bulletincms.it.sources.parsers.MemoryExhaustingParser;
import org.bulletincms.it.sources.parsers.SlowParser;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The metrics an operator scrapes from {@code /metrics} on the management port, as Prometheus would, without
 * credentials: each moves when its event happens. Gauges read from the database are refreshed every few seconds,
 * so the tests poll the endpoint until they move, with a deadline.
 */
@ExtendWith(ArquillianExtension.class)
class MetricsIT {

    /** Several backlog refreshes (5 s) and a parser process on a loaded machine. */
    private static final Duration DEADLINE = Duration.ofSeconds(90);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return BulletinDeployment.forTests();
    }

    private final String adminToken = DemoUser.ADAM.token();
    private final List<String> endpoints = new ArrayList<>();
    private final List<HttpServer> receivers = new ArrayList<>();

    @AfterEach
    void removeEndpointsAndReceivers() {
        endpoints.forEach(id -> Api.withToken(adminToken)
                .send("DELETE", "/api/v1/webhooks/" + id, HttpRequest.BodyPublishers.noBody(), null));
        receivers.forEach(receiver -> receiver.stop(0));
    }

    @Test
    void metricsArePrometheusTextOnTheManagementPortWithoutCredentials() {
        Api.Reply reply =
                Api.anonymous().get(Api.management().resolve("/metrics").toString());

        assertEquals(200, reply.status(), reply::toString);
        assertTrue(reply.body().contains("# TYPE bulletin_sources_queued gauge"), reply.body());
        assertTrue(reply.body().contains("# TYPE bulletin_delivery_cache_requests_total counter"), reply.body());
        assertEquals(404, Api.anonymous().get("/metrics").status(), "not on the public HTTP port");
    }

    @Test
    void aFailedExtractionRaisesTheFailedSourcesCount() {
        double before = settled("bulletin_sources_failed");

        String id = Sources.upload(
                        DemoUser.EDITH,
                        (MemoryExhaustingParser.MAGIC + " " + UUID.randomUUID() + "\n")
                                .getBytes(StandardCharsets.UTF_8),
                        "oom.txt")
                .json()
                .getString("id");
        assertEquals("failed", Sources.finished(id).getString("status"));

        awaitValue("bulletin_sources_failed", failed -> failed >= before + 1, "the failed extraction counted");
    }

    @Test
    void sourcesWaitingForAParserShowAsTheExtractionQueue() {
        double queuedBefore = settled("bulletin_sources_queued");
        double extractingBefore = settled("bulletin_sources_extracting");

        // three slow files for the test server's two parser processes: one has to wait its turn
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(Sources.upload(
                            DemoUser.EDITH,
                            (SlowParser.MAGIC + " 10\n队列中的报告 " + UUID.randomUUID() + "\n")
                                    .getBytes(StandardCharsets.UTF_8),
                            "slow-" + i + ".txt")
                    .json()
                    .getString("id"));
        }

        awaitValue("bulletin_sources_queued", queued -> queued >= queuedBefore + 1, "a source waiting in the queue");
        ids.forEach(id -> assertEquals("done", Sources.finished(id).getString("status")));
        awaitValue("bulletin_sources_queued", queued -> queued <= queuedBefore, "the queue emptied again");
        awaitValue(
                "bulletin_sources_extracting",
                extracting -> extracting <= extractingBefore,
                "no extraction left running");
    }

    @Test
    void anEventForAReceiverThatIsDownRaisesTheWebhookBacklog() throws IOException {
        double pendingBefore = settled("bulletin_webhook_deliveries_pending");
        double retryingBefore = settled("bulletin_webhook_deliveries_retrying");
        register("http://127.0.0.1:" + closedPort() + "/hook");

        WorkflowIT.in("published");

        awaitValue(
                "bulletin_webhook_deliveries_pending",
                pending -> pending >= pendingBefore + 1,
                "the undelivered event in the backlog");
        awaitValue(
                "bulletin_webhook_deliveries_retrying",
                retrying -> retrying >= retryingBefore + 1,
                "the delivery retried after its receiver failed");
        awaitValue("bulletin_webhook_oldest_pending_seconds", age -> age > 0, "the age of the oldest pending event");
    }

    @Test
    void aDeliveryGivenUpRaisesTheFailedDeliveriesCount() throws IOException {
        double before = settled("bulletin_webhook_deliveries_failed");
        HttpServer gone = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        gone.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(410, -1);
            exchange.close();
        });
        gone.start();
        receivers.add(gone);
        register("http://127.0.0.1:" + gone.getAddress().getPort() + "/hook");

        WorkflowIT.in("published");

        awaitValue(
                "bulletin_webhook_deliveries_failed",
                failed -> failed >= before + 1,
                "the delivery its receiver answered 410 Gone to, given up");
    }

    @Test
    void aPublicationIsTimed() {
        Scrape before = Scrape.now();
        double count = before.value("bulletin_publish_seconds_count");
        double sum = before.value("bulletin_publish_seconds_sum");

        WorkflowIT.in("published");

        Scrape after = Scrape.now();
        assertAll(
                () -> assertTrue(after.value("bulletin_publish_seconds_count") >= count + 1, after::toString),
                () -> assertTrue(after.value("bulletin_publish_seconds_sum") > sum, after::toString),
                () -> assertTrue(after.value("bulletin_publish_seconds_max") > 0, after::toString));
    }

    @Test
    void aRepeatedDeliveryRequestIsAHitAndItsFirstRequestAMiss() {
        WorkflowIT.Fixture published = WorkflowIT.in("published");
        String slug = Api.as(DemoUser.ADAM)
                .get("/api/v1/publications/" + published.publication())
                .json()
                .getString("slug");
        String url = "/api/delivery/v1/publications/" + slug + "/issues/2024/2";
        Scrape before = Scrape.now();

        assertEquals(200, Api.anonymous().get(url).status());
        Scrape afterFirst = Scrape.now();
        assertEquals(200, Api.anonymous().get(url).status());
        Scrape afterSecond = Scrape.now();

        String name = "bulletin_delivery_cache_requests_total";
        assertAll(
                () -> assertEquals(before.value(name, "result", "miss") + 1, afterFirst.value(name, "result", "miss")),
                () -> assertEquals(before.value(name, "result", "hit"), afterFirst.value(name, "result", "hit")),
                () -> assertEquals(
                        afterFirst.value(name, "result", "hit") + 1, afterSecond.value(name, "result", "hit")),
                () -> assertEquals(
                        afterFirst.value(name, "result", "miss"), afterSecond.value(name, "result", "miss")));
    }

    @Test
    void theDatabasePoolIsMeasured() {
        assertEquals(200, Api.as(DemoUser.EDITH).get("/api/v1/sources").status());

        Scrape scrape = Scrape.now();

        assertAll(
                () -> assertTrue(
                        scrape.value("datasources_pool_max_used_count", "name", "CmsDS") >= 1,
                        "statistics are on: the pool counted the connections it lent"),
                () -> assertTrue(scrape.value("datasources_pool_available_count", "name", "CmsDS") >= 1),
                () -> assertFalse(scrape.find("datasources_pool_in_use_count", "name", "CmsDS")
                        .isEmpty()),
                () -> assertFalse(scrape.find("datasources_pool_wait_count", "name", "CmsDS")
                        .isEmpty()));
    }

    private void register(String url) {
        Api.Reply created = Api.withToken(adminToken)
                .post(
                        "/api/v1/webhooks",
                        Json.createObjectBuilder()
                                .add("url", url)
                                .add("events", Json.createArrayBuilder().add("issue.published"))
                                .build());
        assertEquals(201, created.status(), created::toString);
        endpoints.add(created.json().getString("id"));
    }

    /** A loopback port nothing listens on: a receiver that is down. */
    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }

    /** A gauge's value once the backlog has been read from the database (it is NaN until then). */
    private static double settled(String gauge) {
        return awaitValue(gauge, value -> !value.isNaN(), "a first reading");
    }

    private static double awaitValue(String name, Predicate<Double> wanted, String what) {
        Instant deadline = Instant.now().plus(DEADLINE);
        while (true) {
            double value = Scrape.now().value(name);
            if (wanted.test(value)) {
                return value;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("no " + what + " (" + name + " is " + value + ") within " + DEADLINE);
            }
            LockSupport.parkNanos(Duration.ofMillis(500).toNanos());
        }
    }
}
