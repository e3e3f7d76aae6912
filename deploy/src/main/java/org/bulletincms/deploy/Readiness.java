package org.bulletincms.deploy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Waits until a server answers a URL with 200, polling with a deadline instead of sleeping a guessed time.
 * Gives up early when the process that should answer has died.
 */
public final class Readiness {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final Duration POLL_INTERVAL = Duration.ofMillis(250);

    private Readiness() {}

    public static boolean answers(URI uri) {
        try {
            HttpResponse<Void> response = HTTP.send(
                    HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Polls {@code uri} until it answers 200 or {@code timeout} passes.
     *
     * @throws IllegalStateException when the deadline passes or {@code process} exits first
     */
    public static void await(String what, URI uri, Duration timeout, Optional<Process> process) {
        Instant deadline = Instant.now().plus(timeout);
        while (!answers(uri)) {
            if (process.isPresent() && !process.get().isAlive()) {
                throw new IllegalStateException(
                        what + " exited with code " + process.get().exitValue() + " before answering " + uri);
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(what + " did not answer " + uri + " within " + timeout);
            }
            try {
                Thread.sleep(POLL_INTERVAL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + what, e);
            }
        }
    }
}
