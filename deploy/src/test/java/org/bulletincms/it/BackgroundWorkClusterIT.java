package org.bulletincms.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.bulletincms.it.fault.ClusterSuite;
import org.bulletincms.it.fault.FaultTimes;
import org.bulletincms.it.fault.OwnWildFly;
import org.bulletincms.it.fault.Polling;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Background work done once by two nodes (issue 16): both nodes poll the schedule and both send webhooks, from one
 * PostgreSQL ({@link ClusterSuite}). A scheduled issue is published once and announced once; the events of one issue
 * reach an endpoint in the order they happened although they happened on different nodes, and a delivery that keeps
 * failing holds back only the later events of its own issue, which the endpoint's status shows. The times seen are
 * written to {@code target/fault-times.txt}.
 */
@Tag(ClusterSuite.TAG)
@ExtendWith(ClusterSuite.class)
@EnabledIfSystemProperty(named = ClusterSuite.ENABLED, matches = "true")
class BackgroundWorkClusterIT {

    private static final List<String> SAMPLES = List.of("declaration/2024-2-chaillot");

    /** The schedule is polled every 5 s on each node; generous for a loaded machine. */
    private static final Duration SCHEDULE_RUNS = Duration.ofSeconds(120);

    /** Webhooks are polled every second and retried within 2 s (the tests' settings); generous all the same. */
    private static final Duration DELIVERED = Duration.ofSeconds(90);

    /**
     * A killed node is gone after four missed heartbeats (20 s), looked for once a heartbeat, and the parse takes 12
     * s: generous for a loaded machine.
     */
    private static final Duration TAKEN_OVER = Duration.ofSeconds(180);

    private final List<String> endpoints = new ArrayList<>();
    private final List<Receiver> receivers = new ArrayList<>();

    @AfterEach
    void removeEndpointsAndReceivers() {
        endpoints.forEach(id -> Api.as(DemoUser.ADAM)
                .send("DELETE", "/api/v1/webhooks/" + id, HttpRequest.BodyPublishers.noBody(), null));
        receivers.forEach(receiver -> receiver.server.stop(0));
    }

    @Test
    void issuesScheduledWhileBothNodesPollArePublishedOnceAndAnnouncedOnce() throws IOException {
        Receiver receiver = receiver();
        String endpoint = register(receiver, "issue.published");
        // three issues due at the same moment: both nodes find them due at their next polls, and race for each
        List<String> issues = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            issues.add(approved());
        }
        Instant at = Instant.now().plusSeconds(10);
        for (String issue : issues) {
            Workflow.ok(Api.as(DemoUser.EDITH)
                    .post(
                            "/api/v1/issues/" + issue + "/workflow/schedule-publication",
                            Json.createObjectBuilder().add("at", at.toString()).build()));
        }

        Polling.await(
                "every scheduled issue published",
                SCHEDULE_RUNS,
                () -> Optional.of(true)
                        .filter(all -> issues.stream()
                                .allMatch(id -> Workflow.stage(id).equals("published"))));
        FaultTimes.record(
                "3 issues scheduled for one moment, both nodes polling: all published", since(at), SCHEDULE_RUNS);
        Polling.await(
                "the announcements sent and nothing left to send",
                DELIVERED,
                () -> Optional.of(true)
                        .filter(sent -> issues.stream()
                                        .allMatch(id -> !receiver.about(id).isEmpty())
                                && status(endpoint).getInt("backlog") == 0));
        FaultTimes.record("3 scheduled issues: each issue.published webhook received", since(at), DELIVERED);

