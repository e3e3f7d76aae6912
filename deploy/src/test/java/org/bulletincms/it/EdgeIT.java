package org.bulletincms.it;

import static org.bulletincms.it.ApiAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The edge of the product as a hostile or careless client meets it: security headers on every kind of response,
 * pages that cannot overflow, JSON bodies read strictly, locales in paths canonicalised.
 */
@ExtendWith(ArquillianExtension.class)
class EdgeIT {

    private static final List<String> SEED_ITEMS =
            List.of("declaration/2024-2-chaillot", "news/2024-2-regional-food-systems");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return BulletinDeployment.forTests();
    }

    // --- security headers -----------------------------------------------------------------------------

    @Test
    void everyKindOfResponseCarriesTheSecurityHeaders() throws Exception {
        String slug = SeedIssue2024No2.published(SEED_ITEMS).slug();
        String latest = "/api/delivery/v1/publications/" + slug + "/issues/2024/2?locale=en";
        Api.Reply first = Api.anonymous().get(latest);
        Api.Reply kept = Api.anonymous().get(latest);
        Map<String, Api.Reply> replies = Map.ofEntries(
                Map.entry("start page", Api.anonymous().get("/")),
                Map.entry("editorial UI page", Api.anonymous().get("/app/")),
                Map.entry("editorial UI script", Api.anonymous().get("/app/js/main.js")),
                Map.entry("management API", Api.as(DemoUser.EDITH).get("/api/v1/me")),
                Map.entry(
                        "management API without a token (problem)",
                        Api.anonymous().get("/api/v1/me")),
                Map.entry("delivery API, first response", first),
                Map.entry("delivery API, kept response", kept),
                Map.entry(
                        "delivery API, not found (problem)",
                        Api.anonymous().get("/api/delivery/v1/publications/nothing-here/issues/2024/2")),
                Map.entry("unknown path (problem)", Api.anonymous().get("/no-such-page")),
                Map.entry("refused query (problem)", Api.anonymous().get(latest + "&page=2")),
                Map.entry(
                        "API document (WildFly's, outside the application)",
                        Api.anonymous().get("/openapi")));

        assertEquals(200, first.status(), first::toString);
        assertEquals(first.body(), kept.body());
        assertAll(replies.entrySet().stream()
                .map(reply -> () -> assertSecurityHeaders(reply.getKey(), reply.getValue())));
    }

    @Test
    void theEditorialUiMayRunItsImportMapAndTalkToKeycloakButNothingMayFrameIt() {
        String policy =
                Api.anonymous().get("/app/").header("Content-Security-Policy").orElseThrow();
        String keycloak = "http://localhost:" + Integer.getInteger("keycloak.port", 18180);

        assertAll(
                () -> assertTrue(policy.matches(".*script-src 'self' 'sha256-[A-Za-z0-9+/=]{44}'.*"), policy),
                () -> assertTrue(policy.contains("connect-src 'self' " + keycloak), policy),
                () -> assertTrue(policy.contains("frame-src " + keycloak), policy),
                () -> assertTrue(policy.contains("frame-ancestors 'none'"), policy),
                () -> assertTrue(!policy.contains("unsafe-inline") && !policy.contains("unsafe-eval"), policy));
    }

    private static void assertSecurityHeaders(String what, Api.Reply reply) {
        assertAll(
                what,
                () -> assertTrue(
                        reply.header("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"),
                        what + ": " + reply),
                () -> assertEquals("DENY", reply.header("X-Frame-Options").orElse(""), what),
                () -> assertEquals(
                        "nosniff", reply.header("X-Content-Type-Options").orElse(""), what),
                () -> assertEquals(
                        "no-referrer", reply.header("Referrer-Policy").orElse(""), what));
    }

    // --- paging -----------------------------------------------------------------------------------------

    @Test
    void aPageFarBeyondTheMaximumIsABadRequestNotAServerError() throws Exception {
        String slug = SeedIssue2024No2.published(SEED_ITEMS).slug();

        Api.Reply reply =
                Api.anonymous().get("/api/delivery/v1/publications/" + slug + "/issues?page=2147483647&size=100");

        assertProblem(reply, 400, "malformed-request");
        assertTrue(reply.json().getString("detail").contains("10"), reply::toString);
    }

    @Test
    void theLastPageAllowedIsServedEmpty() throws Exception {
        String slug = SeedIssue2024No2.published(SEED_ITEMS).slug();

        Api.Reply reply = Api.anonymous().get("/api/delivery/v1/publications/" + slug + "/issues?page=10000&size=100");

        assertEquals(200, reply.status(), reply::toString);
        assertEquals(List.of(), reply.json().getJsonArray("issues"));
        assertEquals(1, reply.json().getInt("total"));
    }

    @Test
    void everyPagedEndpointRefusesAPageThatWouldOverflow() {
        for (String path : List.of(
                "/api/delivery/v1/search?q=x&page=2147483647&size=50",
                "/api/v1/sources?page=2147483647&size=100",
                "/api/v1/sources/search?q=x&page=2147483647&size=100")) {
            assertProblem(Api.as(DemoUser.EDITH).get(path), 400, "malformed-request");
        }
    }

    // --- JSON bodies ------------------------------------------------------------------------------------

    @Test
    void invalidUtf8InAJsonBodyIsRefusedAndNothingIsStored() {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(
                newPublication("bad-utf8").replace("\"SPP\"", "\"SPP \u0001\"").getBytes(StandardCharsets.UTF_8));
        byte[] bytes = body.toByteArray();
        // The placeholder control character becomes a lone continuation byte: not UTF-8.
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 1) {
                bytes[i] = (byte) 0x80;
            }
        }

        assertRefusedUnwritten("bad-utf8", bytes, "utf-8");
    }

    @Test
    void aNameTwiceInAJsonObjectIsRefusedAndNothingIsStored() {
        String twice = newPublication("twice").replace("\"publisher\"", "\"slug\": \"twice-other\", \"publisher\"");

        assertRefusedUnwritten("twice", twice.getBytes(StandardCharsets.UTF_8), "twice");
    }

    @Test
    void contentAfterTheJsonValueIsRefusedAndNothingIsStored() {
        assertRefusedUnwritten(
                "trailing", (newPublication("trailing") + " xyz").getBytes(StandardCharsets.UTF_8), "after");
    }

    private static String newPublication(String tag) {
        return "{\"slug\": \"" + slug(tag) + "\", \"title\": {\"zh-CN\": \"简报\", \"en\": \"SPP\"}, "
                + "\"publisher\": \"中环联合认证中心\", \"sourceLocale\": \"zh-CN\", \"targetLocales\": [\"en\"]}";
    }

    private static String slug(String tag) {
        return "edge-" + tag + "-" + Long.toString(System.nanoTime(), 36);
    }

    private static void assertRefusedUnwritten(String tag, byte[] body, String detailMentions) {
        int before = publications().size();

        Api.Reply reply = Api.as(DemoUser.EDITH)
                .send("POST", "/api/v1/publications", HttpRequest.BodyPublishers.ofByteArray(body), "application/json");

        assertProblem(reply, 400, "malformed-request");
        assertTrue(reply.json().getString("detail").toLowerCase().contains(detailMentions), reply::toString);
        assertEquals(before, publications().size(), "a publication was written for " + tag);
        assertTrue(publications().stream().noneMatch(p -> p.getString("slug").startsWith("edge-" + tag)));
    }

    private static List<JsonObject> publications() {
        Api.Reply reply = Api.as(DemoUser.EDITH).get("/api/v1/publications");
        assertEquals(200, reply.status(), reply::toString);
        return reply.jsonArray().getValuesAs(JsonObject.class);
    }

    // --- locales in paths -------------------------------------------------------------------------------

    @Test
    void aLocaleSpelledDifferentlyMarksTheSameLocaleDone() throws Exception {
        String issueId = issueInTranslation();

        Api.Reply reply = Workflow.markDone(DemoUser.TOM, issueId, "EN");

        assertEquals(200, reply.status(), reply::toString);
        JsonObject en = onlyLocale(Workflow.translations(issueId));
        assertEquals("en", en.getString("locale"));
        assertTrue(en.getBoolean("done"), en::toString);
        assertEquals("tom", en.getString("doneBy"));
    }

    @Test
    void anIllFormedLocaleIsRefusedAndNothingIsMarked() throws Exception {
        String issueId = issueInTranslation();

        Api.Reply reply = Workflow.markDone(DemoUser.TOM, issueId, "en_%21%21");

        assertTrue(reply.status() == 422 || reply.status() == 404, reply::toString);
        assertTrue(reply.contentType().startsWith(ApiAssertions.PROBLEM_JSON), reply::toString);
        assertTrue(!onlyLocale(Workflow.translations(issueId)).getBoolean("done"));
    }

    private static JsonObject onlyLocale(JsonObject overview) {
        List<JsonObject> locales = overview.getJsonArray("locales").getValuesAs(JsonObject.class);
        assertEquals(1, locales.size(), overview::toString);
        return locales.get(0);
    }

    // --- fixtures ---------------------------------------------------------------------------------------

    private static String issueInTranslation() {
        return SeedIssue2024No2.inTranslation(SEED_ITEMS).issue();
    }
}
