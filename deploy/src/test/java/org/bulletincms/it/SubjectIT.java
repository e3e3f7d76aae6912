package org.bulletincms.it;

import static org.bulletincms.it.ApiAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * People are their Keycloak subject, not their user name: with the test Keycloak's admin API a user is deleted
 * and a new one created under the same user name, and the new person does not pass for the earlier one. Rows
 * written under a user name before the upgrade go to the first person who signs in under it, once.
 * Every user here is created for the test and deleted after it.
 */
@ExtendWith(ArquillianExtension.class)
class SubjectIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return BulletinDeployment.forTests();
    }

    private final List<String> created = new ArrayList<>();

    @AfterEach
    void deleteTheUsersOfTheTest() {
        created.forEach(KeycloakAdmin::deleteUser);
    }

    /** A user of the test's own, signed in to the CMS; password unknown to anyone else. */
    private Person person(String username, List<String> roles) {
        String password = UUID.randomUUID().toString();
        String id = KeycloakAdmin.createUser(username, password, roles);
        created.add(id);
        return new Person(
                id, Keycloak.tokenResponse("cms", username, password, "cms-ui").getString("access_token"));
    }

    private record Person(String keycloakId, String token) {

        Api api() {
            return Api.withToken(token);
        }

        JsonObject me() {
            Api.Reply me = api().get("/api/v1/me");
            assertEquals(200, me.status(), me::toString);
            return me.json();
        }

        Api.Reply take(String issue, String action, String comment) {
            return api().post(
                            "/api/v1/issues/" + issue + "/workflow/" + action,
                            Json.createObjectBuilder().add("comment", comment).build());
        }

        Api.Reply edit(String item, JsonObject content) {
            String etag = Api.as(DemoUser.ADAM)
                    .get("/api/v1/items/" + item)
                    .header("ETag")
                    .orElseThrow();
            return api().header("If-Match", etag)
                    .send(
                            "PUT",
                            "/api/v1/items/" + item,
                            HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder()
                                    .add("content", content)
                                    .build()
                                    .toString()),
                            "application/json");
        }

        Api.Reply markDone(String issue, String locale) {
            return api().send(
                            "POST",
                            "/api/v1/issues/" + issue + "/translations/" + locale + "/done",
                            HttpRequest.BodyPublishers.noBody(),
                            null);
        }
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static final JsonObject NEWS =
            Samples.news("首届联合国食品系统峰会承诺重大行动", "First UN Food Systems Summit commits to major action");

    private static void toReview(WorkflowIT.Fixture f) {
        Workflow.ok(Workflow.take(DemoUser.EDITH, f.issue(), "send-to-translation", null));
        Workflow.ok(Workflow.markDone(DemoUser.TOM, f.issue(), "en"));
        Workflow.ok(Workflow.take(DemoUser.EDITH, f.issue(), "submit-for-review", null));
    }

    private static JsonObject lastRevision(String item) {
        return Api.as(DemoUser.ADAM)
                .get("/api/v1/items/" + item + "/revisions")
                .json()
                .getJsonArray("revisions")
                .getJsonObject(0);
    }

    @Test
    void meNamesTheCallerAndTheirSubject() {
        String name = unique("me");
        JsonObject me = person(name, List.of("editor")).me();

        assertEquals(name, me.getString("username"));
        assertNotEquals(name, me.getString("subject"));
        assertEquals(List.of("editor"), me.getJsonArray("roles").getValuesAs(jakarta.json.JsonString::getString));
    }

    @Test
    void aNewUserGivenTheUserNameOfAFormerWriterIsNotTakenForThemByTheFourEyesRule() {
        String name = unique("pat");
        Person former = person(name, List.of("editor", "approver"));
        String formerSubject = former.me().getString("subject");
        WorkflowIT.Fixture f = WorkflowIT.draft();
        assertEquals(200, former.edit(f.item(), NEWS).status());
        toReview(f);
        assertProblem(former.take(f.issue(), "approve", "我写了其中的内容"), 403, "forbidden");

        KeycloakAdmin.deleteUser(former.keycloakId());
        Person later = person(name, List.of("editor", "approver"));

        assertNotEquals(formerSubject, later.me().getString("subject"));
        assertEquals(name, later.me().getString("username"));
        assertEquals(name, lastRevision(f.item()).getString("by"), "the former writer is still shown by name");
        assertEquals(200, later.take(f.issue(), "approve", "另一个人").status(), "a different person may approve");
        JsonObject signOff = Api.as(DemoUser.ADAM)
                .get("/api/v1/issues/" + f.issue() + "/workflow")
                .json()
                .getJsonObject("signOff");
        assertEquals(name, signOff.getString("approver"));
        assertEquals("approved", Workflow.stage(f.issue()));
    }

    @Test
    void theLocaleOfAFormerTranslatorIsNotANewUserOfTheSameName() {
        String name = unique("tra");
        Person former = person(name, List.of("translator"));
        former.me();
        WorkflowIT.Fixture f = WorkflowIT.draft();
        Workflow.ok(Workflow.take(DemoUser.EDITH, f.issue(), "send-to-translation", null));
        assertEquals(
                200,
                Api.as(DemoUser.EDITH)
                        .send(
                                "PUT",
                                "/api/v1/issues/" + f.issue() + "/translations/en/translator",
                                HttpRequest.BodyPublishers.ofString("{\"username\":\"" + name + "\"}"),
                                "application/json")
                        .status());

        KeycloakAdmin.deleteUser(former.keycloakId());
        Person later = person(name, List.of("translator"));

        assertProblem(later.markDone(f.issue(), "en"), 403, "forbidden");
        JsonObject en = Workflow.translations(f.issue()).getJsonArray("locales").getJsonObject(0);
        assertEquals(name, en.getString("translator"), "the assignment still shows the former translator's name");
        assertFalse(en.getBoolean("done"), "the refusal wrote nothing");
    }

    @Test
    void aTranslatorAssignedBeforeTheyEverSignedInGetsTheLocaleAtTheirFirstSignIn() {
        String name = unique("pending");
        WorkflowIT.Fixture f = WorkflowIT.draft();
        Workflow.ok(Workflow.take(DemoUser.EDITH, f.issue(), "send-to-translation", null));
        assertEquals(
                200,
                Api.as(DemoUser.EDITH)
                        .send(
                                "PUT",
                                "/api/v1/issues/" + f.issue() + "/translations/en/translator",
                                HttpRequest.BodyPublishers.ofString("{\"username\":\"" + name + "\"}"),
                                "application/json")
                        .status());
        assertProblem(Workflow.markDone(DemoUser.TOM, f.issue(), "en"), 403, "forbidden");

        Person assigned = person(name, List.of("translator"));

        assertEquals(200, assigned.markDone(f.issue(), "en").status());
        JsonObject en = Workflow.translations(f.issue()).getJsonArray("locales").getJsonObject(0);
        assertEquals(name, en.getString("translator"));
        assertEquals(name, en.getString("doneBy"));
    }

    @Test
    void rowsWrittenUnderAUserNameBeforeTheUpgradeGoToTheFirstPersonWhoSignsInUnderIt() {
        Person writer = person(unique("writer"), List.of("editor"));
        String writerSubject = writer.me().getString("subject");
        WorkflowIT.Fixture f = WorkflowIT.draft();
        assertEquals(200, writer.edit(f.item(), NEWS).status());
        String legacyName = unique("old");
        JsonObject legacy = Api.as(DemoUser.ADAM)
                .post(
                        "/api/v1/test-probe/legacy-user-names/" + legacyName + "/written-by/" + writerSubject,
                        Json.createObjectBuilder().build())
                .json();
        assertTrue(legacy.getJsonNumber("cells").longValue() >= 3, legacy::toString);
        assertEquals(legacyName, lastRevision(f.item()).getString("by"), "a legacy name is shown as it is");

        Person holder = person(legacyName, List.of("editor", "approver"));
        String holderSubject = holder.me().getString("subject");

        JsonObject standing = Api.as(DemoUser.ADAM)
                .get("/api/v1/test-probe/legacy-user-names/" + legacyName)
                .json();
        assertEquals(0, standing.getJsonNumber("cells").longValue(), "every cell now holds the subject");
        assertEquals(holderSubject, standing.getString("boundSubject"));
        assertEquals(legacyName, lastRevision(f.item()).getString("by"));
        assertEquals(legacyName, Workflow.item(f.item()).getString("updatedBy"));
        toReview(f);
        assertProblem(holder.take(f.issue(), "approve", "我写了其中的内容"), 403, "forbidden");
        assertEquals("in-review", Workflow.stage(f.issue()));

        KeycloakAdmin.deleteUser(holder.keycloakId());
        Person later = person(legacyName, List.of("editor", "approver"));
        later.me();

        assertEquals(
                holderSubject,
                Api.as(DemoUser.ADAM)
                        .get("/api/v1/test-probe/legacy-user-names/" + legacyName)
                        .json()
                        .getString("boundSubject"),
                "a claimed name is never claimed again");
        assertEquals(200, later.take(f.issue(), "approve", "另一个人").status(), "the later holder wrote nothing");
    }
}
