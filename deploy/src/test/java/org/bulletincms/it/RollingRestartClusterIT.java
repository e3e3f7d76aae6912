package org.bulletincms.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.bulletincms.it.fault.ClusterSuite;
import org.bulletincms.it.fault.FaultTimes;
import org.bulletincms.it.fault.OwnNginx;
import org.bulletincms.it.fault.OwnWildFly;
import org.bulletincms.it.fault.Polling;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A rolling restart behind a balancer loses no reader (issue 16): while a client reads the delivery API through nginx
 * ({@link OwnNginx}) at a steady 50 requests a second, node A is stopped gracefully (SIGTERM: WildFly suspends, lets
 * the requests in flight finish and answers new ones 503, which nginx tries on node B) and started again, then node
 * B. Every answer is counted; the client never retries, so any failure nginx could not hide is seen. The load lasts
 * at least 60 s, and as long as the restarts take. Counts and times are written to {@code target/fault-times.txt};
 * nginx's access log ({@link OwnNginx#accessLog()}) has every answer with its time and the nodes tried, and a
 * failure's message lists the answers other than 200, to be matched with the nodes' {@code server.log}.
 */
@Tag(ClusterSuite.TAG)
@ExtendWith(ClusterSuite.class)
@EnabledIfSystemProperty(named = ClusterSuite.ENABLED, matches = "true")
class RollingRestartClusterIT {

    private static final int REQUESTS_PER_SECOND = 50;
    private static final Duration AT_LEAST = Duration.ofSeconds(60);
    /** Each request's own limit: above the balancer's 10 s for trying the next node. */
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    @Test
    void aRollingRestartOfBothNodesBehindNginxFailsNoDeliveryRequest() throws Exception {
        SeedIssue2024No2 issue = SeedIssue2024No2.published(List.of("declaration/2024-2-chaillot"));
        List<String> paths = List.of(
                issue.issuePath() + "?locale=zh-CN",
                issue.issuePath() + "?locale=en",
                issue.deliveryPath() + "/items/" + issue.items().get(0) + "?locale=zh-CN",
                issue.deliveryPath() + "/issues?size=10");
        OwnWildFly nodeA = ClusterSuite.rig().nodeA();
        OwnWildFly nodeB = ClusterSuite.rig().nodeB();
        try (OwnNginx nginx = new OwnNginx(
                        Path.of(System.getProperty("bulletin.cluster.balancer-dir")),
                        Integer.getInteger("bulletin.cluster.balancer-port"),
                        List.of(nodeA.url(), nodeB.url()));
                Load load = new Load(nginx.url(), paths)) {
            FaultTimes.record("nginx start in front of both nodes", nginx.start(), OwnNginx.START_DEADLINE);
            Polling.await(
                    "the published issue delivered through nginx",
                    Eventually.INDEXED,
                    () -> Optional.of(true).filter(ok -> load.once(paths.get(0)) == 200));

            load.start();
            long began = System.nanoTime();
            for (OwnWildFly node : List.of(nodeA, nodeB)) {
                long stopping = System.nanoTime();
                node.close(); // SIGTERM: suspend, let requests in flight finish, stop
                FaultTimes.record(
                        "rolling restart: " + node + " stopped gracefully under load",
                        Duration.ofNanos(System.nanoTime() - stopping),
                        Duration.ofSeconds(30));
                FaultTimes.record(
                        "rolling restart: " + node + " started again under load",
                        node.start(),
                        OwnWildFly.START_DEADLINE);
            }
            Duration restarted = Duration.ofNanos(System.nanoTime() - began);
            Duration rest = AT_LEAST.minus(restarted);
            if (!rest.isNegative()) {
                Polling.await(
                        "the load's full minute",
                        rest.plusSeconds(5),
                        Duration.ofMillis(500),
                        () -> Optional.of(true).filter(done -> System.nanoTime() - began >= AT_LEAST.toNanos()));
            }
            Load.Counts counts = load.stop();
            Duration lasted = Duration.ofNanos(System.nanoTime() - began);
            FaultTimes.record(
                    String.format(
                            Locale.ROOT,
                            "rolling restart: %d requests through nginx, %d answered 200, %d failed",
                            counts.sent(),
                            counts.byStatus().getOrDefault(200, 0L),
                            counts.failed()),
                    lasted);

            assertAll(
                    () -> assertEquals(
                            Map.of(200, counts.sent()),
                            counts.byStatus(),
                            () -> counts + "\nnginx's answers other than 200 (" + nginx.accessLog() + "):\n"
                                    + String.join("\n", nginx.answersOtherThan200())),
                    () -> assertEquals(List.of(), counts.errors(), "requests that got no answer"),
                    () -> assertTrue(
                            counts.sent() >= REQUESTS_PER_SECOND * AT_LEAST.toSeconds() * 9 / 10,
                            () -> "the load kept its pace: " + counts.sent() + " requests in " + lasted));
        }
    }

