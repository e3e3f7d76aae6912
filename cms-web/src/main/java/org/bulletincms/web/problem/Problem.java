package org.bulletincms.web.problem;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.bulletincms.spi.Json;

/**
 * An RFC 9457 problem description as sent to API clients: {@code type}, {@code title}, {@code status},
 * {@code detail}, {@code instance} and problem-specific extension members (e.g. {@code errors}).
 */
public record Problem(
        ProblemType type,
        int status,
        String title,
        String detail,
        Optional<URI> instance,
        Map<String, JsonValue> extensions) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem {
        extensions = Map.copyOf(extensions);
    }

    public Problem withExtension(String name, JsonValue value) {
        Map<String, JsonValue> more = new LinkedHashMap<>(extensions);
        more.put(name, value);
        return new Problem(type, status, title, detail, instance, more);
    }

    public JsonObject toJson() {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("type", type.uri().toString())
                .add("title", title)
                .add("status", status)
                .add("detail", detail);
        instance.ifPresent(uri -> json.add("instance", uri.toString()));
        extensions.forEach(json::add);
        return json.build();
    }
}
