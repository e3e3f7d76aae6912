package org.bulletincms.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class SecurityHeadersHandlerTest {

    @Test
    void aSandboxedResponseKeepsItsSandboxAndRefusesFraming() {
        assertEquals(
                "sandbox; default-src 'none'; frame-ancestors 'none'",
                SecurityHeadersHandler.sandboxPolicy("sandbox; default-src 'none'"));
    }

    @Test
    void aSandboxThatAlreadyRefusesFramingIsKeptAsItIs() {
        assertEquals(
                "sandbox; frame-ancestors 'none'",
                SecurityHeadersHandler.sandboxPolicy("sandbox; frame-ancestors 'none'"));
    }

    @Test
    void anyOtherPolicyIsReplacedByThePagePolicy() {
        assertNull(SecurityHeadersHandler.sandboxPolicy("default-src 'none'; frame-ancestors 'none'"));
        assertNull(SecurityHeadersHandler.sandboxPolicy(null));
    }
}
