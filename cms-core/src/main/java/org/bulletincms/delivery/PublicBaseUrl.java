package org.bulletincms.delivery;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;

/**
 * Where readers and front ends reach this product, e.g. {@code https://bulletin.example.org}: the start of every
 * absolute link the product writes into what it hands out (the Atom feed today; e-mail and print editions later).
 * It is configured ({@code cms.public-base-url}), never taken from a request: a request's {@code Host} or
 * {@code X-Forwarded-Host} header is the client's to choose, and a link built from it would end up in shared
 * caches and in readers' mailboxes pointing wherever that client wanted.
 *
 * <p>An absolute {@code http} or {@code https} URL, with an optional path prefix when the product is served below
 * one, without query, fragment or user information; a trailing slash is dropped.
 */
public record PublicBaseUrl(URI value) {

    public PublicBaseUrl {
        Objects.requireNonNull(value, "public base URL");
        String scheme = value.getScheme() == null ? "" : value.getScheme().toLowerCase(Locale.ROOT);
        if (!value.isAbsolute() || !(scheme.equals("http") || scheme.equals("https")) || value.getHost() == null) {
            throw new IllegalArgumentException("not an absolute http or https URL: " + value);
        }
        if (value.getRawQuery() != null || value.getRawFragment() != null || value.getRawUserInfo() != null) {
            throw new IllegalArgumentException("a public base URL has no query, fragment or user name: " + value);
        }
        String path = value.getRawPath() == null ? "" : value.getRawPath();
        if (path.endsWith("/")) {
            value = URI.create(value.toString().substring(0, value.toString().length() - 1));
        }
    }

    /** Reads the configured text; an {@link IllegalArgumentException} says what is wrong with it. */
    public static PublicBaseUrl of(String text) {
        try {
            return new PublicBaseUrl(
                    new URI(Objects.requireNonNull(text, "public base URL").strip()));
        } catch (URISyntaxException malformed) {
            throw new IllegalArgumentException("not a URL: " + text, malformed);
        }
    }

    /** The absolute address of a path of this product, e.g. {@code /api/delivery/v1}. */
    public String resolve(String absolutePath) {
        if (!absolutePath.startsWith("/")) {
            throw new IllegalArgumentException("not an absolute path: " + absolutePath);
        }
        return value + absolutePath;
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
