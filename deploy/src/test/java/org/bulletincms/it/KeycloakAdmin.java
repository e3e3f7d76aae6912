package org.bulletincms.it;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

/** The test Keycloak's admin REST API, as its bootstrap administrator (master realm, admin/admin). */
final class KeycloakAdmin {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private KeycloakAdmin() {}

    /** Creates a client in the cms realm from its JSON representation; an existing one is kept. */
    static void ensureClient(String clientJson) {
        String adminToken =
                Keycloak.tokenResponse("master", "admin", "admin", "admin-cli").getString("access_token");
        URI clients = URI.create("http://localhost:" + Keycloak.server().port() + "/admin/realms/cms/clients");
        try {
            HttpResponse<String> response = HTTP.send(
                    HttpRequest.newBuilder(clients)
                            .header("Authorization", "Bearer " + adminToken)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(clientJson))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 201 && response.statusCode() != 409) {
                throw new IllegalStateException(
                        "Keycloak refused the client: " + response.statusCode() + " " + response.body());
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Creates a user of the cms realm with {@code password} and the given realm roles; returns Keycloak's id of
     * the user (not the token's subject as the server sees it: ask {@code /api/v1/me} for that).
     */
    static String createUser(String username, String password, List<String> roles) {
        JsonObject user = Json.createObjectBuilder()
                .add("username", username)
                .add("enabled", true)
                .add("email", username + "@example.org")
                .add("emailVerified", true)
                .add("firstName", "Test")
                .add("lastName", username)
                .add(
                        "credentials",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("type", "password")
                                        .add("value", password)
                                        .add("temporary", false)))
                .build();
        HttpResponse<String> created = send("POST", "/admin/realms/cms/users", user.toString());
        if (created.statusCode() != 201) {
            throw new IllegalStateException(
                    "Keycloak refused the user " + username + ": " + created.statusCode() + " " + created.body());
        }
        String location = created.headers().firstValue("Location").orElseThrow();
        String id = location.substring(location.lastIndexOf('/') + 1);
        grantRealmRoles(id, roles);
        return id;
    }

    /** Gives the user these realm roles besides those they have. */
    static void grantRealmRoles(String id, List<String> roles) {
        HttpResponse<String> mapped =
                send("POST", "/admin/realms/cms/users/" + id + "/role-mappings/realm", roleRepresentations(roles));
        if (mapped.statusCode() != 204) {
            throw new IllegalStateException("Keycloak refused the roles of " + id + ": " + mapped.statusCode());
        }
    }

    /** Takes these realm roles away from the user; tokens issued before still carry them until they expire. */
    static void revokeRealmRoles(String id, List<String> roles) {
        HttpResponse<String> unmapped =
                send("DELETE", "/admin/realms/cms/users/" + id + "/role-mappings/realm", roleRepresentations(roles));
        if (unmapped.statusCode() != 204) {
            throw new IllegalStateException(
                    "Keycloak did not revoke the roles of " + id + ": " + unmapped.statusCode());
        }
    }

    private static String roleRepresentations(List<String> roles) {
        JsonArrayBuilder representations = Json.createArrayBuilder();
        for (String role : roles) {
            HttpResponse<String> representation = send("GET", "/admin/realms/cms/roles/" + role, null);
            representations.add(
                    Json.createReader(new StringReader(representation.body())).readObject());
        }
        return representations.build().toString();
    }

    static void deleteUser(String id) {
        HttpResponse<String> deleted = send("DELETE", "/admin/realms/cms/users/" + id, null);
        if (deleted.statusCode() != 204 && deleted.statusCode() != 404) {
            throw new IllegalStateException("Keycloak did not delete user " + id + ": " + deleted.statusCode());
        }
    }

    private static HttpResponse<String> send(String method, String path, String json) {
        String adminToken =
                Keycloak.tokenResponse("master", "admin", "admin", "admin-cli").getString("access_token");
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + Keycloak.server().port() + path))
                .header("Authorization", "Bearer " + adminToken)
                .method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
