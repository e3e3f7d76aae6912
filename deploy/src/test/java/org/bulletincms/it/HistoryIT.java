package org.bulletincms.it;

import static org.bulletincms.it.ApiAssertions.assertProblem;
import static org.bulletincms.it.ApiAssertions.errorPointers;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The history half of the workflow, as the four demo users see it: item revisions with diffs and restore,
 * comments on issues, items and fields, and the audit log with its record of refused requests.
 */
@ExtendWith(ArquillianExtension.class)
class HistoryIT {

    private static final String SUMMIT_ZH = "首届联合国食品系统峰会承诺重大行动";
    private static final String SUMMIT_EN = "First UN Food Systems Summit commits to major action";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return BulletinDeployment.forTests();
    }

    /** An issue with one news item, written once by edith and revised once by adam. */
    record Edited(String issue, String rubric, String item, String etag) {

        String revisions() {
            return "/api/v1/items/" + item + "/revisions";
        }
    }

    private static Edited createdAndRevised() {
        JsonObject issue =
                Editorial.draftIssue(DemoUser.EDITH, Editorial.startPublication(DemoUser.EDITH), 2024, 2, 16);
        JsonObject rubric = Editorial.addRubric(DemoUser.EDITH, issue, "同一个地球网络最新进展", "One Planet Network updates");
        Api.Reply created = Editorial.addItem(
                DemoUser.EDITH,
                issue.getString("id"),
                rubric.getString("id"),
                "news",
                Samples.news(SUMMIT_ZH, SUMMIT_EN));
        String item = Editorial.created(created).getString("id");
        Api.Reply revised = Editorial.put(
                DemoUser.ADAM,
                "/api/v1/items/" + item,
                created.header("ETag").orElseThrow(),
                Json.createObjectBuilder()
                        .add("content", Samples.news(SUMMIT_ZH, "First UN Food Systems Summit"))
                        .build());
        assertEquals(200, revised.status(), revised::toString);
        return new Edited(
                issue.getString("id"),
                rubric.getString("id"),
                item,
                revised.header("ETag").orElseThrow());
    }

    // --- revisions -------------------------------------------------------------------------------------------

    @Test
    void everyWriteToAnItemIsARevisionListedNewestFirstWithWhoAndWhat() {
        Edited edited = createdAndRevised();

        Api.Reply reply = Api.as(DemoUser.TOM).get(edited.revisions());

        assertEquals(200, reply.status(), reply::toString);
        List<JsonObject> revisions = reply.json().getJsonArray("revisions").getValuesAs(JsonObject.class);
        assertEquals(
                List.of(2, 1), revisions.stream().map(r -> r.getInt("number")).toList());
        assertEquals(
                List.of("revised", "created"),
                revisions.stream().map(r -> r.getString("change")).toList());
        assertEquals(
                List.of("adam", "edith"),
                revisions.stream().map(r -> r.getString("by")).toList());
        assertTrue(revisions.stream().allMatch(r -> !r.getString("at").isBlank()), revisions::toString);
        assertEquals(
                SUMMIT_EN,
                Api.as(DemoUser.ANNA)
                        .get(edited.revisions() + "/1")
                        .json()
                        .getJsonObject("content")
                        .getJsonObject("localized")
                        .getJsonObject("en")
                        .getString("title"),
                "a revision keeps its content");
    }

    @Test
    void theDiffBetweenTwoRevisionsNamesTheChangedFieldWithBeforeAndAfter() {
        Edited edited = createdAndRevised();

        Api.Reply reply = Api.as(DemoUser.ANNA).get(edited.revisions() + "/1/diff/2");

        assertEquals(200, reply.status(), reply::toString);
        List<JsonObject> changes = reply.json().getJsonArray("changes").getValuesAs(JsonObject.class);
        assertEquals(1, changes.size(), reply::toString);
        assertAll(
                () -> assertEquals("/localized/en/title", changes.get(0).getString("pointer")),
                () -> assertEquals("changed", changes.get(0).getString("kind")),
                () -> assertEquals(SUMMIT_EN, changes.get(0).getString("before")),
                () -> assertEquals(
                        "First UN Food Systems Summit", changes.get(0).getString("after")));
    }

    @Test
    void restoringARevisionNeedsIfMatchAndWritesItsContentAsANewRevision() {
        Edited edited = createdAndRevised();
        String restore = edited.revisions() + "/1/restore";

        assertProblem(post(DemoUser.EDITH, restore, null), 428, "precondition-required");
        assertProblem(post(DemoUser.TOM, restore, edited.etag()), 403, "forbidden");
        Api.Reply restored = post(DemoUser.EDITH, restore, edited.etag());

        assertEquals(200, restored.status(), restored::toString);
        assertEquals(
                SUMMIT_EN,
                restored.json()
                        .getJsonObject("content")
                        .getJsonObject("localized")
                        .getJsonObject("en")
                        .getString("title"));
        assertFalse(restored.header("ETag").orElseThrow().equals(edited.etag()), "a restore is a write");
        JsonObject third = Api.as(DemoUser.TOM)
                .get(edited.revisions())
                .json()
                .getJsonArray("revisions")
                .getJsonObject(0);
        assertEquals(3, third.getInt("number"));
        assertEquals("restored", third.getString("change"));
        assertEquals("edith", third.getString("by"));
        assertEquals(
                Api.as(DemoUser.TOM).get(edited.revisions() + "/1").json().getJsonObject("content"),
                Api.as(DemoUser.TOM).get(edited.revisions() + "/3").json().getJsonObject("content"));
        assertEquals(
                0,
                Api.as(DemoUser.TOM)
                        .get(edited.revisions() + "/1/diff/3")
                        .json()
                        .getJsonArray("changes")
                        .size());
        assertProblem(post(DemoUser.EDITH, restore, edited.etag()), 412, "precondition-failed");
    }

    @Test
    void aDeletedItemKeepsItsHistoryButCannotBeRestoredInto() {
        Edited edited = createdAndRevised();

        assertEquals(
                204,
                Editorial.delete(DemoUser.EDITH, "/api/v1/items/" + edited.item(), edited.etag())
                        .status());

        JsonObject newest = Api.as(DemoUser.ANNA)
                .get(edited.revisions())
                .json()
                .getJsonArray("revisions")
                .getJsonObject(0);
        assertEquals(3, newest.getInt("number"));
        assertEquals("deleted", newest.getString("change"));
        assertProblem(post(DemoUser.EDITH, edited.revisions() + "/1/restore", edited.etag()), 409, "item-deleted");
        assertProblem(Api.as(DemoUser.ANNA).get(edited.revisions() + "/9"), 404, "not-found");
    }

    // --- comments --------------------------------------------------------------------------------------------

    @Test
    void everyoneOnTheIssueCommentsResolvesAndReopensWithFieldAnchors() {
        Edited edited = createdAndRevised();
        String comments = "/api/v1/issues/" + edited.issue() + "/comments";

        Api.Reply onField = Api.as(DemoUser.TOM)
                .post(
                        comments,
                        Json.createObjectBuilder()
                                .add("text", "“Summit” 要不要保留副标题？\nKeep the subtitle?")
                                .add("item", edited.item())
                                .add("field", "/localized/en/title")
                                .build());
        Api.Reply onIssue = Api.as(DemoUser.ANNA)
                .post(
                        comments,
                        Json.createObjectBuilder().add("text", "请核对总期号。").build());

        JsonObject fieldComment = Editorial.created(onField);
        Editorial.created(onIssue);
        assertEquals("/localized/en/title", fieldComment.getString("field"));
        assertEquals("tom", fieldComment.getString("author"));
        assertFalse(fieldComment.getBoolean("resolved"));
        assertEquals(
                fieldComment,
                Api.as(DemoUser.ADAM)
                        .get(onField.header("Location").orElseThrow())
                        .json());

        assertEquals(List.of("tom", "anna"), authors(Api.as(DemoUser.EDITH).get(comments)));
        assertEquals(List.of("tom"), authors(Api.as(DemoUser.EDITH).get(comments + "?item=" + edited.item())));

        Api.Reply resolved = Api.as(DemoUser.EDITH)
                .post(
                        "/api/v1/comments/" + fieldComment.getString("id") + "/resolve",
                        Json.createObjectBuilder().build());
        assertEquals(200, resolved.status(), resolved::toString);
        assertTrue(resolved.json().getBoolean("resolved"));
        assertEquals("edith", resolved.json().getString("resolvedBy"));
        assertEquals(List.of("anna"), authors(Api.as(DemoUser.TOM).get(comments + "?open=true")));

        Api.Reply reopened = Api.as(DemoUser.ANNA)
                .post(
                        "/api/v1/comments/" + fieldComment.getString("id") + "/reopen",
                        Json.createObjectBuilder().build());
        assertEquals(200, reopened.status(), reopened::toString);
        assertFalse(reopened.json().containsKey("resolvedBy"), reopened::toString);
        assertEquals(List.of("tom", "anna"), authors(Api.as(DemoUser.TOM).get(comments + "?open=true")));
    }

    @Test
    void aCommentWithBadInputIsRefusedNamingEachFieldAndAnonymousCallersGetNothing() {
        Edited edited = createdAndRevised();
        String comments = "/api/v1/issues/" + edited.issue() + "/comments";

        Api.Reply controlCharacter = Api.as(DemoUser.TOM)
                .post(
                        comments,
                        Json.createObjectBuilder()
                                .add("text", "bell\u0007")
                                .add("field", "/localized/en/title")
                                .add("author", "anna")
                                .build());
        Api.Reply badAnchors = Api.as(DemoUser.TOM)
                .post(
                        comments,
                        Json.createObjectBuilder()
                                .add("text", "x".repeat(4001))
                                .add("item", edited.item())
                                .add("field", "/localized/fr/title")
                                .build());
        Api.Reply notAField = Api.as(DemoUser.TOM)
                .post(
                        comments,
                        Json.createObjectBuilder()
                                .add("text", "ok")
                                .add("item", edited.item())
                                .add("field", "/shared/title")
                                .build());

        // The body's shape (unknown members, a text too long or with a control character) is refused first, by
        // the one reader of request bodies; what only the issue can tell (the anchor) once the shape is right.
        assertProblem(controlCharacter, 422, "invalid-content");
        assertEquals(List.of("/author", "/text"), errorPointers(controlCharacter));
        assertProblem(badAnchors, 422, "invalid-content");
        assertEquals(List.of("/text"), errorPointers(badAnchors));
        assertProblem(notAField, 422, "invalid-content");
        assertEquals(List.of("/field"), errorPointers(notAField));
        assertProblem(Api.anonymous().get(comments), 401, "unauthenticated");
        assertEquals(
                0,
                Api.as(DemoUser.EDITH)
                        .get(comments)
                        .json()
                        .getJsonArray("comments")
                        .size(),
                "nothing was written");
    }

    // --- audit log -------------------------------------------------------------------------------------------

    @Test
    void theAuditLogIsRefusedToEditorsAndTranslators() {
        assertProblem(Api.as(DemoUser.EDITH).get("/api/v1/audit"), 403, "forbidden");
        assertProblem(Api.as(DemoUser.TOM).get("/api/v1/audit"), 403, "forbidden");
    }

    @Test
    void aTranslatorsRefusedAttemptToAddARubricIsInTheAuditLogForApproversAndAdmins() {
        Edited edited = createdAndRevised();
        String rubrics = "/api/v1/issues/" + edited.issue() + "/rubrics";
        assertProblem(
                Api.as(DemoUser.TOM)
                        .post(
                                rubrics,
                                Json.createObjectBuilder()
                                        .add(
                                                "title",
                                                Json.createObjectBuilder()
                                                        .add("zh-CN", "新栏目")
                                                        .add("en", "New rubric"))
                                        .build()),
                403,
                "forbidden");

        for (DemoUser reader : List.of(DemoUser.ANNA, DemoUser.ADAM)) {
            Api.Reply reply =
                    Api.as(reader).get("/api/v1/audit?issue=" + edited.issue() + "&action=permission-refused");

            assertEquals(200, reply.status(), reply::toString);
            List<JsonObject> entries = reply.json().getJsonArray("entries").getValuesAs(JsonObject.class);
            assertEquals(1, entries.size(), reply::toString);
            JsonObject entry = entries.get(0);
            assertAll(
                    reader.username(),
                    () -> assertEquals("tom", entry.getString("actor")),
                    () -> assertEquals(edited.issue(), entry.getString("issue")),
                    () -> assertEquals("POST", entry.getJsonObject("details").getString("method")),
                    () -> assertEquals(rubrics, entry.getJsonObject("details").getString("path")),
                    () -> assertEquals(
                            "translator", entry.getJsonObject("details").getString("roles")));
        }
    }

    @Test
    void auditPagesAreBoundedAndLinkTheNextPage() {
        Api.as(DemoUser.EDITH).get("/api/v1/audit");
        Api.as(DemoUser.TOM).get("/api/v1/audit");

        Api.Reply tooLarge = Api.as(DemoUser.ANNA).get("/api/v1/audit?limit=201");
        Api.Reply first = Api.as(DemoUser.ANNA).get("/api/v1/audit?action=permission-refused&limit=1");

        assertProblem(tooLarge, 400, "malformed-request");
        assertTrue(tooLarge.json().getString("detail").contains("200"), tooLarge::toString);
        assertEquals(200, first.status(), first::toString);
        assertEquals(1, first.json().getJsonArray("entries").size());
        assertEquals(200, first.json().getInt("maxLimit"));
        long newest = first.json()
                .getJsonArray("entries")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        JsonObject second =
                Api.as(DemoUser.ANNA).get(first.json().getString("next")).json();
        assertTrue(
                second.getJsonArray("entries")
                                .getJsonObject(0)
                                .getJsonNumber("id")
                                .longValue()
                        < newest,
                second::toString);
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    private static Api.Reply post(DemoUser user, String path, String etag) {
        Api api = Api.as(user);
        if (etag != null) {
            api.header("If-Match", etag);
        }
        return api.send("POST", path, HttpRequest.BodyPublishers.noBody(), null);
    }

    private static List<String> authors(Api.Reply comments) {
        assertEquals(200, comments.status(), comments::toString);
        return comments.json().getJsonArray("comments").getValuesAs(JsonObject.class).stream()
                .map(comment -> comment.getString("author"))
                .toList();
    }
}
