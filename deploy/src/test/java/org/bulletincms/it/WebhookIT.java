package org.bulletincms.it;

import static org.bulletincms.it.ApiAssertions.assertProblem;
import static org.bulletincms.it.ApiAssertions.errorPointers;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntUnaryOperator;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Webhooks as a front-end site sees them: admins register loopback receivers (loopback is allow-listed for the
 * tests only, in {@code it.java-opts}), publishing an issue makes a signed Standard Webhooks delivery, a receiver
 * that is down gets every event once it is back, also across a server restart, and also when it hung meanwhile,
 * without delaying other endpoints; a failing endpoint says so in its status, what was given up is replayed with
 * one request, 410 disables, the SSRF guard refuses internal addresses in every spelling, and the delivery log
 * never repeats what a receiver answered.
 */
@ExtendWith(ArquillianExtension.class)
class WebhookIT {

    /** What every test receiver writes into its answers; it must never come back through the API. */
    private static final String RECEIVER_BODY = "receiver-private-answer-7f3c2a";

    private static final Duration DEADLINE = Duration.ofSeconds(90);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return BulletinDeployment.forTests();
    }

    /** One token per test: polling the API must not look like a password-guessing attack to Keycloak. */
    private final String adminToken = DemoUser.ADAM.token();

    private final List<Receiver> receivers = new ArrayList<>();
    private final List<String> endpoints = new ArrayList<>();

    @AfterEach
    void removeEndpointsAndReceivers() {
        endpoints.forEach(
                id -> admin().send("DELETE", "/api/v1/webhooks/" + id, HttpRequest.BodyPublishers.noBody(), null));
        receivers.forEach(receiver -> receiver.server.stop(0));
    }

    // --- registration -----------------------------------------------------------------------------------------

    @Test
    void onlyAdminsManageWebhooks() {
        JsonObject body = registration("http://127.0.0.1:9/hook");
        assertAll(
                () -> assertProblem(Api.as(DemoUser.EDITH).post("/api/v1/webhooks", body), 403, "forbidden"),
                () -> assertProblem(Api.as(DemoUser.ANNA).get("/api/v1/webhooks"), 403, "forbidden"),
                () -> assertProblem(Api.anonymous().post("/api/v1/webhooks", body), 401, "unauthenticated"),
                () -> assertProblem(Api.anonymous().get("/api/v1/webhooks"), 401, "unauthenticated"));
    }

    @Test
    void theSigningSecretIsShownOnceOnRegistrationAndNeverAgain() {
        Api.Reply created = admin().post("/api/v1/webhooks", registration("http://127.0.0.1:9/hook"));

        assertEquals(201, created.status(), created::toString);
        JsonObject endpoint = created.json();
        endpoints.add(endpoint.getString("id"));
        String secret = endpoint.getString("secret");
        assertTrue(secret.matches("whsec_[A-Za-z0-9+/]{43}="), secret);
        assertTrue(endpoint.getBoolean("enabled"));
        assertEquals(
                List.of("issue.corrected", "issue.published"),
                endpoint.getJsonArray("events").getValuesAs(jakarta.json.JsonString.class).stream()
                        .map(jakarta.json.JsonString::getString)
                        .sorted()
                        .toList());
        Api.Reply one = admin().get("/api/v1/webhooks/" + endpoint.getString("id"));
        Api.Reply all = admin().get("/api/v1/webhooks");
        assertAll(
                () -> assertEquals(200, one.status(), one::toString),
                () -> assertFalse(one.body().contains(secret), one::toString),
                () -> assertFalse(one.json().containsKey("secret"), one::toString),
                () -> assertTrue(all.body().contains(endpoint.getString("id")), all::toString),
                () -> assertFalse(all.body().contains(secret), all::toString));
    }

    @Test
    void registrationRefusesUrlsThatReachInternalAddresses() {
        for (String url : List.of(
                "http://10.0.0.1/hook",
                "http://169.254.169.254/latest/meta-data/",
                "http://100.64.0.1/hook",
                "http://224.0.0.1/hook",
                "http://0.0.0.0:8080/hook",
                "http://192.168.1.1/hook",
                "http://[fe80::1]/hook",
                "ftp://127.0.0.1/hook")) {
            Api.Reply refused = admin().post("/api/v1/webhooks", registration(url));
            assertProblem(refused, 422, "invalid-content");
            assertEquals(List.of("/url"), errorPointers(refused), refused::toString);
        }
        Api.Reply kind = admin().post("/api/v1/webhooks", registration("http://169.254.169.254/"));
        assertTrue(kind.json().getString("detail").contains("link-local"), kind::toString);
        Api.Reply chinese = admin().header("Accept-Language", "zh-CN")
                .post("/api/v1/webhooks", registration("http://10.0.0.1/hook"));
        Api.Reply english =
                admin().header("Accept-Language", "en").post("/api/v1/webhooks", registration("http://10.0.0.1/hook"));
        assertProblem(chinese, 422, "invalid-content");
        JsonObject chineseError = chinese.json().getJsonArray("errors").getJsonObject(0);
        JsonObject englishError = english.json().getJsonArray("errors").getJsonObject(0);
        assertAll(
                () -> assertEquals("url.address-refused", chineseError.getString("code"), chinese::toString),
                () -> assertEquals(
                        "不向 10.0.0.1 发送 Webhook：它解析为 10.0.0.1，不是公网地址。",
                        chineseError.getString("message"),
                        chinese::toString),
                () -> assertEquals(
                        "Webhooks are not sent to 10.0.0.1: it resolves to 10.0.0.1, which is not a public address.",
                        englishError.getString("message"),
                        english::toString),
                () -> assertTrue(chinese.json().getString("detail").startsWith("不向 10.0.0.1 发送"), chinese::toString));
        assertFalse(admin().get("/api/v1/webhooks").body().contains("169.254.169.254"));
    }

    @Test
    void registrationRefusesNat64AndOctalOrDecimalFormsOfLoopbackAndTheMetadataAddress() {
        // 127.0.0.1 is allow-listed for these tests; none of these forms of it may slip through that.
        for (String url : List.of(
                "http://[64:ff9b::7f00:1]/hook",
                "http://[64:ff9b::a9fe:a9fe]/latest/meta-data/",
                "http://[2002:7f00:1::1]/hook",
                "http://0177.0.0.1/hook",
                "http://2130706433/hook",
                "http://0x7f000001/hook",
                "http://127.0.0.01/hook")) {
            Api.Reply refused = admin().post("/api/v1/webhooks", registration(url));
            assertProblem(refused, 422, "invalid-content");
            assertEquals(List.of("/url"), errorPointers(refused), refused::toString);
        }
        Api.Reply metadata = admin().post("/api/v1/webhooks", registration("http://[64:ff9b::a9fe:a9fe]/"));
        assertTrue(metadata.json().getString("detail").contains("link-local"), metadata::toString);
        Api.Reply octal = admin().post("/api/v1/webhooks", registration("http://0177.0.0.1/hook"));
        assertTrue(octal.json().getString("detail").contains("0177.0.0.1"), octal::toString);
        String listed = admin().get("/api/v1/webhooks").body();
        assertFalse(
                listed.contains("64:ff9b") || listed.contains("0177.0.0.1") || listed.contains("2130706433"),
                "nothing refused was registered");
    }

    // --- delivery ---------------------------------------------------------------------------------------------

    @Test
    void aPublishedIssueIsDeliveredWithAStandardWebhooksSignature() throws GeneralSecurityException {
        Receiver receiver = receiver(n -> 200);
        JsonObject endpoint = register(receiver);

        WorkflowIT.Fixture published = WorkflowIT.in("published");

        Received message =
                await(() -> receiver.forIssue(published.issue()).stream().findFirst(), "a delivery");
        long now = Instant.now().getEpochSecond();
        assertAll(
                () -> assertEquals(expectedSignature(endpoint.getString("secret"), message), message.signature()),
                () -> assertTrue(Math.abs(now - Long.parseLong(message.timestamp())) < 120, message::toString),
                () -> assertTrue(message.contentType().startsWith("application/json"), message::toString));
        JsonObject payload = message.json();
        JsonObject data = payload.getJsonObject("data");
        assertAll(
                () -> assertEquals("issue.published", payload.getString("type")),
                () -> assertFalse(payload.getString("timestamp").isBlank()),
                () -> assertEquals(published.issue(), data.getString("issue")),
                () -> assertEquals(published.publication(), data.getString("publication")),
                () -> assertFalse(data.getString("slug").isBlank()),
                () -> assertEquals(2024, data.getInt("year")),
                () -> assertEquals(2, data.getInt("number")),
                () -> assertEquals(16, data.getInt("cumulativeNumber")),
                () -> assertEquals(1, data.getInt("edition")));
        JsonObject logged = await(
                () -> delivery(endpoint, message.id())
                        .filter(d -> d.getString("state").equals("delivered")),
                "the delivery logged as delivered");
        assertAll(
                () -> assertEquals("issue.published", logged.getString("event")),
                () -> assertEquals(1, logged.getInt("attempts")),
                () -> assertEquals(200, logged.getInt("lastStatus")));
    }

    @Test
    void aReceiverThatIsDownForAWhileGetsEveryEventOnceInTheEnd() {
        Receiver receiver = receiver(n -> n <= 4 ? 503 : 200);
        JsonObject endpoint = register(receiver);

        List<String> issues = List.of(
                WorkflowIT.in("published").issue(), WorkflowIT.in("published").issue());

        for (String issue : issues) {
            await(
                    () -> receiver.forIssue(issue).stream()
                            .filter(m -> m.answeredWith() == 200)
                            .findFirst(),
                    "a successful delivery for issue " + issue);
            List<Received> messages = receiver.forIssue(issue);
            assertEquals(1, messages.stream().map(Received::id).distinct().count(), "one message per event");
            assertEquals(
                    1, messages.stream().filter(m -> m.answeredWith() == 200).count(), "accepted exactly once");
        }
        Api.Reply log = await(
                () -> Optional.of(deliveries(endpoint))
                        .filter(reply -> reply.json().getJsonArray("deliveries").getValuesAs(JsonObject.class).stream()
                                .allMatch(d -> d.getString("state").equals("delivered"))),
                "both deliveries logged as delivered");
        assertTrue(
                log.json().getJsonArray("deliveries").getValuesAs(JsonObject.class).stream()
                        .anyMatch(d -> d.getInt("attempts") > 1),
                log::toString);
        assertFalse(log.body().contains(RECEIVER_BODY), "the log never shows what the receiver answered");
        assertTrue(receiver.requests.get() >= 6, "the 503s were retried");
    }

    @Test
    void aDeliveryPendingAcrossAServerRestartIsDeliveredAfterwards() throws Exception {
        AtomicInteger up = new AtomicInteger(0);
        Receiver receiver = receiver(n -> up.get() == 1 ? 200 : 503);
        JsonObject endpoint = register(receiver);
        String issue = WorkflowIT.in("published").issue();
        await(() -> receiver.forIssue(issue).stream().findFirst(), "a first (refused) attempt");

        ServerRestart.reload();
        up.set(1);

        Received accepted = await(
                () -> receiver.forIssue(issue).stream()
                        .filter(m -> m.answeredWith() == 200)
                        .findFirst(),
                "the delivery after the restart");
        assertEquals(
                1,
                receiver.forIssue(issue).stream().map(Received::id).distinct().count());
        JsonObject logged = await(
                () -> delivery(endpoint, accepted.id())
                        .filter(d -> d.getString("state").equals("delivered")),
                "the delivery logged as delivered");
        assertTrue(logged.getInt("attempts") >= 2, logged::toString);
    }

    @Test
    void aReceiverThatAnswersGoneIsDisabled() {
        Receiver receiver = receiver(n -> 410);
        JsonObject endpoint = register(receiver);
        String issue = WorkflowIT.in("published").issue();

        JsonObject disabled = await(
                () -> Optional.of(admin().get("/api/v1/webhooks/" + endpoint.getString("id"))
                                .json())
                        .filter(e -> !e.getBoolean("enabled")),
                "the endpoint disabled");

        assertEquals("gone", disabled.getString("disabledReason"));
        Received message = receiver.forIssue(issue).get(0);
        JsonObject logged = await(() -> delivery(endpoint, message.id()), "the delivery in the log");
        assertAll(
                () -> assertEquals("failed", logged.getString("state")),
                () -> assertEquals(410, logged.getInt("lastStatus")),
                () -> assertEquals(1, logged.getInt("attempts")),
                () -> assertFalse(logged.containsKey("nextAttemptAt")));
        WorkflowIT.in("published");
        assertEquals(1, receiver.requests.get(), "a disabled endpoint is sent nothing more");
    }

    @Test
    void replayingADeliverySendsItAgainUnderTheSameId() {
        Receiver receiver = receiver(n -> 200);
        JsonObject endpoint = register(receiver);
        String issue = WorkflowIT.in("published").issue();
        Received first = await(() -> receiver.forIssue(issue).stream().findFirst(), "the first delivery");
        await(
                () -> delivery(endpoint, first.id())
                        .filter(d -> d.getString("state").equals("delivered")),
                "the delivery logged as delivered");

        Api.Reply replayed = admin().post(
                        "/api/v1/webhooks/" + endpoint.getString("id") + "/deliveries/" + first.id() + "/replay",
                        Json.createObjectBuilder().build());

        assertEquals(200, replayed.status(), replayed::toString);
        assertEquals("pending", replayed.json().getString("state"));
        await(() -> Optional.of(receiver.forIssue(issue)).filter(list -> list.size() == 2), "the replayed delivery");
        List<Received> both = receiver.forIssue(issue);
        assertEquals(first.id(), both.get(1).id());
        assertEquals(first.body(), both.get(1).body());
        assertProblem(
                Api.as(DemoUser.EDITH)
                        .post(
                                "/api/v1/webhooks/" + endpoint.getString("id") + "/deliveries/" + first.id()
                                        + "/replay",
                                Json.createObjectBuilder().build()),
                403,
                "forbidden");
    }

    @Test
    void aCorrectionIsAnnouncedAsIssueCorrectedOnlyToEndpointsThatAskedForIt() {
        Receiver corrections = receiver(n -> 200);
        JsonObject correctionsEndpoint = register(corrections, "issue.corrected");
        Receiver firstEditions = receiver(n -> 200);
        JsonObject firstEditionsEndpoint = register(firstEditions, "issue.published");
        WorkflowIT.Fixture f = WorkflowIT.in("published");
        await(() -> firstEditions.forIssue(f.issue()).stream().findFirst(), "the first edition's delivery");

        Workflow.ok(Workflow.take(DemoUser.EDITH, f.issue(), "start-correction", "更正：峰会名称"));
        JsonObject content = Workflow.item(f.item()).getJsonObject("content");
        JsonObject corrected = Json.createObjectBuilder(content)
                .add(
                        "localized",
                        Json.createObjectBuilder(content.getJsonObject("localized"))
                                .add(
                                        "zh-CN",
                                        Json.createObjectBuilder(content.getJsonObject("localized")
                                                        .getJsonObject("zh-CN"))
                                                .add("title", "首届联合国粮食系统峰会承诺重大行动")))
                .build();
        assertEquals(200, Workflow.edit(DemoUser.EDITH, f.item(), corrected).status());
        Workflow.ok(Workflow.take(DemoUser.EDITH, f.issue(), "send-to-translation", null));
        Workflow.ok(Workflow.translate(
                DemoUser.TOM,
                f.item(),
                "en",
                Json.createObjectBuilder()
                        .add("title", "First UN Food Systems Summit commits to major action")
                        .add("body", "<p>Body</p>")
                        .add("sourceName", "One Planet network")
                        .build()));
        Workflow.ok(Workflow.markDone(DemoUser.TOM, f.issue(), "en"));
        Workflow.ok(Workflow.take(DemoUser.EDITH, f.issue(), "submit-for-review", null));
        Workflow.ok(Workflow.take(DemoUser.ANNA, f.issue(), "approve", "更正可以发布"));
        Workflow.ok(Workflow.take(DemoUser.ANNA, f.issue(), "publish", null));

        JsonObject correction = await(
                        () -> corrections.forIssue(f.issue()).stream().findFirst(), "the correction's delivery")
                .json();
        assertAll(
                () -> assertEquals("issue.corrected", correction.getString("type")),
                () -> assertEquals(2, correction.getJsonObject("data").getInt("edition")),
                () -> assertEquals(1, corrections.forIssue(f.issue()).size(), "the first edition is not a correction"),
                () -> assertEquals(
                        1,
                        deliveries(firstEditionsEndpoint)
                                .json()
                                .getJsonArray("deliveries")
                                .size(),
                        "an endpoint that wants first editions only is not told of the correction"),
                () -> assertEquals(
                        1,
                        deliveries(correctionsEndpoint)
                                .json()
                                .getJsonArray("deliveries")
                                .size()));
    }

    @Test
    void unpublishingIsAnnouncedAsIssueUnpublishedNamingTheEditionToTakeDown() {
        Receiver takedowns = receiver(n -> 200);
        register(takedowns, "issue.unpublished");
        WorkflowIT.Fixture f = WorkflowIT.in("published");

        Workflow.ok(Workflow.take(DemoUser.ANNA, f.issue(), "unpublish", "应合作伙伴要求撤下本期"));

        Received message = await(() -> takedowns.forIssue(f.issue()).stream().findFirst(), "the takedown's delivery");
        JsonObject event = message.json();
        assertAll(
                () -> assertEquals("issue.unpublished", event.getString("type")),
                () -> assertEquals(1, event.getJsonObject("data").getInt("edition")),
                () -> assertEquals(2024, event.getJsonObject("data").getInt("year")),
                () -> assertFalse(message.body().contains("应合作伙伴要求"), "the internal reason stays internal"),
                () -> assertEquals(
                        1, takedowns.forIssue(f.issue()).size(), "the publication itself was not asked for"));
    }

    @Test
    void aRotatedSecretSignsBesideTheNewOneSoTheReceiverCanSwitchWithoutMissingAnEvent()
            throws GeneralSecurityException {
        Receiver receiver = receiver(n -> 200);
        JsonObject endpoint = register(receiver);
        String path = "/api/v1/webhooks/" + endpoint.getString("id") + "/secret";
        JsonObject overlapOfADay =
                Json.createObjectBuilder().add("overlapHours", 24).build();

        assertProblem(Api.as(DemoUser.EDITH).post(path, overlapOfADay), 403, "forbidden");
        Api.Reply tooLong = admin().post(
                        path,
                        Json.createObjectBuilder().add("overlapHours", 24 * 30).build());
        assertEquals(422, tooLong.status(), tooLong::toString);
        Api.Reply rotated = admin().post(path, overlapOfADay);
        assertEquals(200, rotated.status(), rotated::toString);
        String oldSecret = endpoint.getString("secret");
        String newSecret = rotated.json().getString("secret");
        assertNotEquals(oldSecret, newSecret);
        assertTrue(Instant.parse(rotated.json().getString("previousSecretValidUntil"))
                .isAfter(Instant.now().plus(Duration.ofHours(23))));
        assertFalse(
                admin().get("/api/v1/webhooks/" + endpoint.getString("id"))
                        .body()
                        .contains(newSecret),
                "the new secret is shown once, in the rotation's answer");

        WorkflowIT.Fixture published = WorkflowIT.in("published");
        Received message =
                await(() -> receiver.forIssue(published.issue()).stream().findFirst(), "a delivery");
        List<String> signatures = List.of(message.signature().split(" "));
        assertEquals(
                List.of(expectedSignature(newSecret, message), expectedSignature(oldSecret, message)),
                signatures,
                "one signature per secret, the new one first");

        Api.Reply revoked = admin().post(
                        path, Json.createObjectBuilder().add("overlapHours", 0).build());
        assertEquals(200, revoked.status(), revoked::toString);
        assertFalse(revoked.json().containsKey("previousSecretValidUntil"), "an overlap of 0 revokes at once");
    }

    // --- failures made visible, replay, faults --------------------------------------------------------------

    @Test
    void everyDeliveryGivenUpSinceATimeIsQueuedAgainWithOneRequest() {
        AtomicInteger answer = new AtomicInteger(410);
        Receiver receiver = receiver(n -> answer.get());
        JsonObject endpoint = register(receiver);
        String replay = "/api/v1/webhooks/" + endpoint.getString("id") + "/deliveries/replay";
        Instant beforePublishing = Instant.now().minusSeconds(1);
        String issue = WorkflowIT.in("published").issue();
        Received gone = await(() -> receiver.forIssue(issue).stream().findFirst(), "the delivery answered 410");
        JsonObject failed = await(() -> status(endpoint).filter(s -> s.getInt("failed") == 1), "one delivery given up");
        JsonObject summaryWhileFailed = summary();
        assertAll(
                () -> assertEquals("failing", failed.getString("health")),
                () -> assertEquals("status-410", failed.getString("lastFailure")),
                () -> assertEquals(0, failed.getInt("backlog")),
                () -> assertTrue(summaryWhileFailed.getInt("failed") >= 1, summaryWhileFailed::toString),
                () -> assertTrue(summaryWhileFailed.getInt("failingEndpoints") >= 1, summaryWhileFailed::toString));

        assertProblem(Api.as(DemoUser.EDITH).post(replay, failedSince(beforePublishing.toString())), 403, "forbidden");
        Api.Reply badTime = admin().post(replay, failedSince("yesterday"));
        assertProblem(badTime, 422, "invalid-content");
        assertEquals(List.of("/failedSince"), errorPointers(badTime), badTime::toString);
        assertProblem(
                admin().post(
                                "/api/v1/webhooks/" + java.util.UUID.randomUUID() + "/deliveries/replay",
                                failedSince(beforePublishing.toString())),
                404,
                "not-found");
        Api.Reply nothingSinceThen =
                admin().post(replay, failedSince(Instant.now().plusSeconds(3600).toString()));
        assertEquals(0, nothingSinceThen.json().getInt("replayed"), nothingSinceThen::toString);
        assertEquals(1, status(endpoint).orElseThrow().getInt("failed"), "no refusal queued anything");
        assertEquals("failed", delivery(endpoint, gone.id()).orElseThrow().getString("state"));

        answer.set(200);
        Api.Reply replayed = admin().post(replay, failedSince(beforePublishing.toString()));

        assertEquals(200, replayed.status(), replayed::toString);
        assertEquals(1, replayed.json().getInt("replayed"), replayed::toString);
        JsonObject queued = status(endpoint).orElseThrow();
        JsonObject summaryAfterReplay = summary();
        assertAll(
                () -> assertEquals(1, queued.getInt("backlog")),
                () -> assertEquals(0, queued.getInt("failed")),
                () -> assertEquals(summaryWhileFailed.getInt("failed") - 1, summaryAfterReplay.getInt("failed")),
                () -> assertEquals(summaryWhileFailed.getInt("backlog") + 1, summaryAfterReplay.getInt("backlog")));
        admin().post(
                        "/api/v1/webhooks/" + endpoint.getString("id") + "/enable",
                        Json.createObjectBuilder().build());
        Received again = await(
                () -> receiver.forIssue(issue).stream()
                        .filter(m -> m.answeredWith() == 200)
                        .findFirst(),
                "the replayed delivery");
        assertEquals(gone.id(), again.id(), "the same webhook-id, so the receiver can drop duplicates");
        await(
                () -> status(endpoint)
                        .filter(s -> s.getString("health").equals("healthy")
                                && s.getInt("backlog") == 0
                                && s.getInt("failed") == 0),
                "the endpoint healthy again with nothing waiting");
        String log = serverLog();
        assertEquals(
                1,
                occurrences(
                        log,
                        "Webhook delivery " + gone.id() + " (issue.published) to endpoint " + endpoint.getString("id")
                                + " is given up"),
                "one WARNING for the delivery given up");
    }

    /**
     * The fault test of issue #12: a receiver down (connection refused), then hanging (it accepts and answers
     * nothing, or trickles a byte every half second), then back. Every event arrives, exactly once accepted; the
     * hanging connections are cut by the timeout (2 s in the tests; 3 times that for a trickle); an endpoint
     * beside it gets each event as fast as ever; the operator hears of the outage once and of the recovery once.
     */
    @Test
    void aReceiverThatIsDownThenHangsThenComesBackGetsEveryEventAndDelaysNoOtherEndpoint() throws IOException {
        try (FaultyWebhookReceiver faulty = new FaultyWebhookReceiver()) {
            JsonObject endpoint = register(faulty.url(), "issue.published");
            Receiver steady = receiver(n -> 200);
            register(steady);
            List<String> issues = new ArrayList<>();
            List<Duration> steadyLatencies = new ArrayList<>();

            publishBeside(steady, issues, steadyLatencies);
            JsonObject down = await(
                    () -> status(endpoint).filter(s -> s.getString("health").equals("failing")),
                    "the endpoint seen failing");
            JsonObject summaryWhileDown = summary();
            assertAll(
                    () -> assertTrue(summaryWhileDown.getInt("backlog") >= 1, summaryWhileDown::toString),
                    () -> assertTrue(summaryWhileDown.getInt("failingEndpoints") >= 1, summaryWhileDown::toString),
                    () -> assertEquals("connection-refused", down.getString("lastFailure")),
                    () -> assertFalse(down.getString("failingSince").isBlank()),
                    () -> assertEquals(1, down.getInt("backlog")),
                    () -> assertEquals(0, down.getInt("failed")));

            faulty.hanging();
            publishBeside(steady, issues, steadyLatencies);
            publishBeside(steady, issues, steadyLatencies);
            await(
                    () -> Optional.of(faulty.hangsEndedBySender()).filter(hangs -> hangs.size() >= 4),
                    "four hanging connections cut by the sender");
            await(
                    () -> status(endpoint)
                            .filter(s -> s.getString("lastFailure").equals("timeout") && s.getInt("backlog") == 3),
                    "the timeouts shown, three events waiting");

            Instant back = Instant.now();
            faulty.up();
            for (String issue : issues) {
                await(
                        () -> faulty.accepted().stream()
                                .filter(a -> a.body().contains(issue))
                                .findFirst(),
                        "issue " + issue + " delivered once the receiver is back");
            }
            Duration catchUp = Duration.between(
                    back,
                    faulty.accepted().stream()
                            .map(FaultyWebhookReceiver.Accepted::at)
                            .max(Instant::compareTo)
                            .orElseThrow());
            JsonObject healthy = await(
                    () -> status(endpoint)
                            .filter(s -> s.getString("health").equals("healthy") && s.getInt("backlog") == 0),
                    "the endpoint healthy again with nothing waiting");

            List<Duration> hangs = faulty.hangsEndedBySender();
            System.out.printf(
                    "webhook fault test: other endpoint's latency %s; hanging connections cut after %s;"
                            + " backlog of %d delivered %s after the receiver came back%n",
                    steadyLatencies, hangs, issues.size(), catchUp);
            for (String issue : issues) {
                List<FaultyWebhookReceiver.Accepted> got = faulty.accepted().stream()
                        .filter(a -> a.body().contains(issue))
                        .toList();
                assertEquals(1, got.size(), "accepted exactly once: " + issue);
            }
            assertAll(
                    () -> assertEquals("timeout", healthy.getString("lastFailure"), "the last failure stays on record"),
                    () -> assertFalse(healthy.containsKey("failingSince")),
                    () -> assertTrue(
                            steadyLatencies.stream().allMatch(d -> d.compareTo(Duration.ofSeconds(10)) < 0),
                            "the steady endpoint is not held up: " + steadyLatencies),
                    () -> assertTrue(
                            hangs.stream().allMatch(d -> d.compareTo(Duration.ofSeconds(3 * 2 + 6)) < 0),
                            "a hanging receiver is cut by the timeout: " + hangs),
                    () -> assertTrue(catchUp.compareTo(Duration.ofSeconds(30)) < 0, "caught up in " + catchUp));
            String log = serverLog();
            String id = endpoint.getString("id");
            assertEquals(1, occurrences(log, "Webhook endpoint " + id + " is failing"), "one WARNING for the outage");
            assertEquals(
                    1,
                    occurrences(log, "Webhook endpoint " + id + " accepts deliveries again"),
                    "one INFO for the recovery");
        }
    }

    /** Publishes an issue and notes how long the steady receiver took to get it. */
    private static void publishBeside(Receiver steady, List<String> issues, List<Duration> latencies) {
        String issue = WorkflowIT.in("published").issue();
        Instant published = Instant.now();
        Received got = await(() -> steady.forIssue(issue).stream().findFirst(), "the steady receiver's delivery");
        issues.add(issue);
        latencies.add(
                Duration.between(published, got.at()).isNegative()
                        ? Duration.ZERO
                        : Duration.between(published, got.at()));
    }

    private static String serverLog() {
        try {
            return Files.readString(Path.of(System.getProperty("jboss.home"), "standalone/log/server.log"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            count++;
        }
        return count;
    }

    // --- helpers ----------------------------------------------------------------------------------------------

    private Api admin() {
        return Api.withToken(adminToken);
    }

    private static JsonObject registration(String url) {
        return Json.createObjectBuilder()
                .add("url", url)
                .add("events", Json.createArrayBuilder().add("issue.published").add("issue.corrected"))
                .build();
    }

    private JsonObject register(Receiver receiver) {
        return register(receiver, "issue.published", "issue.corrected");
    }

    private JsonObject register(Receiver receiver, String... events) {
        return register(receiver.url(), events);
    }

    private JsonObject register(String url, String... events) {
        Api.Reply created = admin().post(
                        "/api/v1/webhooks",
                        Json.createObjectBuilder()
                                .add("url", url)
                                .add("events", Json.createArrayBuilder(List.of(events)))
                                .build());
        assertEquals(201, created.status(), created::toString);
        endpoints.add(created.json().getString("id"));
        return created.json();
    }

    /** The endpoint's status as the API shows it. */
    private Optional<JsonObject> status(JsonObject endpoint) {
        Api.Reply reply = admin().get("/api/v1/webhooks/" + endpoint.getString("id"));
        assertEquals(200, reply.status(), reply::toString);
        return Optional.of(reply.json().getJsonObject("status"));
    }

    /** The counts over all endpoints that GET /webhooks sums up (and metrics read). */
    private JsonObject summary() {
        Api.Reply reply = admin().get("/api/v1/webhooks");
        assertEquals(200, reply.status(), reply::toString);
        return reply.json().getJsonObject("summary");
    }

    private static JsonObject failedSince(String when) {
        return Json.createObjectBuilder().add("failedSince", when).build();
    }

    private Api.Reply deliveries(JsonObject endpoint) {
        Api.Reply reply = admin().get("/api/v1/webhooks/" + endpoint.getString("id") + "/deliveries");
        assertEquals(200, reply.status(), reply::toString);
        assertFalse(reply.body().contains(RECEIVER_BODY), "the log never shows what the receiver answered");
        return reply;
    }

    private Optional<JsonObject> delivery(JsonObject endpoint, String id) {
        return deliveries(endpoint).json().getJsonArray("deliveries").getValuesAs(JsonObject.class).stream()
                .filter(d -> d.getString("id").equals(id))
                .findFirst();
    }

    /** Polls until {@code probe} finds something, or fails at the deadline. */
    private static <T> T await(Supplier<Optional<T>> probe, String what) {
        Instant deadline = Instant.now().plus(DEADLINE);
        while (true) {
            Optional<T> found = probe.get();
            if (found.isPresent()) {
                return found.get();
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("no " + what + " within " + DEADLINE);
            }
            LockSupport.parkNanos(Duration.ofMillis(250).toNanos());
        }
    }

    /** The signature recomputed here, independently of the server's code. */
    private static String expectedSignature(String secret, Received message) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        return "v1,"
                + Base64.getEncoder()
                        .encodeToString(mac.doFinal((message.id() + "." + message.timestamp() + "." + message.body())
                                .getBytes(StandardCharsets.UTF_8)));
    }

    private Receiver receiver(IntUnaryOperator statusForRequest) {
        try {
            Receiver receiver = new Receiver(statusForRequest);
            receivers.add(receiver);
            return receiver;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start a loopback receiver", e);
        }
    }

    /** One request a receiver got, and what it answered. */
    record Received(
            String id,
            String timestamp,
            String signature,
            String contentType,
            String body,
            int answeredWith,
            Instant at) {

        JsonObject json() {
            return Json.createReader(new StringReader(body)).readObject();
        }
    }

    /** A webhook receiver on 127.0.0.1 (ephemeral port) answering the n-th request with {@code status(n)}. */
    static final class Receiver {

        final HttpServer server;
        final AtomicInteger requests = new AtomicInteger();
        final ConcurrentLinkedQueue<Received> received = new ConcurrentLinkedQueue<>();

        Receiver(IntUnaryOperator status) throws IOException {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
            server.createContext("/", exchange -> {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                int answer = status.applyAsInt(requests.incrementAndGet());
                received.add(new Received(
                        exchange.getRequestHeaders().getFirst("webhook-id"),
                        exchange.getRequestHeaders().getFirst("webhook-timestamp"),
                        exchange.getRequestHeaders().getFirst("webhook-signature"),
                        String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type")),
                        body,
                        answer,
                        Instant.now()));
                byte[] reply = RECEIVER_BODY.getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(answer, reply.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(reply);
                }
            });
            server.start();
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
        }

        /** The requests about one issue, in the order they came. */
        List<Received> forIssue(String issueId) {
            return received.stream()
                    .filter(message -> message.body().contains(issueId))
                    .toList();
        }
    }
}
