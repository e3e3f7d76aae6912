package org.bulletincms.web.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class UncheckableTokenHandlerTest {

    @Test
    void aFailureRaisedByTheOidcMechanismIsAnUncheckableToken() {
        IllegalArgumentException noIssuer = new IllegalArgumentException("ELY23015: No expected issuer given");
        noIssuer.setStackTrace(new StackTraceElement[] {
            new StackTraceElement(
                    "org.wildfly.security.http.oidc.TokenValidator$Builder", "build", "TokenValidator.java", 204),
            new StackTraceElement(
                    "org.wildfly.security.http.oidc.BearerTokenRequestAuthenticator", "verifyToken", null, 98)
        });

        assertTrue(UncheckableTokenHandler.thrownByTokenCheck(noIssuer));
        assertTrue(UncheckableTokenHandler.thrownByTokenCheck(new IllegalStateException("wrapped", noIssuer)));
    }

    @Test
    void anyOtherFailureIsLeftToTheIncidentHandling() {
        IllegalArgumentException elsewhere = new IllegalArgumentException("a bug of ours");
        elsewhere.setStackTrace(new StackTraceElement[] {
            new StackTraceElement("org.bulletincms.web.issue.IssueResource", "read", null, 1),
            new StackTraceElement(
                    "org.wildfly.security.http.oidc.OidcAuthenticationMechanism", "evaluateRequest", null, 84)
        });

        assertFalse(UncheckableTokenHandler.thrownByTokenCheck(elsewhere));
    }
}
