package org.bulletincms.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    /**
     * The Standard Webhooks reference vector, recomputed independently with
     * {@code openssl dgst -sha256 -mac HMAC -macopt hexkey:<base64-decoded secret>} and with Python's hmac module.
     */
    @Test
    void signsIdTimestampAndBodyLikeTheStandardWebhooksReference() {
        WebhookSecret secret = new WebhookSecret("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");

        String signature =
                WebhookSignature.of(secret, "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, "{\"test\": 2432232314}");

        assertEquals("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=", signature);
    }

    @Test
    void aChangedBodyIdOrTimestampChangesTheSignature() {
        WebhookSecret secret = new WebhookSecret("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
        String original = WebhookSignature.of(secret, "msg_1", 1614265330, "{}");

        assertNotEquals(original, WebhookSignature.of(secret, "msg_2", 1614265330, "{}"));
        assertNotEquals(original, WebhookSignature.of(secret, "msg_1", 1614265331, "{}"));
        assertNotEquals(original, WebhookSignature.of(secret, "msg_1", 1614265330, "{ }"));
    }

    @Test
    void withTwoSecretsTheHeaderCarriesOneSignatureEachCurrentFirst() {
        WebhookSecret current = WebhookSecret.generate();
        WebhookSecret previous = new WebhookSecret("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");

        String header = WebhookSignature.of(
                java.util.List.of(current, previous),
                "msg_p5jXN8AQM9LWM0D4loKWxJek",
                1614265330,
                "{\"test\": 2432232314}");

        String[] signatures = header.split(" ");
        assertEquals(2, signatures.length, header);
        assertEquals(
                WebhookSignature.of(current, "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, "{\"test\": 2432232314}"),
                signatures[0]);
        assertEquals("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=", signatures[1]);
    }

    @Test
    void aRotatedSecretSignsAlongsideTheNewOneUntilItsOverlapEnds() {
        java.time.Instant now = java.time.Instant.parse("2026-11-23T10:00:00Z");
        WebhookSecret first = WebhookSecret.generate();
        WebhookSecret second = WebhookSecret.generate();
        WebhookEndpoint endpoint = new WebhookEndpoint(
                WebhookUrl.parse("https://hooks.example.org/cms"),
                java.util.Set.of(WebhookEvent.ISSUE_PUBLISHED),
                first,
                "adam",
                now);

        endpoint.rotateSecret(second, now, java.time.Duration.ofHours(24));

        assertEquals(java.util.List.of(second, first), endpoint.signingSecrets(now.plusSeconds(3600)));
        assertEquals(java.util.List.of(second), endpoint.signingSecrets(now.plus(java.time.Duration.ofHours(24))));
        endpoint.rotateSecret(WebhookSecret.generate(), now, java.time.Duration.ZERO);
        assertEquals(1, endpoint.signingSecrets(now).size(), "an overlap of zero revokes the old secret at once");
    }

    @Test
    void generatedSecretsHaveThePrefixAndThirtyTwoRandomBytes() {
        WebhookSecret one = WebhookSecret.generate();
        WebhookSecret two = WebhookSecret.generate();

        assertTrue(one.value().startsWith("whsec_"), one.value());
        assertEquals(32, Base64.getDecoder().decode(one.value().substring(6)).length);
        assertNotEquals(one.value(), two.value());
        assertEquals("WebhookSecret[***]", one.toString(), "a secret never appears in logs");
    }

    @Test
    void aSecretWithoutPrefixOrWithTooFewBytesIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new WebhookSecret("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"));
        assertThrows(IllegalArgumentException.class, () -> new WebhookSecret("whsec_c2hvcnQ="));
    }
}
