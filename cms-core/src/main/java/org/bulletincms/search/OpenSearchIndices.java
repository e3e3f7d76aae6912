package org.bulletincms.search;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bulletincms.spi.Json;
import org.hibernate.search.util.common.SearchException;

/**
 * The shared OpenSearch cluster's indices and aliases, through its REST API: what Hibernate Search does not offer
 * (an index beside the one in use, aliases moved atomically). The cluster is the one Hibernate Search writes to
 * ({@link SearchEngine#OPENSEARCH_URL}, with the same user name and password). Thread-safe.
 */
final class OpenSearchIndices {

    private static final Duration TIMEOUT = Duration.ofMinutes(1);
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(5);

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(SearchIndexLocation.OPENSEARCH_CONNECT_TIMEOUT)
            .build();
    private final URI cluster;
    private final Optional<String> authorization;

    private OpenSearchIndices(URI cluster, Optional<String> authorization) {
        this.cluster = cluster;
        this.authorization = authorization;
    }

    /** The cluster this server is configured for. */
    static OpenSearchIndices configured() {
        URI url = SearchEngine.setting(SearchEngine.OPENSEARCH_URL)
                .map(URI::create)
                .orElse(SearchEngine.DEFAULT_OPENSEARCH_URL);
        Optional<String> authorization = SearchEngine.setting(SearchEngine.OPENSEARCH_USER)
                .map(user -> "Basic "
                        + Base64.getEncoder()
                                .encodeToString((user + ":"
                                                + SearchEngine.setting(SearchEngine.OPENSEARCH_PASSWORD)
                                                        .orElse(""))
                                        .getBytes(StandardCharsets.UTF_8)));
        return new OpenSearchIndices(url, authorization);
    }

    /** Whether the cluster answers at all, within a few seconds (its health, whatever colour). */
    boolean answers() {
        try {
            return send("GET", "/_cluster/health", Optional.empty(), PROBE_TIMEOUT)
                            .status()
                    == 200;
        } catch (SearchException away) {
            return false;
        }
    }

    /** The indices {@code alias} points at; none when no index has it. */
    List<String> behind(String alias) {
        Reply reply = send("GET", "/_alias/" + alias, Optional.empty());
        if (reply.status() == 404) {
            return List.of();
        }
        return List.copyOf(reply.ok().json().keySet());
    }

    /**
     * The concrete indices matching {@code pattern} (e.g. {@code published-text-*}) that no alias points at: the ones
     * a rebuild replaced and has not deleted yet.
     */
    List<String> withoutAlias(String pattern) {
        JsonObject indices =
                send("GET", "/" + pattern + "/_alias", Optional.empty()).ok().json();
        return indices.entrySet().stream()
                .filter(index ->
                        index.getValue().asJsonObject().getJsonObject("aliases").isEmpty())
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
    }

    /** Deletes the concrete index {@code index}; one that is gone already is no failure. */
    void delete(String index) {
        Reply reply = send("DELETE", "/" + index, Optional.empty());
        if (reply.status() != 404) {
            reply.ok();
        }
    }

    /** Creates {@code index} with {@code body}'s settings and mappings, and no alias. */
    void create(String index, JsonObject body) {
        send("PUT", "/" + index, Optional.of(body)).ok();
    }

    /** Makes everything written to {@code index} so far visible to searches. */
    void refresh(String index) {
        send("POST", "/" + index + "/_refresh", Optional.empty()).ok();
    }

    /** How many documents {@code index} (or an alias) holds. */
    long count(String index) {
        return send("GET", "/" + index + "/_count", Optional.empty())
                .ok()
                .json()
                .getJsonNumber("count")
                .longValue();
    }

    /** Applies {@code actions} in one request: OpenSearch applies all of them or none. */
    void moveAliases(JsonArray actions) {
        send(
                        "POST",
                        "/_aliases",
                        Optional.of(Json.createObjectBuilder()
                                .add("actions", actions)
                                .build()))
                .ok();
    }

    /** An action of {@link #moveAliases}: {@code alias} on {@code index}, as the write index or not. */
    static JsonObject add(String index, String alias, boolean writeIndex) {
        return Json.createObjectBuilder()
                .add(
                        "add",
                        Json.createObjectBuilder()
                                .add("index", index)
                                .add("alias", alias)
                                .add("is_write_index", writeIndex))
                .build();
    }

    /** An action of {@link #moveAliases}: {@code alias} off {@code index}. */
    static JsonObject remove(String index, String alias) {
        return Json.createObjectBuilder()
                .add("remove", Json.createObjectBuilder().add("index", index).add("alias", alias))
                .build();
    }

    /**
     * An action of {@link #moveAliases}: {@code index} deleted, in the same step as the other actions. Only for an
     * index no search can be on: one that never had the read alias.
     */
    static JsonObject removeIndex(String index) {
        return Json.createObjectBuilder()
                .add("remove_index", Json.createObjectBuilder().add("index", index))
                .build();
    }

    private record Reply(String method, String path, int status, String body) {

        Reply ok() {
            if (status / 100 != 2) {
                throw new IllegalStateException(
                        "OpenSearch answered " + status + " to " + method + " " + path + ": " + body);
            }
            return this;
        }

        JsonObject json() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }
    }

    private Reply send(String method, String path, Optional<JsonObject> body) {
        return send(method, path, body, TIMEOUT);
    }

    private Reply send(String method, String path, Optional<JsonObject> body, Duration timeout) {
        HttpRequest.Builder request = HttpRequest.newBuilder(cluster.resolve(path))
                .timeout(timeout)
                .method(
                        method,
                        body.map(json -> HttpRequest.BodyPublishers.ofString(json.toString()))
                                .orElse(HttpRequest.BodyPublishers.noBody()));
        body.ifPresent(json -> request.header("Content-Type", "application/json"));
        authorization.ifPresent(value -> request.header("Authorization", value));
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(method, path, response.statusCode(), response.body());
        } catch (IOException e) {
            // Hibernate Search's own exception, as its client throws when OpenSearch is away: answered alike (503)
            throw new SearchException("OpenSearch did not answer " + method + " " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while asking OpenSearch " + method + " " + path, e);
        }
    }
}
