package org.bulletincms.it;

import static org.bulletincms.it.ApiAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The walking skeleton on the real stack: the managed WildFly the build provisioned, the real WAR, real
 * Keycloak tokens, and the database of this run (H2 or PostgreSQL).
 */
@ExtendWith(ArquillianExtension.class)
class WalkingSkeletonIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return BulletinDeployment.forTests();
    }

    // --- identity and roles -------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(DemoUser.class)
    void everyDemoUserSeesTheirOwnNameAndRoles(DemoUser user) {
        Api.Reply reply = Api.as(user).get("/api/v1/me");

        assertEquals(200, reply.status(), reply::toString);
        assertEquals(user.username(), reply.json().getString("username"));
        assertEquals(
                user.roles().stream().sorted().toList(),
                reply.json().getJsonArray("roles").getValuesAs(JsonString.class).stream()
                        .map(JsonString::getString)
                        .sorted()
                        .toList());
    }

    @Test
    void translatorIsRefusedTheEditorOnlyEndpointAndNothingIsWritten() {
        int before = publicationCount();

        Api.Reply reply = Api.as(DemoUser.TOM).post("/api/v1/publications", publication(uniqueSlug()));

        assertProblem(reply, 403, "forbidden");
        assertEquals(before, publicationCount());
    }

    @Test
    void editorStartsAPublicationThatIsStoredAndReadBack() {
        String slug = uniqueSlug();

        Api.Reply created = Api.as(DemoUser.EDITH).post("/api/v1/publications", publication(slug));

        assertEquals(201, created.status(), created::toString);
        String location = created.header("Location").orElseThrow();
        Api.Reply read = Api.as(DemoUser.ANNA).get(location);
        assertEquals(200, read.status(), read::toString);
        JsonObject json = read.json();
        assertAll(
                () -> assertEquals(slug, json.getString("slug")),
                () -> assertEquals("可持续公共采购计划简报", json.getJsonObject("title").getString("zh-CN")),
                () -> assertEquals(
                        "SPP Programme Newsletter", json.getJsonObject("title").getString("en")),
                () -> assertEquals("zh-CN", json.getString("sourceLocale")),
                () -> assertEquals("edith", json.getString("createdBy")),
                () -> assertTrue(read.header("ETag").isPresent(), "an ETag"));
    }

    @Test
    void aSecondPublicationWithTheSameSlugIsAConflictAndNothingIsWritten() {
        String slug = uniqueSlug();
        assertEquals(
                201,
                Api.as(DemoUser.EDITH)
                        .post("/api/v1/publications", publication(slug))
                        .status());
        int before = publicationCount();

        Api.Reply reply = Api.as(DemoUser.ADAM).post("/api/v1/publications", publication(slug));

        assertProblem(reply, 409, "publication-slug-taken");
        assertEquals(before, publicationCount());
    }

    // --- authentication: every failure is 401 problem+json -------------------------------------------

    @Test
    void withoutATokenTheApiAnswers401ProblemJson() {
        Api.Reply reply = Api.anonymous().get("/api/v1/me");

        assertProblem(reply, 401, "unauthenticated");
        assertTrue(reply.header("WWW-Authenticate").orElse("").startsWith("Bearer"), reply::toString);
    }

    @Test
    void aTokenIssuedToAnotherClientIsRefused() {
        // admin-cli exists in every realm; its tokens do not carry the cms-api audience.
        String otherClientsToken = Keycloak.token("tom", "admin-cli");

        assertProblem(Api.withToken(otherClientsToken).get("/api/v1/me"), 401, "unauthenticated");
    }

    @Test
    void aTokenFromAnotherIssuerIsRefused() {
        String masterRealmToken =
                Keycloak.tokenResponse("master", "admin", "admin", "admin-cli").getString("access_token");

        assertProblem(Api.withToken(masterRealmToken).get("/api/v1/me"), 401, "unauthenticated");
    }

    @Test
    void aTokenWithAForgedPayloadIsRefused() {
        String[] parts = DemoUser.TOM.token().split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"translator\"", "\"editor\"");
        String forged = parts[0] + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "."
                + parts[2];

        assertProblem(
                Api.withToken(forged).post("/api/v1/publications", publication(uniqueSlug())), 401, "unauthenticated");
    }

    @Test
    void anExpiredTokenIsRefused() {
        // A client whose tokens carry the cms-api audience but live five seconds.
        KeycloakAdmin.ensureClient("""
                {"clientId": "short-lived-tokens", "publicClient": true, "directAccessGrantsEnabled": true,
                 "standardFlowEnabled": false, "attributes": {"access.token.lifespan": "5"},
                 "protocolMappers": [{"name": "cms-api audience", "protocol": "openid-connect",
                   "protocolMapper": "oidc-audience-mapper",
                   "config": {"included.client.audience": "cms-api", "access.token.claim": "true"}}]}
                """);
        String token = Keycloak.token("tom", "short-lived-tokens");
        assertEquals(200, Api.withToken(token).get("/api/v1/me").status(), "accepted while fresh");

        Instant deadline = Instant.now().plusSeconds(60);
        Api.Reply reply;
        do {
            LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
            reply = Api.withToken(token).get("/api/v1/me");
        } while (reply.status() == 200 && Instant.now().isBefore(deadline));

        assertProblem(reply, 401, "unauthenticated");
    }

    @Test
    void garbageInsteadOfATokenIsRefused() {
        assertProblem(Api.withToken("not-a-jwt").get("/api/v1/me"), 401, "unauthenticated");
    }

    // --- the delivery API needs no token ---------------------------------------------------------------

    @Test
    void theDeliveryRootAnswersAnonymousCallers() {
        Api.Reply reply = Api.anonymous().get("/api/delivery/v1");

        assertEquals(200, reply.status(), reply::toString);
        assertEquals("v1", reply.json().getString("version"));
    }

    // --- every error is problem+json ----------------------------------------------------------------------

    @Test
    void anUnknownPathIs404() {
        assertProblem(Api.as(DemoUser.EDITH).get("/api/v1/no-such-thing"), 404, "not-found");
        assertProblem(Api.anonymous().get("/no-such-page"), 404, "not-found");
    }

    @Test
    void anUnsupportedMethodIs405WithAllow() {
        Api.Reply reply =
                Api.as(DemoUser.EDITH).send("DELETE", "/api/v1/me", HttpRequest.BodyPublishers.noBody(), null);

        assertProblem(reply, 405, "method-not-allowed");
        assertTrue(reply.header("Allow").orElse("").contains("GET"), reply::toString);
    }

    @Test
    void anUnacceptableMediaTypeIs406() {
        assertProblem(Api.as(DemoUser.EDITH).header("Accept", "text/csv").get("/api/v1/me"), 406, "not-acceptable");
    }

    @Test
    void aBodyThatIsNotJsonIs415() {
        int before = publicationCount();

        assertProblem(
                Api.as(DemoUser.EDITH).post("/api/v1/publications", "slug=x", "text/plain"),
                415,
                "unsupported-media-type");
        assertEquals(before, publicationCount());
    }

    @Test
    void malformedJsonIs400() {
        int before = publicationCount();

        assertProblem(
                Api.as(DemoUser.EDITH).post("/api/v1/publications", "{\"slug\": ", "application/json"),
                400,
                "malformed-request");
        assertEquals(before, publicationCount());
    }

    @Test
    void aBodyOverTheLimitIs413AndNothingIsWritten() {
        int before = publicationCount();
        String huge = "{\"slug\":\"" + "a".repeat(2 * 1024 * 1024) + "\"}";

        Api.Reply reply = Api.as(DemoUser.EDITH).post("/api/v1/publications", huge, "application/json");

        assertProblem(reply, 413, "request-too-large");
        assertEquals(before, publicationCount());
    }

    @Test
    void invalidFieldsAre422WithEveryErrorNamed() {
        int before = publicationCount();
        JsonObject body = Json.createObjectBuilder()
                .add("id", "f00")
                .add("slug", "Not A Slug")
                .add("title", Json.createObjectBuilder().add("en", "Only English"))
                .add("sourceLocale", "zh-CN")
                .add("targetLocales", Json.createArrayBuilder().add("zh-CN"))
                .add("colour", "blue")
                .build();

        Api.Reply reply = Api.as(DemoUser.EDITH).post("/api/v1/publications", body);

        // The body's shape first (docs/request-bodies.md): an unknown member and a member the server sets.
        assertProblem(reply, 422, "invalid-content");
        assertEquals(List.of("/colour", "/id"), pointers(reply));
        assertEquals(before, publicationCount());

        // Then, once the shape is right, every error the publication rules find, all in one answer.
        JsonObject shaped =
                Json.createObjectBuilder(body).remove("id").remove("colour").build();
        Api.Reply second = Api.as(DemoUser.EDITH).post("/api/v1/publications", shaped);

        assertProblem(second, 422, "invalid-content");
        assertEquals(List.of("/slug", "/targetLocales", "/title"), pointers(second));
        assertEquals(before, publicationCount());
    }

    private static List<String> pointers(Api.Reply reply) {
        return reply.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(error -> error.getString("pointer"))
                .sorted()
                .toList();
    }

    @Test
    void aNulCharacterIsRefusedOnEveryDatabase() {
        JsonObject body = Json.createObjectBuilder(publication(uniqueSlug()))
                .add("publisher", "UNEP\u0000")
                .build();

        Api.Reply reply = Api.as(DemoUser.EDITH).post("/api/v1/publications", body);

        assertProblem(reply, 422, "invalid-content");
        assertEquals(
                "text.invalid-character",
                reply.json().getJsonArray("errors").getJsonObject(0).getString("code"));
    }

    @Test
    void anUnexpectedFailureIs500WithAnIncidentIdThatIsInTheServerLogAndNoInternals() throws IOException {
        Api.Reply reply = Api.as(DemoUser.EDITH).get("/api/v1/test-probe/fault");

        assertProblem(reply, 500, "internal-error");
        String incident = reply.json().getString("incident");
        assertEquals("urn:uuid:" + incident, reply.json().getString("instance"));
        assertFalse(reply.body().contains("hunter2"), reply::toString);
        assertFalse(reply.body().contains("IllegalStateException"), reply::toString);
        String serverLog = Files.readString(Path.of(System.getProperty("jboss.home"), "standalone/log/server.log"));
        assertTrue(serverLog.contains("Incident " + incident), "the incident id is in the server log");
    }

    @Test
    void problemsSpeakChineseToChineseReaders() {
        Api.Reply reply =
                Api.anonymous().header("Accept-Language", "zh-CN,zh;q=0.9").get("/api/v1/me");

        assertProblem(reply, 401, "unauthenticated");
        assertEquals("需要登录认证", reply.json().getString("title"));
    }

    // --- operations --------------------------------------------------------------------------------------

    @Test
    void readinessReportsTheDatabaseOfThisRunWithItsSchemaVersion() {
        Api.Reply reply = Api.anonymous().get(Api.management() + "/health/ready");

        assertEquals(200, reply.status(), reply::toString);
        JsonObject database = reply.json().getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(check -> check.getString("name").equals("database"))
                .findFirst()
                .orElseThrow();
        assertEquals("UP", database.getString("status"));
        assertEquals(
                TestDatabase.current().productName(),
                database.getJsonObject("data").getString("database"));
        assertFalse(database.getJsonObject("data").getString("schemaVersion").equals("none"));
    }

    @Test
    void livenessIsUp() {
        Api.Reply reply = Api.anonymous().get(Api.management() + "/health/live");

        assertEquals(200, reply.status(), reply::toString);
        assertEquals("UP", reply.json().getString("status"));
    }

    @Test
    void theStartPageLinksTheApiDocumentAndTheDeliveryApi() {
        Api.Reply reply = Api.anonymous().get("/");

        assertEquals(200, reply.status(), reply::toString);
        assertTrue(reply.contentType().startsWith("text/html"), reply::toString);
        assertTrue(reply.body().contains("href=\"/openapi\"") && reply.body().contains("/api/delivery/v1"));
    }

    @Test
    void theOpenApiDocumentDescribesTheApi() {
        Api.Reply reply = Api.anonymous().header("Accept", "application/json").get("/openapi");

        assertEquals(200, reply.status(), reply::toString);
        JsonObject paths = reply.json().getJsonObject("paths");
        assertTrue(paths.containsKey("/api/v1/me"), () -> paths.keySet().toString());
        assertTrue(
                paths.containsKey("/api/v1/publications"), () -> paths.keySet().toString());
        assertTrue(paths.containsKey("/api/delivery/v1"), () -> paths.keySet().toString());
        String problemTypes = reply.json()
                .getJsonObject("components")
                .getJsonObject("schemas")
                .getJsonObject("Problem")
                .getJsonObject("properties")
                .getJsonObject("type")
                .getJsonArray("enum")
                .toString();
        assertTrue(
                problemTypes.contains("urn:bulletin-cms:problem:illegal-transition")
                        && problemTypes.contains("urn:bulletin-cms:problem:issue-number-taken"),
                problemTypes);
    }

    // --- helpers -------------------------------------------------------------------------------------------

    private static JsonObject publication(String slug) {
        return Json.createObjectBuilder()
                .add("slug", slug)
                .add(
                        "title",
                        Json.createObjectBuilder().add("zh-CN", "可持续公共采购计划简报").add("en", "SPP Programme Newsletter"))
                .add("publisher", "中环联合认证中心")
                .add("sourceLocale", "zh-CN")
                .add("targetLocales", Json.createArrayBuilder().add("en"))
                .build();
    }

    private static String uniqueSlug() {
        return "spp-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static int publicationCount() {
        Api.Reply reply = Api.as(DemoUser.ADAM).get("/api/v1/publications");
        assertEquals(200, reply.status(), reply::toString);
        return reply.jsonArray().size();
    }
}
