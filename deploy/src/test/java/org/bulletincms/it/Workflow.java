package org.bulletincms.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.http.HttpRequest;

/** Workflow steps as the API offers them, for tests. */
final class Workflow {

    private Workflow() {}

    static Api.Reply take(DemoUser user, String issueId, String action, String comment) {
        JsonObjectBuilder body = Json.createObjectBuilder();
        if (comment != null) {
            body.add("comment", comment);
        }
        return Api.as(user).post("/api/v1/issues/" + issueId + "/workflow/" + action, body.build());
    }

    static Api.Reply takeAnonymously(String issueId, String action) {
        return Api.anonymous()
                .post(
                        "/api/v1/issues/" + issueId + "/workflow/" + action,
                        Json.createObjectBuilder().build());
    }

    static JsonObject ok(Api.Reply reply) {
        assertEquals(200, reply.status(), reply::toString);
        return reply.json();
    }

    static String stage(String issueId) {
        return Api.as(DemoUser.ADAM)
                .get("/api/v1/issues/" + issueId + "/workflow")
                .json()
                .getString("stage");
    }

    static Api.Reply translate(DemoUser user, String itemId, String locale, JsonObject values) {
        String path = "/api/v1/items/" + itemId;
        String etag = Api.as(DemoUser.ADAM).get(path).header("ETag").orElseThrow();
        return Api.as(user)
                .header("If-Match", etag)
                .send(
                        "PUT",
                        path + "/translations/" + locale,
                        HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder()
                                .add("values", values)
                                .build()
                                .toString()),
                        "application/json");
    }

    static Api.Reply markDone(DemoUser user, String issueId, String locale) {
        return Api.as(user)
                .send(
                        "POST",
                        "/api/v1/issues/" + issueId + "/translations/" + locale + "/done",
                        HttpRequest.BodyPublishers.noBody(),
                        null);
    }

    static JsonObject translations(String issueId) {
        return Api.as(DemoUser.ADAM)
                .get("/api/v1/issues/" + issueId + "/translations")
                .json();
    }

    /** Replaces an item's whole content as an editor (If-Match with its current ETag). */
    static Api.Reply edit(DemoUser user, String itemId, JsonObject content) {
        String path = "/api/v1/items/" + itemId;
        String etag = Api.as(DemoUser.ADAM).get(path).header("ETag").orElseThrow();
        return Editorial.put(
                user,
                path,
                etag,
                Json.createObjectBuilder().add("content", content).build());
    }

    static JsonObject item(String itemId) {
        return Api.as(DemoUser.ADAM).get("/api/v1/items/" + itemId).json();
    }
}
