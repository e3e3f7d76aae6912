package org.bulletincms.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code allowedActions}: every issue answer tells each user (real tokens of the four demo users) what they may do
 * now, as the issue moves through its stages, so the editorial UI shows exactly these buttons.
 */
@ExtendWith(ArquillianExtension.class)
class AllowedActionsIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return BulletinDeployment.forTests();
    }

    /** What each demo user may do at each stage, written out (the rule table's unit test covers every role). */
    private static final Map<String, Map<DemoUser, List<String>>> EXPECTED = new LinkedHashMap<>();

    static {
        EXPECTED.put(
                "draft",
                Map.of(
                        DemoUser.EDITH, List.of("send-to-translation", "edit", "assign-translators", "comment"),
                        DemoUser.TOM, List.of("comment"),
                        DemoUser.ANNA, List.of("comment"),
                        DemoUser.ADAM, List.of("send-to-translation", "edit", "assign-translators", "comment")));
        EXPECTED.put(
                "in-translation",
                Map.of(
                        DemoUser.EDITH, List.of("submit-for-review", "edit", "assign-translators", "comment"),
                        DemoUser.TOM, List.of("translate", "comment"),
                        DemoUser.ANNA, List.of("comment"),
                        DemoUser.ADAM,
                                List.of("submit-for-review", "edit", "translate", "assign-translators", "comment")));
        EXPECTED.put(
                "in-review",
                Map.of(
                        DemoUser.EDITH, List.of("assign-translators", "comment"),
                        DemoUser.TOM, List.of("comment"),
                        DemoUser.ANNA, List.of("reject", "approve", "comment"),
                        DemoUser.ADAM, List.of("reject", "approve", "edit", "assign-translators", "comment")));
        EXPECTED.put(
                "approved",
                Map.of(
                        DemoUser.EDITH, List.of("publish", "schedule-publication", "assign-translators", "comment"),
                        DemoUser.TOM, List.of("comment"),
                        DemoUser.ANNA, List.of("withdraw-approval", "publish", "schedule-publication", "comment"),
                        DemoUser.ADAM,
                                List.of(
                                        "withdraw-approval",
                                        "publish",
                                        "schedule-publication",
                                        "edit",
                                        "assign-translators",
                                        "comment")));
        EXPECTED.put(
                "published",
                Map.of(
                        DemoUser.EDITH, List.of("start-correction", "assign-translators", "comment"),
                        DemoUser.TOM, List.of("comment"),
                        DemoUser.ANNA, List.of("unpublish", "comment"),
                        DemoUser.ADAM, List.of("start-correction", "unpublish", "assign-translators", "comment")));
    }

    @Test
    void eachUserIsToldExactlyTheActionsTheyMayTakeAtEachStage() {
        WorkflowIT.Fixture f = WorkflowIT.draft();
        String publication = f.publication();
        for (String stage : EXPECTED.keySet()) {
            moveTo(f, stage);
            for (DemoUser user : DemoUser.values()) {
                List<String> expected = EXPECTED.get(stage).get(user);
                String what = user.username() + " at " + stage;
                Api.Reply issue = Api.as(user).get("/api/v1/issues/" + f.issue());
                assertEquals(200, issue.status(), issue::toString);
                assertEquals(stage, issue.json().getString("stage"));
                assertEquals(expected, codes(issue.json()), what + ": the issue");
                assertEquals(
                        expected,
                        codes(Api.as(user)
                                .get("/api/v1/issues/" + f.issue() + "/workflow")
                                .json()),
                        what + ": the workflow state");
                JsonObject inList = Api.as(user)
                        .get("/api/v1/publications/" + publication + "/issues")
                        .json()
                        .getJsonArray("issues")
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .filter(summary -> summary.getString("id").equals(f.issue()))
                        .findFirst()
                        .orElseThrow();
                assertEquals(expected, codes(inList), what + ": the publication's issues");
            }
        }
    }

    @Test
    void theAnswerToAMoveListsWhatTheMoverMayDoNext() {
        WorkflowIT.Fixture f = WorkflowIT.draft();

        JsonObject state = Workflow.ok(Workflow.take(DemoUser.EDITH, f.issue(), "send-to-translation", null));

        assertEquals("in-translation", state.getString("stage"));
        assertEquals(EXPECTED.get("in-translation").get(DemoUser.EDITH), codes(state));
    }

    @Test
    void anApproverWhoWroteContentIsNotOfferedTheApprovalTheyWouldBeRefused() {
        WorkflowIT.Fixture f = WorkflowIT.draft();
        Workflow.ok(Workflow.edit(DemoUser.ADAM, f.item(), Samples.news("改写", "Rewritten")));
        moveTo(f, "in-review");

        List<String> adams =
                codes(Api.as(DemoUser.ADAM).get("/api/v1/issues/" + f.issue()).json());
        List<String> annas =
                codes(Api.as(DemoUser.ANNA).get("/api/v1/issues/" + f.issue()).json());

        assertFalse(adams.contains("approve"), adams::toString);
        assertTrue(adams.contains("reject"), adams::toString);
        assertTrue(annas.contains("approve"), annas::toString);
        ApiAssertions.assertProblem(Workflow.take(DemoUser.ADAM, f.issue(), "approve", "自己批准"), 403, "forbidden");
        assertEquals("in-review", Workflow.stage(f.issue()));
    }

    @Test
    void theOpenApiDocumentNamesEveryActionCode() {
        JsonObject document = Api.anonymous().get("/openapi?format=JSON").json();
        JsonArray codes = document.getJsonObject("components")
                .getJsonObject("schemas")
                .getJsonObject("IssueAction")
                .getJsonArray("enum");

        assertEquals(
                List.of(
                        "send-to-translation",
                        "submit-for-review",
                        "reject",
                        "approve",
                        "withdraw-approval",
                        "publish",
                        "schedule-publication",
                        "start-correction",
                        "unpublish",
                        "edit",
                        "translate",
                        "assign-translators",
                        "comment"),
                codes.getValuesAs(JsonString.class).stream()
                        .map(JsonString::getString)
                        .toList());
    }

    /** Moves the fixture on to {@code stage} from the stage before it, each step by the person whose job it is. */
    private static void moveTo(WorkflowIT.Fixture f, String stage) {
        switch (stage) {
            case "draft" -> {}
            case "in-translation" -> Workflow.ok(Workflow.take(DemoUser.EDITH, f.issue(), "send-to-translation", null));
            case "in-review" -> {
                if (Workflow.stage(f.issue()).equals("draft")) {
                    moveTo(f, "in-translation");
                }
                Workflow.ok(Workflow.markDone(DemoUser.TOM, f.issue(), "en"));
                Workflow.ok(Workflow.take(DemoUser.EDITH, f.issue(), "submit-for-review", null));
            }
            case "approved" -> Workflow.ok(Workflow.take(DemoUser.ANNA, f.issue(), "approve", "可以发布"));
            case "published" -> Workflow.ok(Workflow.take(DemoUser.EDITH, f.issue(), "publish", null));
            default -> throw new IllegalArgumentException(stage);
        }
    }

    private static List<String> codes(JsonObject answer) {
        return answer.getJsonArray("allowedActions").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString)
                .toList();
    }
}
