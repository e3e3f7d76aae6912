package org.bulletincms.it;

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
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.bulletincms.deploy.KeycloakServer;

/** The test run's real Keycloak: real tokens for real demo users, obtained with the password grant. */
public final class Keycloak {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static volatile boolean ready;

    private Keycloak() {}

    static KeycloakServer server() {
        return new KeycloakServer(
                Path.of(System.getProperty("keycloak.home", "target/keycloak-it/keycloak-26.7.3")),
                Integer.getInteger("keycloak.port", 18180),
                Integer.getInteger("keycloak.port", 18180) + 10,
                true);
    }

    /**
     * An access token for {@code username} (password = user name) issued to {@code clientId}, reused while it
     * has more than half a minute to live. Reuse matters: thousands of password grants for one user within
     * minutes are what Keycloak's brute-force detection is there to stop, and any that fail under load count
     * towards locking the demo user out.
     */
    public static String token(String username, String clientId) {
        String key = username + "|" + clientId;
        Token cached = TOKENS.get(key);
        if (cached != null && Instant.now().plusSeconds(30).isBefore(cached.expiresAt())) {
            return cached.value();
        }
        JsonObject response = tokenResponse("cms", username, username, clientId);
        Token fresh = new Token(
                response.getString("access_token"),
                Instant.now().plusSeconds(response.getJsonNumber("expires_in").longValue()));
        TOKENS.put(key, fresh);
        return fresh.value();
    }

    private record Token(String value, Instant expiresAt) {}

    private static final Map<String, Token> TOKENS = new ConcurrentHashMap<>();

    /** The whole token response of a password grant in {@code realm}. */
    public static JsonObject tokenResponse(String realm, String username, String password, String clientId) {
        awaitReady();
        Map<String, String> form =
                Map.of("grant_type", "password", "client_id", clientId, "username", username, "password", password);
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        URI tokenEndpoint = URI.create(
                "http://localhost:" + server().port() + "/realms/" + realm + "/protocol/openid-connect/token");
        try {
            HttpResponse<String> response = HTTP.send(
                    HttpRequest.newBuilder(tokenEndpoint)
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Keycloak refused a token for " + username + " via " + clientId + ": "
                        + response.statusCode() + " " + response.body());
            }
            return Json.createReader(new StringReader(response.body())).readObject();
        } catch (IOException e) {
            throw new IllegalStateException("cannot reach Keycloak at " + tokenEndpoint, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void awaitReady() {
        if (!ready) {
            server().awaitReady(Optional.empty());
            ready = true;
        }
    }
}
