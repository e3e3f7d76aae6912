package org.bulletincms.webhook;

/**
 * A webhook URL that cannot be used: {@code reason} is {@code malformed}, {@code scheme} (only http and https),
 * {@code credentials} (no user info in the URL), {@code unresolvable} (the host has no address) or
 * {@code ambiguous-ip} (an IPv4 number written other than as a plain dotted quad, see {@link NumericHost}).
 */
public class InvalidWebhookUrl extends RuntimeException {

    private final String url;
    private final String reason;

    public InvalidWebhookUrl(String url, String reason) {
        super(reason + ": " + url, null, false, false);
        this.url = url;
        this.reason = reason;
    }

    public String url() {
        return url;
    }

    public String reason() {
        return reason;
    }
}
