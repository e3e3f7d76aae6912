package org.bulletincms.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import org.bulletincms.it.fault.Polling;

/**
 * The delivery API's search ({@code GET /api/delivery/v1/search}) as a front end calls it: anonymously, on one server.
 * A text just published or unpublished reaches the index shortly after the commit (the outbox agent), so a test that
 * expects a hit searches {@link #untilFound until found}.
 */
public record DeliverySearch(URI server) {

    /** Searching again this often: fine enough to measure how soon a text is found. */
    private static final Duration POLL = Duration.ofMillis(50);

    /** The server the tests' {@link Api} speaks to. */
    public static DeliverySearch onTestServer() {
        return new DeliverySearch(Api.base());
    }

    /** {@code q=text&locale=…&publication=…}, encoded. */
    public static String query(String text, String locale, String publicationSlug) {
        return q(text) + "&locale=" + locale + "&publication=" + publicationSlug;
    }

    /** {@code q=text}, encoded. */
    public static String q(String text) {
        return "q=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** The reply to a search with these query parameters, whatever it is. */
    public Api.Reply reply(String parameters) {
        return Api.anonymous()
                .get(server.resolve("/api/delivery/v1/search?" + parameters).toString());
    }

    /** The hits of a search that must be answered with 200 and JSON. */
    public List<JsonObject> hits(String parameters) {
        Api.Reply reply = reply(parameters);
        assertEquals(200, reply.status(), reply::toString);
        assertTrue(reply.contentType().startsWith("application/json"), reply::contentType);
        return reply.json().getJsonArray("results").getValuesAs(JsonObject.class);
    }

    /** The first hits that are not none, searched again every 50 ms; fails when {@code within} passes first. */
    public Polling.Found<List<JsonObject>> untilFound(String parameters, Duration within) {
        return Polling.await(
                "a hit for " + parameters + " on " + server,
                within,
                POLL,
                () -> Optional.of(hits(parameters)).filter(hits -> !hits.isEmpty()));
    }

    /**
     * Searches again and again in the background, every 50 ms, keeping every answer, until {@link Watch#stop()} or
     * for at most {@code longest} (a test that fails before it stops the watch leaves no thread searching).
     */
    public Watch watch(String parameters, Duration longest) {
        return new Watch(this, parameters, longest);
    }

    /** A search repeated in the background (a front end's traffic while something happens to the index). */
    public static final class Watch implements AutoCloseable {

        private final AtomicBoolean stopped = new AtomicBoolean();
        private final List<Api.Reply> answers = new CopyOnWriteArrayList<>();
        private final CompletableFuture<Void> searching;

        private Watch(DeliverySearch search, String parameters, Duration longest) {
            long end = System.nanoTime() + longest.toNanos();
            searching = CompletableFuture.runAsync(
                    () -> {
                        while (!stopped.get() && System.nanoTime() < end) {
                            answers.add(search.reply(parameters));
                            LockSupport.parkNanos(POLL.toNanos());
                        }
                    },
                    // a thread of its own: the common pool has one thread on two cores, and watches run side by side
                    DeliverySearch::ownThread);
        }

        /** Stops searching; every answer, in order (fails when a search could not be sent or answered at all). */
        public List<Api.Reply> stop() {
            stopped.set(true);
            searching.join();
            return List.copyOf(answers);
        }

        @Override
        public void close() {
            stopped.set(true);
        }
    }

    private static void ownThread(Runnable task) {
        Thread thread = new Thread(task, "delivery-search-watch");
        thread.setDaemon(true);
        thread.start();
    }

    /** The hits' item types ({@code declaration}, {@code news}…), in order. */
    public static List<String> types(List<JsonObject> hits) {
        return hits.stream().map(h -> h.getString("type")).toList();
    }
}
