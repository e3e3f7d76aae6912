package org.bulletincms.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The Standard Webhooks signature: {@code v1,<base64 HMAC-SHA256(key, "{id}.{timestamp}.{body}")>}, sent in the
 * {@code webhook-signature} header. Receivers recompute it with the secret they were shown at registration or
 * rotation. While a rotated secret still signs, the header carries one signature per secret, separated by a
 * space, and a receiver accepts the message when any of them matches.
 */
public final class WebhookSignature {

    private WebhookSignature() {}

    /** The header value for every secret, the current one first. */
    public static String of(List<WebhookSecret> secrets, String messageId, long timestampSeconds, String body) {
        if (secrets.isEmpty()) {
            throw new IllegalArgumentException("a message is signed with at least one secret");
        }
        return secrets.stream()
                .map(secret -> of(secret, messageId, timestampSeconds, body))
                .collect(Collectors.joining(" "));
    }

    public static String of(WebhookSecret secret, String messageId, long timestampSeconds, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.key(), "HmacSHA256"));
            byte[] signed =
                    mac.doFinal((messageId + "." + timestampSeconds + "." + body).getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(signed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java platform", e);
        }
    }
}
