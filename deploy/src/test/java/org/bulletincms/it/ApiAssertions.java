package org.bulletincms.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;

/** What a client sees when the API refuses: status, problem+json, problem type. */
final class ApiAssertions {

    static final String PROBLEM_JSON = "application/problem+json";

    private ApiAssertions() {}

    static void assertProblem(Api.Reply reply, int status, String type) {
        assertAll(
                () -> assertEquals(status, reply.status(), reply::toString),
                () -> assertTrue(reply.contentType().startsWith(PROBLEM_JSON), reply::toString),
                () -> assertEquals(
                        "urn:bulletin-cms:problem:" + type, reply.json().getString("type"), reply::toString),
                () -> assertEquals(status, reply.json().getInt("status"), reply::toString));
    }

    /** The JSON pointers of a 422's errors, sorted. */
    static List<String> errorPointers(Api.Reply reply) {
        return reply.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(error -> error.getString("pointer"))
                .sorted()
                .toList();
    }
}
