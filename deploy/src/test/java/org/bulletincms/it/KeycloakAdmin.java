package org.bulletincms.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** The test Keycloak's admin REST API, as its bootstrap administrator (master realm, admin/admin). */
final class KeycloakAdmin {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private KeycloakAdmin() {
    }

    /** Creates a client in the cms realm from its JSON representation; an existing one is kept. */
    static void ensureClient(String clientJson) {
        String adminToken = Keycloak.tokenResponse("master", "admin", "admin", "admin-cli").getString("access_token");
        URI clients = URI.create("http://localhost:" + Keycloak.server().port() + "/admin/realms/cms/clients");
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(clients)
                    .header("Authorization", "Bearer " + adminToken)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(clientJson)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 201 && response.statusCode() != 409) {
                throw new IllegalStateException("Keycloak refused the client: " + response.statusCode() + " " + response.body());
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
