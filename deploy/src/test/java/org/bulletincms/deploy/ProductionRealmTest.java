package org.bulletincms.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The realm template for production ({@code deploy/keycloak/production/cms-realm.json}) holds none of the demo's
 * conveniences: no accounts, no password grant, a password policy, and one-time passwords available.
 */
class ProductionRealmTest {

    private static final Path TEMPLATE = Path.of("keycloak/production/cms-realm.json");
    private static final Path DEMO = Path.of("keycloak/cms-realm.json");

    @Test
    void hasNoAccounts() throws IOException {
        JsonObject realm = read(TEMPLATE);

        assertTrue(
                !realm.containsKey("users") || realm.getJsonArray("users").isEmpty(), "users: " + realm.get("users"));
    }

    @Test
    void noClientAllowsThePasswordGrantOrTheImplicitFlow() throws IOException {
        List<JsonObject> clients = read(TEMPLATE).getJsonArray("clients").getValuesAs(JsonObject.class);

        assertFalse(clients.isEmpty());
        for (JsonObject client : clients) {
            String id = client.getString("clientId");
            assertEquals(JsonValue.FALSE, client.get("directAccessGrantsEnabled"), id + " allows the password grant");
            assertEquals(JsonValue.FALSE, client.get("implicitFlowEnabled"), id + " allows the implicit flow");
            assertFalse(client.containsKey("secret"), id + " ships a fixed secret");
            client.getOrDefault("redirectUris", JsonValue.EMPTY_JSON_ARRAY)
                    .asJsonArray()
                    .getValuesAs(jakarta.json.JsonString.class)
                    .forEach(uri -> assertFalse(
                            uri.getString().contains("localhost"), id + " redirects to " + uri.getString()));
        }
    }

    @Test
    void requiresLongPasswordsThatAreNotTheUserName() throws IOException {
        String policy = read(TEMPLATE).getString("passwordPolicy");

        Matcher length = Pattern.compile("length\\((\\d+)\\)").matcher(policy);
        assertTrue(length.find(), policy);
        assertTrue(Integer.parseInt(length.group(1)) >= 12, policy);
        assertTrue(policy.contains("notUsername"), policy);
    }

    @Test
    void offersTimeBasedOneTimePasswords() throws IOException {
        JsonObject realm = read(TEMPLATE);

        assertEquals("totp", realm.getString("otpPolicyType"));
        assertEquals(6, realm.getInt("otpPolicyDigits"));
        assertFalse(realm.getBoolean("otpPolicyCodeReusable"));
        assertTrue(realm.getBoolean("bruteForceProtected"));
    }

    @Test
    void keepsTheRolesAndTheApiAudienceOfTheDemoRealm() throws IOException {
        JsonObject template = read(TEMPLATE);
        JsonObject demo = read(DEMO);

        assertEquals(demo.getString("realm"), template.getString("realm"));
        assertEquals(demo.getJsonObject("roles"), template.getJsonObject("roles"));
        JsonObject ui = template.getJsonArray("clients").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("clientId").equals("cms-ui"))
                .findFirst()
                .orElseThrow();
        assertEquals("S256", ui.getJsonObject("attributes").getString("pkce.code.challenge.method"));
        assertTrue(ui.getJsonArray("protocolMappers").toString().contains("\"included.client.audience\":\"cms-api\""));
    }

    private static JsonObject read(Path file) throws IOException {
        try (JsonReader reader = Json.createReader(Files.newBufferedReader(file))) {
            return reader.readObject();
        }
    }
}