        for (String issue : issues) {
            assertAll(
                    issue,
                    () -> assertEquals(List.of("issue.published"), receiver.typesAbout(issue), "one announcement"),
                    () -> assertEquals(1, editions(issue), "one edition"),
                    () -> assertEquals(1, publishEntries(issue), "one publish in the audit log"));
        }
        String logs = nodeA().serverLogText() + nodeB().serverLogText();
        issues.forEach(issue ->
                assertEquals(1, count(logs, "Published issue " + issue + " as scheduled"), "published by one node"));
    }

    @Test
    void eventsOfOneIssueReachAnEndpointInOrderAndAFailingOneHoldsBackOnlyItsOwnIssue() throws IOException {
        Receiver receiver = receiver();
        String endpoint = register(receiver, "issue.published", "issue.unpublished");
        SeedIssue2024No2 failing = SeedIssue2024No2.inTranslation(SAMPLES);
        receiver.refuse(failing.issue());

        failing.publish(); // on node A
        Polling.await(
                "the publication's announcement refused at least once",
                DELIVERED,
                () -> Optional.of(true).filter(refused -> receiver.refusedAbout(failing.issue()) > 0));
        // on node B: its own dispatcher must not send the unpublication while A's publication is still failing
        Workflow.ok(Api.as(DemoUser.ANNA)
                .post(
                        nodeB().url()
                                .resolve("/api/v1/issues/" + failing.issue() + "/workflow/unpublish")
                                .toString(),
                        Json.createObjectBuilder().add("comment", "应合作伙伴要求撤下本期").build()));
        SeedIssue2024No2 other = SeedIssue2024No2.published(SAMPLES);

        Polling.await(
                "the other issue's announcement delivered while the first issue's fails",
                DELIVERED,
                () -> Optional.of(true)
                        .filter(sent -> !receiver.about(other.issue()).isEmpty()));
        JsonObject holding = Polling.await(
                        "the endpoint's status showing the unpublication held back",
                        DELIVERED,
                        () -> Optional.of(status(endpoint)).filter(status -> status.getInt("heldBack") == 1))
                .value();
        assertAll(
                () -> assertEquals(List.of(), receiver.typesAbout(failing.issue()), "nothing of it accepted"),
                () -> assertEquals(2, holding.getInt("backlog"), holding::toString),
                () -> assertEquals(List.of("issue.published"), receiver.typesAbout(other.issue())));

        receiver.accept(failing.issue());
        long accepted = System.nanoTime();
        Polling.await(
                "both events of the issue delivered",
                DELIVERED,
                () -> Optional.of(true)
                        .filter(both -> receiver.typesAbout(failing.issue()).size() == 2));
        FaultTimes.record(
                "held-back webhook events delivered once the receiver accepts again",
                Duration.ofNanos(System.nanoTime() - accepted),
                DELIVERED);

        assertEquals(
                List.of("issue.published", "issue.unpublished"),
                receiver.typesAbout(failing.issue()),
                "published (node A) before unpublished (node B)");
        JsonObject after = Polling.await(
                        "nothing left to send",
                        DELIVERED,
                        () -> Optional.of(status(endpoint)).filter(status -> status.getInt("backlog") == 0))
                .value();
        assertEquals(0, after.getInt("heldBack"), after::toString);
    }

    @Test
    void forwardedHeadersAreBelievedOnlyFromAConfiguredProxy() {
        // node B trusts 127.0.0.1 as its balancer (cms.trusted-proxies, ClusterSuite); node A trusts no one
        JsonObject registration = Json.createObjectBuilder()
                .add("url", "http://127.0.0.1:9/hook")
                .add("events", Json.createArrayBuilder().add("issue.published"))
                .build();
        Api.Reply onA =
                forwarded().post(nodeA().url().resolve("/api/v1/webhooks").toString(), registration);
        Api.Reply onB =
                forwarded().post(nodeB().url().resolve("/api/v1/webhooks").toString(), registration);
        endpoints.add(onA.json().getString("id"));
        endpoints.add(onB.json().getString("id"));

        assertAll(
                () -> assertEquals(201, onA.status(), onA::toString),
                () -> assertEquals(201, onB.status(), onB::toString),
                () -> assertEquals(
                        nodeA().url()
                                .resolve("/api/v1/webhooks/" + onA.json().getString("id"))
                                .toString(),
                        onA.header("Location").orElseThrow(),
                        "node A ignores the headers"),
                () -> assertEquals(
                        "https://bulletin.example.org/api/v1/webhooks/"
                                + onB.json().getString("id"),
                        onB.header("Location").orElseThrow(),
                        "node B believes its proxy"));
    }

    /**
     * {@code kill -9} of the node extracting a report, mid-parse: the other node sees it gone from the node roster
     * (four missed heartbeats) and queues the extraction again, then extracts it itself; the killed node is started
     * again for the tests after this one.
     */
    @Test
    void anExtractionOnANodeKilledMidParseIsFinishedByTheOther() throws Exception {
        String marker = UUID.randomUUID().toString();
        String id = Sources.upload(
                        DemoUser.EDITH,
                        ("BULLETIN-TEST-SLOW 12\n另一节点完成的提取 " + marker + "\n").getBytes(StandardCharsets.UTF_8),
                        "slow-" + marker + ".txt")
                .json()
                .getString("id");
        String holder = Polling.await(
                        "the report claimed by a node's parser", Duration.ofSeconds(60), () -> extractingNode(id))
                .value();
        OwnWildFly killed = holder.equals("node-a") ? nodeA() : nodeB();
        OwnWildFly other = killed == nodeA() ? nodeB() : nodeA();
        long kill = System.nanoTime();
        killed.kill();
        try {
            JsonObject done = Polling.await(
                            "the other node finishing the extraction",
                            TAKEN_OVER,
                            () -> Optional.of(source(other, id))
                                    .filter(source -> Set.of("done", "failed").contains(source.getString("status"))))
                    .value();
            FaultTimes.record(
                    "kill -9 of the node extracting: the other node finished it (12 s parse)",
                    Duration.ofNanos(System.nanoTime() - kill),
                    TAKEN_OVER);
            assertEquals("done", done.getString("status"), done::toString);
            assertEquals(other == nodeA() ? "node-a" : "node-b", extractedBy(id), "the other node extracted it");
            assertTrue(
                    Api.as(DemoUser.EDITH)
                            .get(other.url()
                                    .resolve("/api/v1/sources/" + id + "/text")
                                    .toString())
                            .body()
                            .contains("另一节点完成的提取 " + marker),
                    "its text is served");
        } finally {
            FaultTimes.record(
                    "WildFly " + holder + " restart after kill -9 during an extraction",
                    killed.start(),
                    OwnWildFly.START_DEADLINE);
        }
    }

    // --- the nodes and what they are asked -------------------------------------------------------------------

    private static JsonObject source(OwnWildFly node, String id) {
        Api.Reply reply = Api.as(DemoUser.EDITH)
                .get(node.url().resolve("/api/v1/sources/" + id).toString());
        if (reply.status() != 200) {
            throw new AssertionError(reply.toString());
        }
        return reply.json();
    }

    /** The node whose parser holds the source, read from PostgreSQL; empty until one does. */
    private static Optional<String> extractingNode(String id) {
        try (Connection db = ClusterSuite.rig().postgres().connect();
                PreparedStatement query = db.prepareStatement(
                        "select extracted_by_node from source_document where id = ? and status = 'EXTRACTING'")) {
            query.setObject(1, UUID.fromString(id));
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.ofNullable(row.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String extractedBy(String id) throws SQLException {
        try (Connection db = ClusterSuite.rig().postgres().connect();
                PreparedStatement query =
                        db.prepareStatement("select extracted_by_node from source_document where id = ?")) {
            query.setObject(1, UUID.fromString(id));
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }

    private static OwnWildFly nodeA() {
        return ClusterSuite.rig().nodeA();
    }

    private static OwnWildFly nodeB() {
        return ClusterSuite.rig().nodeB();
    }

    private static Api forwarded() {
        return Api.as(DemoUser.ADAM)
                .header("X-Forwarded-For", "203.0.113.7")
                .header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Host", "bulletin.example.org")
                .header("X-Forwarded-Port", "443");
    }

    /** A new issue of a new seed publication, translated and approved: ready to be scheduled. */
    private static String approved() {
        String issue = SeedIssue2024No2.inTranslation(SAMPLES).issue();
        Workflow.ok(Workflow.markDone(DemoUser.TOM, issue, "en"));
        Workflow.ok(Workflow.take(DemoUser.EDITH, issue, "submit-for-review", null));
        Workflow.ok(Workflow.take(DemoUser.ANNA, issue, "approve", "可以发布"));
        return issue;
    }

    private static int editions(String issue) {
        return Api.as(DemoUser.TOM)
                .get("/api/v1/issues/" + issue + "/editions")
                .json()
                .getJsonArray("editions")
                .size();
    }

    private static long publishEntries(String issue) {
        return Api.as(DemoUser.ANNA)
                .get("/api/v1/audit?issue=" + issue + "&action=publish")
                .json()
                .getJsonArray("entries")
                .size();
    }

    private String register(Receiver receiver, String... events) {
        Api.Reply created = Api.as(DemoUser.ADAM)
                .post(
                        "/api/v1/webhooks",
                        Json.createObjectBuilder()
                                .add("url", receiver.url())
                                .add("events", Json.createArrayBuilder(List.of(events)))
                                .build());
        assertEquals(201, created.status(), created::toString);
        String id = created.json().getString("id");
        endpoints.add(id);
        return id;
    }

    private static JsonObject status(String endpoint) {
        Api.Reply reply = Api.as(DemoUser.ADAM).get("/api/v1/webhooks/" + endpoint);
        assertEquals(200, reply.status(), reply::toString);
        return reply.json().getJsonObject("status");
    }

    private Receiver receiver() throws IOException {
        Receiver receiver = new Receiver();
        receivers.add(receiver);
        return receiver;
    }

    private static Duration since(Instant at) {
        return Duration.between(at, Instant.now());
    }

    private static int count(String text, String part) {
        int found = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            found++;
        }
        return found;
    }

    /**
     * A webhook receiver on 127.0.0.1 that answers 500 to the messages about the issues it is told to
     * {@link #refuse} and 200 to the others, and keeps the accepted ones in the order they came.
     */
    private static final class Receiver {

        private final HttpServer server;
        private final ConcurrentLinkedQueue<JsonObject> accepted = new ConcurrentLinkedQueue<>();
        private final ConcurrentLinkedQueue<String> refused = new ConcurrentLinkedQueue<>();
        private final Set<String> refusing = ConcurrentHashMap.newKeySet();

        Receiver() throws IOException {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
            server.createContext("/", exchange -> {
                JsonObject message;
                try (var reader = Json.createReader(new StringReader(
                        new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)))) {
                    message = reader.readObject();
                }
                String issue = message.getJsonObject("data").getString("issue");
                int answer = refusing.contains(issue) ? 500 : 200;
                if (answer == 200) {
                    accepted.add(message);
                } else {
                    refused.add(issue);
                }
                exchange.sendResponseHeaders(answer, -1);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.flush();
                }
            });
            server.start();
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
        }

        void refuse(String issue) {
            refusing.add(issue);
        }

        void accept(String issue) {
            refusing.remove(issue);
        }

        List<JsonObject> about(String issue) {
            return accepted.stream()
                    .filter(message ->
                            message.getJsonObject("data").getString("issue").equals(issue))
                    .toList();
        }

        List<String> typesAbout(String issue) {
            return about(issue).stream()
                    .map(message -> message.getString("type"))
                    .toList();
        }

        long refusedAbout(String issue) {
            return refused.stream().filter(issue::equals).count();
        }
    }
}
