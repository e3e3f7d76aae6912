package org.bulletincms.webhook;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bulletincms.refusal.Refusal;

/**
 * A webhook URL that cannot be used: {@code reason} is {@code malformed}, {@code scheme} (only http and https),
 * {@code credentials} (no user info in the URL), {@code unresolvable} (the host has no address) or
 * {@code ambiguous-ip} (an IPv4 number written other than as a plain dotted quad, see {@link NumericHost}).
 * Answers {@code invalid-content} with the {@code url} field under {@code errors}, as every invalid field of a
 * request does; {@code url} is the URL, or for the last two reasons its host.
 */
public class InvalidWebhookUrl extends Refusal {

    private static final Set<String> REASONS =
            Set.of("malformed", "scheme", "credentials", "unresolvable", "ambiguous-ip");

    private final String url;
    private final String reason;

    public InvalidWebhookUrl(String url, String reason) {
        super("invalid-content", Kind.INVALID, reason + ": " + url, url);
        if (!REASONS.contains(reason)) {
            throw new IllegalArgumentException("Not a reason a webhook URL is refused for: " + reason);
        }
        this.url = url;
        this.reason = reason;
    }

    public String url() {
        return url;
    }

    public String reason() {
        return reason;
    }

    @Override
    public String detailKey() {
        return "webhook-url-" + reason;
    }

    @Override
    public List<FieldViolation> fieldViolations() {
        return List.of(FieldViolation.of("/url", "url." + reason, Map.of("field", "url", "url", url)));
    }
}
