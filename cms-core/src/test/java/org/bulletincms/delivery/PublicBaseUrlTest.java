package org.bulletincms.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PublicBaseUrlTest {

    @Test
    void linksStartWithTheConfiguredAddressWithoutADoubleSlash() {
        assertEquals(
                "https://bulletin.example.org/api/delivery/v1",
                PublicBaseUrl.of("https://bulletin.example.org/").resolve("/api/delivery/v1"));
        assertEquals(
                "https://example.org/newsletter/api/delivery/v1",
                PublicBaseUrl.of(" https://example.org/newsletter ").resolve("/api/delivery/v1"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "bulletin.example.org",
                "/api",
                "ftp://example.org",
                "javascript:alert(1)",
                "https://example.org/?next=x",
                "https://example.org/#top",
                "https://someone@example.org",
                "https://exa mple.org",
                ""
            })
    void anythingButAnAbsoluteWebAddressIsRefusedWithTheReason(String configured) {
        IllegalArgumentException refused =
                assertThrows(IllegalArgumentException.class, () -> PublicBaseUrl.of(configured));
        assertEquals(true, refused.getMessage().contains(configured.strip()), refused.getMessage());
    }
}
