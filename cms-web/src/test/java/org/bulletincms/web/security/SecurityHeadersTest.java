package org.bulletincms.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SecurityHeadersTest {

    private static final URI KEYCLOAK = URI.create("https://sso.example.org:8443/realms/cms");

    @Test
    void nothingMayFrameAPageOrSniffATypeOrLearnWhereTheUserCameFrom() {
        var headers = SecurityHeaders.of(KEYCLOAK, "").headers();

        assertTrue(headers.get("Content-Security-Policy").contains("frame-ancestors 'none'"));
        assertEquals("DENY", headers.get("X-Frame-Options"));
        assertEquals("nosniff", headers.get("X-Content-Type-Options"));
        assertEquals("no-referrer", headers.get("Referrer-Policy"));
    }

    @Test
    void keycloaksOriginMayBeCalledAndFramedByTheUi() {
        String policy = SecurityHeaders.of(KEYCLOAK, "").headers().get("Content-Security-Policy");

        assertTrue(policy.contains("connect-src 'self' https://sso.example.org:8443;"), policy);
        assertTrue(policy.contains("frame-src https://sso.example.org:8443;"), policy);
    }

    @Test
    void theInlineScriptsOfThePageAreAllowedByTheirHashAndNoOtherInlineScriptIs() {
        String page = "<head><script type=\"importmap\">{\"imports\": {}}</script>"
                + "<script type=\"module\" src=\"js/main.js\"></script></head>";

        String policy = SecurityHeaders.of(KEYCLOAK, page).headers().get("Content-Security-Policy");

        // sha256 of {"imports": {}} in base64, as a browser computes it over the script's text
        assertTrue(policy.contains("script-src 'self' 'sha256-" + sha256("{\"imports\": {}}") + "';"), policy);
        assertFalse(policy.contains("unsafe-inline"), policy);
        assertFalse(policy.contains("unsafe-eval"), policy);
    }

    @Test
    void theEditorialUiPageHasExactlyOneInlineScriptItsImportMap() throws IOException {
        String page = Files.readString(Path.of("src/main/webapp/app/index.html"));

        List<String> scripts = SecurityHeaders.inlineScripts(page);

        assertEquals(1, scripts.size(), scripts::toString);
        assertTrue(scripts.get(0).strip().startsWith("{") && scripts.get(0).contains("\"imports\""));
    }

    @Test
    void thePreviewMayShowPicturesFromWherePublishedPicturesAreServed() {
        String policy = SecurityHeaders.of(
                        KEYCLOAK, java.util.Optional.of(URI.create("https://bulletin.example.org/news/")), "")
                .headers()
                .get("Content-Security-Policy");

        assertTrue(policy.contains("img-src 'self' https://bulletin.example.org data:;"), policy);
    }

    @Test
    void aProviderUrlWithoutHostIsAConfigurationError() {
        assertThrows(IllegalArgumentException.class, () -> SecurityHeaders.of(URI.create("/realms/cms"), ""));
    }

    private static String sha256(String text) {
        try {
            return java.util.Base64.getEncoder()
                    .encodeToString(java.security.MessageDigest.getInstance("SHA-256")
                            .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