    /**
     * A client that sends one GET every {@code 1/REQUESTS_PER_SECOND} s, round the paths, without waiting for
     * answers (a slow answer does not slow the pace) and without retrying; counts every answer by status, and every
     * request that got none.
     */
    private static final class Load implements AutoCloseable {

        record Counts(long sent, Map<Integer, Long> byStatus, List<String> errors) {
            long failed() {
                return sent - byStatus.getOrDefault(200, 0L);
            }
        }

        private final ExecutorService answers = Executors.newFixedThreadPool(4);
        private final HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .executor(answers)
                .build();
        private final ScheduledExecutorService pace = Executors.newSingleThreadScheduledExecutor();
        private final URI balancer;
        private final List<String> paths;
        private final AtomicInteger next = new AtomicInteger();
        private final LongAdder sent = new LongAdder();
        private final Map<Integer, LongAdder> byStatus = new ConcurrentHashMap<>();
        private final ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
        private final List<CompletableFuture<?>> inFlight = new ArrayList<>();

        Load(URI balancer, List<String> paths) {
            this.balancer = balancer;
            this.paths = paths;
        }

        int once(String path) {
            try {
                return http.send(request(path), HttpResponse.BodyHandlers.discarding())
                        .statusCode();
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        void start() {
            pace.scheduleAtFixedRate(this::send, 0, 1_000_000 / REQUESTS_PER_SECOND, TimeUnit.MICROSECONDS);
        }

        private void send() {
            String path = paths.get(Math.floorMod(next.getAndIncrement(), paths.size()));
            sent.increment();
            CompletableFuture<?> answer = http.sendAsync(request(path), HttpResponse.BodyHandlers.ofString())
                    .whenComplete((response, failure) -> {
                        if (failure != null) {
                            errors.add(path + ": " + failure);
                        } else {
                            byStatus.computeIfAbsent(response.statusCode(), status -> new LongAdder())
                                    .increment();
                            if (response.statusCode() != 200) {
                                errors.add(path + ": " + response.statusCode() + " " + response.body());
                            }
                        }
                    });
            synchronized (inFlight) {
                inFlight.removeIf(CompletableFuture::isDone);
                inFlight.add(answer);
            }
        }

        private HttpRequest request(String path) {
            return HttpRequest.newBuilder(balancer.resolve(path))
                    .timeout(REQUEST_TIMEOUT)
                    .build();
        }

        /** Stops sending, waits for the answers still due, and counts. */
        Counts stop() throws InterruptedException {
            pace.shutdown();
            pace.awaitTermination(5, TimeUnit.SECONDS);
            List<CompletableFuture<?>> waiting;
            synchronized (inFlight) {
                waiting = List.copyOf(inFlight);
            }
            try {
                // each answer, or its failure (already counted): only the wait itself may fail here
                CompletableFuture.allOf(waiting.stream()
                                .map(answer -> answer.handle((response, failure) -> true))
                                .toArray(CompletableFuture[]::new))
                        .get(REQUEST_TIMEOUT.toSeconds() + 5, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                errors.add("waiting for the last answers: " + e);
            }
            Map<Integer, Long> counted = new TreeMap<>();
            byStatus.forEach((status, count) -> counted.put(status, count.sum()));
            return new Counts(sent.sum(), counted, List.copyOf(errors));
        }

        @Override
        public void close() {
            pace.shutdownNow();
            answers.shutdownNow();
        }
    }
}
