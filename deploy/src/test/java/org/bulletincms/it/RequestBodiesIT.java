package org.bulletincms.it;

import static org.bulletincms.it.ApiAssertions.assertProblem;
import static org.bulletincms.it.ApiAssertions.errorPointers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every request body is read by one strict reader into a record: a body that does not fit is refused with a problem
 * naming each error at its JSON pointer, in the caller's language, and nothing is written. Shown on a rubric's
 * retitle (a write that names the issue's version), then re-read.
 */
@ExtendWith(ArquillianExtension.class)
class RequestBodiesIT {

    private String issueId;
    private String rubricPath;
    private String etag;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return BulletinDeployment.forTests();
    }

    @BeforeEach
    void anIssueWithARubric() {
        JsonObject publication = Editorial.startPublication(DemoUser.EDITH);
        JsonObject issue = Editorial.draftIssue(DemoUser.EDITH, publication, 2031, 4, 44);
        issueId = issue.getString("id");
        JsonObject rubric = Editorial.addRubric(DemoUser.EDITH, issue, "最新进展", "Updates");
        rubricPath = "/api/v1/issues/" + issueId + "/rubrics/" + rubric.getString("id");
        etag = current().header("ETag").orElseThrow();
    }

    @Test
    void unknownAndServerOwnedMembersAreNamedAtTheirPointersInTheCallersLanguage() {
        Api.Reply reply = retitle(
                "{\"title\": {\"zh-CN\": \"改\"}, \"colour\": \"blue\", \"id\": \"x\"}", "application/json", "zh-CN");

        assertProblem(reply, 422, "invalid-content");
        assertEquals(Map.of("/colour", "field.unknown", "/id", "field.server-owned"), codesByPointer(reply));
        assertTrue(
                messages(reply).stream().allMatch(message -> message.contains("“") && message.matches(".*[一-龥].*")),
                reply::toString);
        assertUnwritten();
    }

    @Test
    void wrongJsonTypesAreNamedAtTheirPointers() {
        Api.Reply notAnObject = retitle("{\"title\": \"Updates\"}", "application/json", "en");
        Api.Reply notAText = retitle("{\"title\": {\"zh-CN\": 5, \"en\": [\"x\"]}}", "application/json", "en");
        Api.Reply notAnId =
                put("/api/v1/issues/" + issueId + "/rubric-order", "{\"order\": [\"first\", 7]}", "application/json");

        assertProblem(notAnObject, 422, "invalid-content");
        assertEquals(Map.of("/title", "field.not-object"), codesByPointer(notAnObject));
        assertEquals(
                "“title” must be a JSON object.",
                notAnObject.json().getJsonArray("errors").getJsonObject(0).getString("message"));
        assertEquals(Map.of("/title/zh-CN", "field.not-text", "/title/en", "field.not-text"), codesByPointer(notAText));
        assertEquals(Map.of("/order/0", "field.not-id", "/order/1", "field.not-text"), codesByPointer(notAnId));
        assertUnwritten();
    }

    @Test
    void malformedJsonIsABadRequest() {
        Api.Reply reply = retitle("{\"title\": {\"zh-CN\": ", "application/json", "en");

        assertProblem(reply, 400, "malformed-request");
        assertUnwritten();
    }

    @Test
    void aBodyOverTheLimitIsTooLarge() {
        String huge = "{\"title\": {\"zh-CN\": \"" + "长".repeat(400_000) + "\"}}";

        Api.Reply reply = retitle(huge, "application/json", "en");

        assertProblem(reply, 413, "request-too-large");
        assertUnwritten();
    }

    @Test
    void anotherMediaTypeIsUnsupported() {
        Api.Reply reply = retitle("{\"title\": {\"zh-CN\": \"改\"}}", "text/plain", "en");

        assertProblem(reply, 415, "unsupported-media-type");
        assertUnwritten();
    }

    @Test
    void aBodyThatFitsIsWritten() {
        Api.Reply reply = retitle("{\"title\": {\"zh-CN\": \"改\", \"en\": \"Changed\"}}", "application/json", "en");

        assertEquals(200, reply.status(), reply::toString);
        JsonObject rubric = current().json().getJsonArray("rubrics").getJsonObject(0);
        assertEquals("Changed", rubric.getJsonObject("title").getString("en"));
    }

    @Test
    void aPublishedEditionsSnapshotAndTheContentsAnswerInTheirDocumentedShapes() {
        SeedIssue2024No2 seed = SeedIssue2024No2.published(List.of("news/2024-2-regional-food-systems"));

        // Api checks each answer against the OpenAPI document (DocumentedResponses): these are typed now.
        Api.Reply snapshot = Api.as(DemoUser.EDITH).get("/api/v1/issues/" + seed.issue() + "/editions/1");
        Api.Reply contents = Api.as(DemoUser.EDITH).get("/api/v1/issues/" + seed.issue() + "/contents?locale=en");

        assertEquals(200, snapshot.status(), snapshot::toString);
        assertEquals(1, snapshot.json().getInt("edition"));
        assertTrue(snapshot.json().getJsonObject("locales").containsKey("en"), snapshot::toString);
        assertEquals(200, contents.status(), contents::toString);
        assertEquals("en", contents.json().getString("locale"));
    }

    private Api.Reply retitle(String body, String contentType, String language) {
        return Api.as(DemoUser.EDITH)
                .header("If-Match", etag)
                .header("Accept-Language", language)
                .send("PUT", rubricPath, HttpRequest.BodyPublishers.ofString(body), contentType);
    }

    private Api.Reply put(String path, String body, String contentType) {
        return Api.as(DemoUser.EDITH)
                .header("If-Match", etag)
                .send("PUT", path, HttpRequest.BodyPublishers.ofString(body), contentType);
    }

    private Api.Reply current() {
        Api.Reply reply = Api.as(DemoUser.EDITH).get("/api/v1/issues/" + issueId);
        assertEquals(200, reply.status(), reply::toString);
        return reply;
    }

    /** The issue is as it was: same version, the rubric's title untouched. */
    private void assertUnwritten() {
        Api.Reply now = current();
        assertEquals(etag, now.header("ETag").orElseThrow(), "the issue was written");
        JsonObject title = now.json().getJsonArray("rubrics").getJsonObject(0).getJsonObject("title");
        assertEquals("最新进展", title.getString("zh-CN"));
        assertEquals("Updates", title.getString("en"));
    }

    private static Map<String, String> codesByPointer(Api.Reply reply) {
        assertFalse(errorPointers(reply).isEmpty(), reply::toString);
        return reply.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(error -> error.getString("pointer"), error -> error.getString("code")));
    }

    private static List<String> messages(Api.Reply reply) {
        return reply.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(error -> error.getString("message"))
                .toList();
    }
}
