package org.bulletincms.it;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;

/** Source reports as an editor's client handles them: upload, then follow the extraction to its end. */
final class Sources {

    /** Long enough for a parse that runs into the test server's 20 s parse timeout, on a loaded machine. */
    static final Duration EXTRACTION_DEADLINE = Duration.ofSeconds(120);

    private static final Set<String> FINISHED = Set.of("done", "failed");

    private Sources() {}

    static Api.Reply upload(DemoUser user, byte[] bytes, String filename) {
        return Api.as(user)
                .send(
                        "POST",
                        "/api/v1/sources?filename=" + URLEncoder.encode(filename, StandardCharsets.UTF_8),
                        HttpRequest.BodyPublishers.ofByteArray(bytes),
                        "application/octet-stream");
    }

    static Api.Reply upload(DemoUser user, java.nio.file.Path file, String filename) {
        try {
            return Api.as(user)
                    .send(
                            "POST",
                            "/api/v1/sources?filename=" + URLEncoder.encode(filename, StandardCharsets.UTF_8),
                            HttpRequest.BodyPublishers.ofFile(file),
                            "application/octet-stream");
        } catch (java.io.FileNotFoundException e) {
            throw new IllegalArgumentException(e);
        }
    }

    static JsonObject get(String id) {
        Api.Reply reply = Api.as(DemoUser.EDITH).get("/api/v1/sources/" + id);
        if (reply.status() != 200) {
            throw new AssertionError(reply.toString());
        }
        return reply.json();
    }

    /** Polls the source until its extraction is done or failed; fails the test at the deadline. */
    static JsonObject finished(String id) {
        return awaitStatus(id, FINISHED);
    }

    static JsonObject awaitStatus(String id, Set<String> statuses) {
        Instant deadline = Instant.now().plus(EXTRACTION_DEADLINE);
        while (true) {
            JsonObject source = get(id);
            if (statuses.contains(source.getString("status"))) {
                return source;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(
                        "source " + id + " still " + source.getString("status") + " after " + EXTRACTION_DEADLINE);
            }
            LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
        }
    }

    static JsonObject text(String id) {
        Api.Reply reply = Api.as(DemoUser.TOM).get("/api/v1/sources/" + id + "/text");
        if (reply.status() != 200) {
            throw new AssertionError(reply.toString());
        }
        return reply.json();
    }
}
