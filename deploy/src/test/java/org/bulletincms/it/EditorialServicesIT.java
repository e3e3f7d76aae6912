package org.bulletincms.it;

import static org.bulletincms.it.ApiAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The one write path for items and rubrics: every write, structure included, makes its writer a contributor of the
 * issue (so the four-eyes rule holds for it), and a delete answers with the issue's new version. Scheduled
 * publication: the system publishes on behalf of whoever scheduled it, and only while they may still publish.
 */
@ExtendWith(ArquillianExtension.class)
class EditorialServicesIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return BulletinDeployment.forTests();
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

    // --- the OpenAPI document ----------------------------------------------------------------------------------------

    @Test
    void theOpenApiDocumentDescribesItemsRubricsAndHistoryExactly() {
        JsonObject document = Api.anonymous()
                .header("Accept", "application/json")
                .get("/openapi")
                .json();
        JsonObject schemas = document.getJsonObject("components").getJsonObject("schemas");
        JsonObject item = schemas.getJsonObject("EditorialItem");

        assertEquals(
                Set.of(
                        "id",
                        "issue",
                        "rubric",
                        "position",
                        "type",
                        "schemaVersion",
                        "content",
                        "createdAt",
                        "createdBy",
                        "updatedAt",
                        "updatedBy",
                        "version"),
                item.getJsonArray("required").getValuesAs(JsonString.class).stream()
                        .map(JsonString::getString)
                        .collect(Collectors.toSet()),
                item::toString);
        assertEquals(
                "date-time",
                item.getJsonObject("properties").getJsonObject("createdAt").getString("format"));
        assertEquals(
                "uuid", item.getJsonObject("properties").getJsonObject("id").getString("format"));
        assertTrue(
                schemas.getJsonObject("ItemRevisionSummary")
                        .getJsonObject("properties")
                        .getJsonObject("change")
                        .getJsonArray("enum")
                        .toString()
                        .contains("restored"),
                schemas.getJsonObject("ItemRevisionSummary")::toString);
        for (String name : List.of(
                "CreatedRubric",
                "NewItem",
                "ItemContentChange",
                "ItemTranslation",
                "RubricTitle",
                "IdOrder",
                "ItemRevisions",
                "ItemRevision",
                "ItemRevisionDiff",
                "ItemFieldChange")) {
            assertTrue(schemas.containsKey(name), () -> name + " in " + schemas.keySet());
        }
        String revise = document.getJsonObject("paths")
                .getJsonObject("/api/v1/items/{item}")
                .getJsonObject("put")
                .toString();
        assertTrue(
                revise.contains("#/components/schemas/ItemContentChange")
                        && revise.contains("#/components/schemas/EditorialItem"),
                revise);
    }

    // --- scheduled publication: the system, on behalf of whoever scheduled it ---------------------------------------

    @Test
    void theSystemPublishesAScheduledIssueOnBehalfOfWhoeverScheduledIt() {
        WorkflowIT.Fixture f = WorkflowIT.in("approved");
        String edith = Api.as(DemoUser.EDITH).get("/api/v1/me").json().getString("subject");

        Workflow.ok(schedule(Api.as(DemoUser.EDITH), f, Instant.now().plusSeconds(3)));

        Eventually.until(() -> Workflow.stage(f.issue()), "published"::equals, SCHEDULE_RUNS, "the publication");
        JsonObject published = auditEntry(f, "publish");
        assertEquals("system", published.getString("actor"));
        assertEquals(edith, published.getJsonObject("details").getString("onBehalfOf"));
    }

    @Test
    void aScheduledPublicationIsDroppedWhenWhoeverScheduledItMayNoLongerPublish() {
        WorkflowIT.Fixture f = WorkflowIT.in("approved");
        String username = "scheduler-" + UUID.randomUUID().toString().substring(0, 8);
        String password = UUID.randomUUID().toString();
        String keycloakId = KeycloakAdmin.createUser(username, password, List.of("editor"));
        created.add(keycloakId);
        Api editor = Api.withToken(token(username, password));
        String subject = editor.get("/api/v1/me").json().getString("subject");
        Instant at = Instant.now().plusSeconds(20);
        Workflow.ok(schedule(editor, f, at));

        KeycloakAdmin.revokeRealmRoles(keycloakId, List.of("editor"));
        KeycloakAdmin.grantRealmRoles(keycloakId, List.of("translator"));
        Api.Reply seenAgain = Api.withToken(token(username, password)).get("/api/v1/me");
        assertEquals(
                List.of("translator"),
                seenAgain.json().getJsonArray("roles").getValuesAs(JsonString.class).stream()
                        .map(JsonString::getString)
                        .toList());
        assertTrue(Instant.now().isBefore(at), "the role changed before the time came; schedule later on this machine");

        Eventually.until(
                () -> workflow(f), state -> !state.containsKey("publishAt"), SCHEDULE_RUNS, "the schedule dropped");
        assertEquals("approved", Workflow.stage(f.issue()), "not published");
        assertEquals(
                0,
                Api.as(DemoUser.TOM)
                        .get("/api/v1/issues/" + f.issue() + "/editions")
                        .json()
                        .getJsonArray("editions")
                        .size());
        JsonObject cancelled = auditEntry(f, "schedule-publication-cancelled");
        assertEquals("system", cancelled.getString("actor"));
        assertEquals(
                "scheduler-may-not-publish", cancelled.getJsonObject("details").getString("reason"));
        assertEquals(subject, cancelled.getJsonObject("details").getString("onBehalfOf"));
    }

    // --- helpers ---------------------------------------------------------------------------------------------------

    /** The schedule is polled every 5 s by default; generous for a loaded machine. */
    private static final Duration SCHEDULE_RUNS = Duration.ofSeconds(90);

    private final List<String> created = new ArrayList<>();

    @AfterEach
    void deleteTheUsersOfTheTest() {
        created.forEach(KeycloakAdmin::deleteUser);
    }

    private static String token(String username, String password) {
        return Keycloak.tokenResponse("cms", username, password, "cms-ui").getString("access_token");
    }

    private static Api.Reply schedule(Api api, WorkflowIT.Fixture f, Instant at) {
        return api.post(
                "/api/v1/issues/" + f.issue() + "/workflow/schedule-publication",
                Json.createObjectBuilder().add("at", at.toString()).build());
    }

    private static JsonObject workflow(WorkflowIT.Fixture f) {
        return Api.as(DemoUser.ADAM)
                .get("/api/v1/issues/" + f.issue() + "/workflow")
                .json();
    }

    /** The one audit entry of this action on the fixture's issue, as an approver reads the audit log. */
    private static JsonObject auditEntry(WorkflowIT.Fixture f, String action) {
        JsonArray entries = Api.as(DemoUser.ANNA)
                .get("/api/v1/audit?issue=" + f.issue() + "&action=" + action)
                .json()
                .getJsonArray("entries");
        assertEquals(1, entries.size(), entries::toString);
        return entries.getJsonObject(0);
    }

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
