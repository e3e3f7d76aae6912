package org.bulletincms.it;

import static org.bulletincms.it.ApiAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The one write path for items and rubrics: every write, structure included, makes its writer a contributor of the
 * issue (so the four-eyes rule holds for it), and a delete answers with the issue's new version.
 */
@ExtendWith(ArquillianExtension.class)
class EditorialServicesIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return BulletinDeployment.realWarWithFaultProbe();
    }

    @Test
    void anApproverWhoOnlyDeletedAnItemMayNotApproveTheIssue() {
        WorkflowIT.Fixture f = WorkflowIT.draft();
        String second = secondItem(f);
        Workflow.ok(Workflow.take(DemoUser.EDITH, f.issue(), "send-to-translation", null));

        assertEquals(204, deleteItem(DemoUser.ADAM, second, itemTag(second)).status());
        Workflow.ok(Workflow.markDone(DemoUser.TOM, f.issue(), "en"));
        Workflow.ok(Workflow.take(DemoUser.EDITH, f.issue(), "submit-for-review", null));

        assertFourEyesRefusal(f);
    }

    @Test
    void anApproverWhoOnlyRetitledARubricMayNotApproveTheIssue() {
        WorkflowIT.Fixture f = WorkflowIT.in("in-translation");
        String rubric = issue(f).getJsonArray("rubrics").getJsonObject(0).getString("id");

        Api.Reply retitled = Editorial.put(
                DemoUser.ADAM,
                "/api/v1/issues/" + f.issue() + "/rubrics/" + rubric,
                issueTag(f),
                Json.createObjectBuilder()
                        .add(
                                "title",
                                Json.createObjectBuilder().add("zh-CN", "要闻").add("en", "Highlights"))
                        .build());
        assertEquals(200, retitled.status(), retitled::toString);
        Workflow.ok(Workflow.markDone(DemoUser.TOM, f.issue(), "en"));
        Workflow.ok(Workflow.take(DemoUser.EDITH, f.issue(), "submit-for-review", null));

        assertFourEyesRefusal(f);
    }

    @Test
    void anItemIsDeletedWithTheIssuesVersionAndTheAnswerCarriesTheIssuesNewVersion() {
        WorkflowIT.Fixture f = WorkflowIT.draft();
        String second = secondItem(f);
        String before = issueTag(f);

        Api.Reply deleted = deleteItem(DemoUser.EDITH, second, before);

        assertEquals(204, deleted.status(), deleted::toString);
        String answered = deleted.header("ETag").orElseThrow(() -> new AssertionError("no ETag: " + deleted));
        assertNotEquals(before, answered);
        assertEquals(issueTag(f), answered, "the answer names the version a reader sees now");
        assertEquals(1, items(f), "the item is gone");
        String rubric = issue(f).getJsonArray("rubrics").getJsonObject(0).getString("id");
        Api.Reply next = Editorial.put(
                DemoUser.EDITH,
                "/api/v1/issues/" + f.issue() + "/rubrics/" + rubric,
                answered,
                Json.createObjectBuilder()
                        .add(
                                "title",
                                Json.createObjectBuilder().add("zh-CN", "要闻").add("en", "Highlights"))
                        .build());
        assertEquals(200, next.status(), "the next write names the answered version without reading: " + next);
    }

    @Test
    void anItemIsNotDeletedWithAnOutdatedVersionOfTheIssue() {
        WorkflowIT.Fixture f = WorkflowIT.draft();
        String outdated = issueTag(f);
        String second = secondItem(f);

        Api.Reply refused = deleteItem(DemoUser.EDITH, second, outdated);

        assertProblem(refused, 412, "precondition-failed");
        assertEquals(itemTag(second), refused.header("ETag").orElseThrow(), "the item's current version comes back");
        assertEquals(2, items(f), "nothing was deleted");
    }

    // --- helpers ---------------------------------------------------------------------------------------------------

    private static void assertFourEyesRefusal(WorkflowIT.Fixture f) {
        Api.Reply refused = Workflow.take(DemoUser.ADAM, f.issue(), "approve", "自己批准");

        assertProblem(refused, 403, "forbidden");
        assertTrue(refused.json().getString("detail").contains("Four-eyes"), refused::toString);
        assertEquals("in-review", Workflow.stage(f.issue()));
        Workflow.ok(Workflow.take(DemoUser.ANNA, f.issue(), "approve", "可以发布"));
    }

    /** A second news item in the fixture's rubric, written by the editor in both languages. */
    private static String secondItem(WorkflowIT.Fixture f) {
        String rubric = issue(f).getJsonArray("rubrics").getJsonObject(0).getString("id");
        return Editorial.created(Editorial.addItem(
                        DemoUser.EDITH, f.issue(), rubric, "news", Samples.news("第二条新闻", "Second news item")))
                .getString("id");
    }

    private static Api.Reply deleteItem(DemoUser user, String item, String etag) {
        return Editorial.delete(user, "/api/v1/items/" + item, etag);
    }

    private static JsonObject issue(WorkflowIT.Fixture f) {
        return Api.as(DemoUser.ADAM).get("/api/v1/issues/" + f.issue()).json();
    }

    private static int items(WorkflowIT.Fixture f) {
        return issue(f).getJsonArray("rubrics")
                .getJsonObject(0)
                .getJsonArray("items")
                .size();
    }

    private static String issueTag(WorkflowIT.Fixture f) {
        return Api.as(DemoUser.ADAM)
                .get("/api/v1/issues/" + f.issue())
                .header("ETag")
                .orElseThrow();
    }

    private static String itemTag(String item) {
        return Api.as(DemoUser.ADAM).get("/api/v1/items/" + item).header("ETag").orElseThrow();
    }
}
