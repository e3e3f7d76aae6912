package org.bulletincms.web.security;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.servlet.handlers.ServletRequestContext;
import io.undertow.util.StatusCodes;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Wraps the servlet security handlers: when elytron-oidc-client throws instead of answering, the request ends as a
 * refused token (401), which the error page ({@code ProblemServlet}) then answers 401, or 503 while the sign-in service
 * does not answer.
 *
 * <p>Why: a node that has never read the realm's OpenID provider metadata (it started while Keycloak was down)
 * cannot build a token validator, and elytron-oidc-client 2.8 throws {@code IllegalArgumentException: ELY23015: No
 * expected issuer given} for every bearer token. Left alone that is a 500 incident and an ERROR with a stack trace in
 * the server log for every call during the outage. The metadata is fetched again on the next request, so the node
 * recovers by itself once Keycloak answers.
 */
final class UncheckableTokenHandler implements HttpHandler {

    private static final Logger LOG = Logger.getLogger(UncheckableTokenHandler.class.getName());
    private static final String OIDC_PACKAGE = "org.wildfly.security.http.oidc.";

    private final HttpHandler next;

    UncheckableTokenHandler(HttpHandler next) {
        this.next = next;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        try {
            next.handleRequest(exchange);
        } catch (RuntimeException failure) {
            ServletRequestContext servlet = exchange.getAttachment(ServletRequestContext.ATTACHMENT_KEY);
            if (!thrownByTokenCheck(failure) || servlet == null || exchange.isResponseStarted()) {
                throw failure;
            }
            LOG.log(
                    Level.FINE,
                    "elytron-oidc-client could not check the token of " + exchange.getRequestURI(),
                    failure);
            servlet.getOriginalResponse().sendError(StatusCodes.UNAUTHORIZED);
        }
    }

    /** True when the failure was raised by the OIDC mechanism itself (its top frame is in its package). */
    static boolean thrownByTokenCheck(Throwable failure) {
        int depth = 0;
        for (Throwable cause = failure; cause != null && depth < 10; cause = cause.getCause(), depth++) {
            StackTraceElement[] frames = cause.getStackTrace();
            if (frames.length > 0 && frames[0].getClassName().startsWith(OIDC_PACKAGE)) {
                return true;
            }
        }
        return false;
    }
}
