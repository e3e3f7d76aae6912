package org.bulletincms.webhook;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** An absolute http or https URL without credentials, as a webhook endpoint's address. */
public record WebhookUrl(URI uri) {

    public static final int MAX_LENGTH = 2000;

    public WebhookUrl {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new InvalidWebhookUrl(uri.toString(), "scheme");
        }
        if (uri.getRawUserInfo() != null) {
            throw new InvalidWebhookUrl(uri.toString(), "credentials");
        }
        if (uri.getHost() == null || uri.getHost().isBlank() || uri.getRawFragment() != null) {
            throw new InvalidWebhookUrl(uri.toString(), "malformed");
        }
    }

    public static WebhookUrl parse(String text) {
        try {
            return new WebhookUrl(new URI(text));
        } catch (URISyntaxException e) {
            throw new InvalidWebhookUrl(text, "malformed");
        }
    }

    /** The host as written in the URL, without the brackets of an IPv6 literal. */
    public String host() {
        String host = uri.getHost();
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    @Override
    public String toString() {
        return uri.toString();
    }
}
