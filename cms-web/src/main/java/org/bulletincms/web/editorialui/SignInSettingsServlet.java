package org.bulletincms.web.editorialui;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.bulletincms.spi.Json;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code GET /ui-config.json}, anonymous: the Keycloak realm the editorial UI signs in at, as the server itself
 * trusts it ({@code cms.oidc.provider-url}), and the realm's public client for the UI. Read at run time so one
 * build serves every environment: {@code {"keycloak": {"url": "…", "realm": "cms", "clientId": "cms-ui"}}}.
 */
@WebServlet("/ui-config.json")
public class SignInSettingsServlet extends HttpServlet {

    /** The realm's public client with authorization code + PKCE (deploy/keycloak/cms-realm.json). */
    static final String UI_CLIENT = "cms-ui";

    private static final String REALMS = "/realms/";

    @Inject
    @ConfigProperty(name = "cms.oidc.provider-url", defaultValue = "http://localhost:8180/realms/cms")
    String providerUrl;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        int realmsAt = providerUrl.lastIndexOf(REALMS);
        if (realmsAt < 0) {
            throw new IllegalStateException(
                    "cms.oidc.provider-url must name a Keycloak realm (…/realms/<name>), but is " + providerUrl);
        }
        String body = Json.createObjectBuilder()
                .add(
                        "keycloak",
                        Json.createObjectBuilder()
                                .add("url", providerUrl.substring(0, realmsAt))
                                .add(
                                        "realm",
                                        providerUrl
                                                .substring(realmsAt + REALMS.length())
                                                .replaceAll("/+$", ""))
                                .add("clientId", UI_CLIENT))
                .build()
                .toString();
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(body);
    }
}
