package org.bulletincms.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A small HTTP client of the management API for benchmarks: real tokens, JSON in and out. */
final class Client {

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI application;
    private final URI realm;

    Client(URI application, URI realm) {
        this.application = application;
        this.realm = realm;
    }

    String token(String user) {
        String form = "grant_type=password&client_id=cms-ui&username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(user, StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(realm + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        return new Reply(call(request)).expect(200).json().getString("access_token");
    }

    Reply send(String method, String path, String token, String ifMatch, JsonObject body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(application.resolve(path))
                .header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(60))
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(body.toString()));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return new Reply(call(request.build()));
    }

    /** A raw body ({@code application/octet-stream}), as the media library takes an upload; a longer timeout. */
    Reply upload(String path, String token, byte[] body) {
        return new Reply(call(HttpRequest.newBuilder(application.resolve(path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/octet-stream")
                .timeout(Duration.ofMinutes(5))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build()));
    }

    private HttpResponse<String> call(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    record Reply(HttpResponse<String> response) {

        Reply expect(int status) {
            if (response.statusCode() != status) {
                throw new IllegalStateException("expected " + status + " from "
                        + response.request().method() + " " + response.request().uri() + " but got "
                        + response.statusCode() + ": " + response.body());
            }
            return this;
        }

        JsonObject json() {
            return Json.createReader(new StringReader(response.body())).readObject();
        }

        String etag() {
            return response.headers().firstValue("ETag").orElseThrow();
        }
    }
}
