package org.bulletincms.web.security;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The security headers of every response the application sends (editorial UI, start page, management and delivery
 * API, kept delivery responses, problems), computed here and nowhere else.
 *
 * <p>The content security policy is the editorial UI's: its own scripts and the WebJars (same origin), plus the
 * one inline script the UI has, the import map of {@code app/index.html}, allowed by its SHA-256 (Maven fills in
 * the versions at build time, so the hash is taken from the page as deployed); Keycloak's origin, from
 * {@code cms.oidc.provider-url}, for the token requests of keycloak-js and its sign-in iframes. Nothing may
 * frame any page ({@code frame-ancestors 'none'}, and {@code X-Frame-Options} for older browsers): review and
 * publish screens cannot be clickjacked. The JSON of the APIs gets the same policy, which costs it nothing.
 */
public final class SecurityHeaders {

    private static final Pattern INLINE_SCRIPT =
            Pattern.compile("<script(?![^>]*\\bsrc\\s*=)[^>]*>(.*?)</script>", Pattern.DOTALL);

    private final Map<String, String> headers;

    private SecurityHeaders(Map<String, String> headers) {
        this.headers = Map.copyOf(headers);
    }

    /**
     * @param providerUrl      the Keycloak realm the UI signs in at ({@code cms.oidc.provider-url})
     * @param editorialUiPage  the deployed {@code app/index.html}, whose inline scripts are allowed by hash
     */
    public static SecurityHeaders of(URI providerUrl, String editorialUiPage) {
        return of(providerUrl, Optional.empty(), editorialUiPage);
    }

    /**
     * @param publicBaseUrl  where published pages and pictures are served ({@code cms.public-base-url}): the
     *                       preview shows pictures by their published addresses, so its origin may serve images
     *                       (a CDN or another host name than the editorial UI's)
     */
    public static SecurityHeaders of(URI providerUrl, Optional<URI> publicBaseUrl, String editorialUiPage) {
        String keycloak = origin(providerUrl, "cms.oidc.provider-url");
        String images = publicBaseUrl
                .map(url -> origin(url, "cms.public-base-url"))
                .map(origin -> "'self' " + origin + " data:")
                .orElse("'self' data:");
        List<String> scripts = new ArrayList<>(List.of("'self'"));
        inlineScripts(editorialUiPage).forEach(script -> scripts.add("'sha256-" + sha256(script) + "'"));
        String policy = String.join(
                "; ",
                "default-src 'self'",
                "script-src " + String.join(" ", scripts),
                "style-src 'self'",
                "img-src " + images,
                "font-src 'self'",
                "connect-src 'self' " + keycloak,
                "frame-src " + keycloak,
                "frame-ancestors 'none'",
                "form-action 'self'",
                "base-uri 'none'",
                "object-src 'none'");
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Security-Policy", policy);
        headers.put("X-Frame-Options", "DENY");
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Referrer-Policy", "no-referrer");
        return new SecurityHeaders(headers);
    }

    /** Header name → value, in a stable order. */
    public Map<String, String> headers() {
        return headers;
    }

    /** The bodies of the page's inline scripts, exactly as the browser hashes them. */
    static List<String> inlineScripts(String html) {
        List<String> scripts = new ArrayList<>();
        Matcher matcher = INLINE_SCRIPT.matcher(html);
        while (matcher.find()) {
            scripts.add(matcher.group(1));
        }
        return scripts;
    }

    static String origin(URI url, String setting) {
        if (url.getScheme() == null || url.getHost() == null) {
            throw new IllegalArgumentException(setting + " must be an absolute http(s) URL, but is " + url);
        }
        return url.getScheme() + "://" + url.getHost() + (url.getPort() < 0 ? "" : ":" + url.getPort());
    }

    private static String sha256(String text) {
        try {
            return Base64.getEncoder()
                    .encodeToString(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
