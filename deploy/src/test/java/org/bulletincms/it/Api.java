package org.bulletincms.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The API as a client sees it over HTTP: {@code Api.as(DemoUser.EDITH).post("/api/v1/publications", json)}.
 * No JAX-RS client, so what is asserted is exactly what goes over the wire. Every JSON answer is checked against
 * the live OpenAPI document ({@link DocumentedResponses}) before the test sees it.
 */
public final class Api {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Optional<String> bearer;
    private final Map<String, String> headers = new LinkedHashMap<>();

    private Api(Optional<String> bearer) {
        this.bearer = bearer;
    }

    public static URI base() {
        return URI.create("http://localhost:" + Integer.getInteger("bulletin.it.http-port", 18080));
    }

    public static URI management() {
        return URI.create("http://localhost:" + Integer.getInteger("bulletin.it.management-port", 19990));
    }

    public static Api as(DemoUser user) {
        return new Api(Optional.of(user.token()));
    }

    public static Api withToken(String token) {
        return new Api(Optional.of(token));
    }

    public static Api anonymous() {
        return new Api(Optional.empty());
    }

    public Api header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public Reply get(String path) {
        return send("GET", path, HttpRequest.BodyPublishers.noBody(), null);
    }

    public Reply post(String path, JsonStructure json) {
        return post(path, json.toString(), "application/json");
    }

    public Reply post(String path, String body, String contentType) {
        return send("POST", path, HttpRequest.BodyPublishers.ofString(body), contentType);
    }

    public Reply send(String method, String path, HttpRequest.BodyPublisher body, String contentType) {
        URI uri = path.startsWith("http") ? URI.create(path) : base().resolve(path);
        HttpRequest.Builder request =
                HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).method(method, body);
        bearer.ifPresent(token -> request.header("Authorization", "Bearer " + token));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        headers.forEach(request::header);
        HttpRequest built = request.build();
        try {
            HttpResponse<String> response = HTTP.send(built, HttpResponse.BodyHandlers.ofString());
            DocumentedResponses.check(built, response);
            return new Reply(response);
        } catch (HttpTimeoutException e) {
            throw new IllegalStateException(
                    method + " " + uri + " timed out; the servers' threads then: " + ServerThreads.now(), e);
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + uri + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A response: status, headers and body, with JSON accessors. */
    public record Reply(HttpResponse<String> response) {

        public int status() {
            return response.statusCode();
        }

        public String body() {
            return response.body();
        }

        public Optional<String> header(String name) {
            return response.headers().firstValue(name);
        }

        public String contentType() {
            return header("Content-Type").orElse("");
        }

        public JsonObject json() {
            return Json.createReader(new StringReader(body())).readObject();
        }

        public JsonArray jsonArray() {
            return Json.createReader(new StringReader(body())).readArray();
        }

        @Override
        public String toString() {
            return status() + " " + contentType() + " " + body();
        }
    }
}
