package org.bulletincms.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code GET /api/v1/issues/{id}/changes-since-review}: what changed since the last approval or rejection, item by
 * item and field by field, in one call, read from the item revisions: however much the audit log recorded since,
 * nothing is lost.
 */
@ExtendWith(ArquillianExtension.class)
class ChangesSinceReviewIT {

    /** More than the 200 newest audit entries the editorial UI once read the last review from. */
    private static final int AUDIT_EVENTS_AFTER_THE_CHANGES = 201;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return BulletinDeployment.forTests();
    }

    @Test
    void theApproverSeesEveryItemChangedAddedOrRemovedSinceTheRejectionEvenAfterManyAuditEvents() {
        WorkflowIT.Fixture f = WorkflowIT.draft();
        String rubric = Api.as(DemoUser.ADAM)
                .get("/api/v1/issues/" + f.issue())
                .json()
                .getJsonArray("rubrics")
                .getJsonObject(0)
                .getString("id");
        String removed = item(Editorial.addItem(
                DemoUser.EDITH, f.issue(), rubric, "news", Samples.news("将被删除的消息", "News to be removed")));
        toReview(f);
        Workflow.ok(Workflow.take(DemoUser.ANNA, f.issue(), "reject", "标题需要修改"));

        Workflow.ok(Workflow.edit(
                DemoUser.EDITH,
                f.item(),
                Samples.news("首届联合国食品系统峰会承诺重大行动", "UN Food Systems Summit: major commitments")));
        String etag = Api.as(DemoUser.ADAM)
                .get("/api/v1/items/" + removed)
                .header("ETag")
                .orElseThrow();
        assertEquals(
                204,
                Editorial.delete(DemoUser.EDITH, "/api/v1/items/" + removed, etag)
                        .status());
        String added =
                item(Editorial.addItem(DemoUser.EDITH, f.issue(), rubric, "news", Samples.news("新增的消息", "News added")));
        for (int i = 0; i < AUDIT_EVENTS_AFTER_THE_CHANGES; i++) {
            Api.Reply assigned = Editorial.put(
                    DemoUser.EDITH,
                    "/api/v1/issues/" + f.issue() + "/translations/en/translator",
                    null,
                    Json.createObjectBuilder().add("username", "tom").build());
            assertEquals(200, assigned.status(), assigned::toString);
        }
        List<JsonObject> newestAudit = Api.as(DemoUser.ADAM)
                .get("/api/v1/audit?issue=" + f.issue() + "&limit=200")
                .json()
                .getJsonArray("entries")
                .getValuesAs(JsonObject.class);
        assertFalse(
                newestAudit.stream().anyMatch(entry -> entry.getString("action").equals("transition")),
                "the rejection is no longer among the 200 newest audit entries");

        Api.Reply reply = Api.as(DemoUser.ANNA).get("/api/v1/issues/" + f.issue() + "/changes-since-review");

        assertEquals(200, reply.status(), reply::toString);
        assertTrue(reply.header("Content-Type").orElseThrow().startsWith("application/json"), reply::toString);
        JsonObject changes = reply.json();
        assertEquals("reject", changes.getJsonObject("lastReview").getString("decision"));
        assertEquals("anna", changes.getJsonObject("lastReview").getString("by"));
        List<JsonObject> items = changes.getJsonArray("items").getValuesAs(JsonObject.class);
        assertEquals(
                List.of(f.item() + " changed", added + " added", removed + " removed"),
                items.stream()
                        .map(item -> item.getString("item") + " " + item.getString("kind"))
                        .toList());
        JsonObject edited = items.get(0);
        assertEquals("edith", edited.getString("by"));
        assertEquals(1, edited.getJsonArray("changes").size(), edited::toString);
        JsonObject title = edited.getJsonArray("changes").getJsonObject(0);
        assertEquals("/localized/en/title", title.getString("pointer"));
        assertEquals("changed", title.getString("kind"));
        assertEquals("First UN Food Systems Summit commits to major action", title.getString("before"));
        assertEquals("UN Food Systems Summit: major commitments", title.getString("after"));
        assertEquals(
                List.of(
                        "removed First ",
                        "same UN Food Systems Summit",
                        "removed  commits to ",
                        "added : ",
                        "same major ",
                        "removed action",
                        "added commitments"),
                title.getJsonArray("textChanges").getValuesAs(JsonObject.class).stream()
                        .map(ChangesSinceReviewIT::kindAndText)
                        .toList(),
                "word by word: " + title);
    }

    /** A run of a text comparison as "kind text". */
    private static String kindAndText(JsonObject run) {
        return run.getString("kind") + " " + run.getString("text");
    }

    @Test
    void anIssueNeverReviewedHasNoLastReviewAndNothingListed() {
        WorkflowIT.Fixture f = WorkflowIT.draft();

        JsonObject changes = Api.as(DemoUser.ANNA)
                .get("/api/v1/issues/" + f.issue() + "/changes-since-review")
                .json();

        assertFalse(changes.containsKey("lastReview"), changes::toString);
        assertEquals(List.of(), changes.getJsonArray("items"));
    }

    @Test
    void afterAnApprovalWithNothingChangedSinceNothingIsListed() {
        WorkflowIT.Fixture f = WorkflowIT.in("approved");

        JsonObject changes = Api.as(DemoUser.ANNA)
                .get("/api/v1/issues/" + f.issue() + "/changes-since-review")
                .json();

        assertEquals("approve", changes.getJsonObject("lastReview").getString("decision"));
        assertEquals(List.of(), changes.getJsonArray("items"));
    }

    @Test
    void anUnknownIssueIsNotFound() {
        ApiAssertions.assertProblem(
                Api.as(DemoUser.ANNA).get("/api/v1/issues/" + java.util.UUID.randomUUID() + "/changes-since-review"),
                404,
                "not-found");
    }

    private static void toReview(WorkflowIT.Fixture f) {
        Workflow.ok(Workflow.take(DemoUser.EDITH, f.issue(), "send-to-translation", null));
        Workflow.ok(Workflow.markDone(DemoUser.TOM, f.issue(), "en"));
        Workflow.ok(Workflow.take(DemoUser.EDITH, f.issue(), "submit-for-review", null));
    }

    private static String item(Api.Reply created) {
        return Editorial.created(created).getString("id");
    }
}
