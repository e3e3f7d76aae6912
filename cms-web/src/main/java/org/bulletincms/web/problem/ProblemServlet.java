package org.bulletincms.web.problem;

import jakarta.inject.Inject;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Locale;
import org.bulletincms.web.security.SignInService;

/**
 * The error page for failures that happen before JAX-RS sees a request: no or a bad bearer token (401),
 * an unknown path outside the API (404), a body the container refuses (413), an uncaught exception.
 * Declared as the {@code <error-page>} for those statuses in web.xml.
 *
 * <p>elytron-oidc-client refuses every token it cannot check with 401, also when it cannot check any because the
 * sign-in service is down (a node started during a Keycloak outage has neither the realm's metadata nor its keys).
 * Telling such a caller to sign in again would send it to the dead sign-in page, so a refused bearer token is
 * answered 503 with {@code Retry-After} while the sign-in service does not answer. A request without a token stays
 * 401: it needs a token whatever the state of Keycloak.
 */
@WebServlet(urlPatterns = "/problem")
public class ProblemServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final String BEARER = "bearer ";

    // Servlets are Serializable; the container injects this again instead of serialising it.
    @Inject
    transient SignInService signIn;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object statusAttribute = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        String path = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
        String method = request.getMethod();
        ProblemDescriptions problems = ProblemDescriptions.inLanguages(Collections.list(request.getLocales()));

        Problem problem;
        if (failure instanceof Throwable throwable) {
            problem = problems.forUncaught(throwable, method, path);
        } else if (statusAttribute instanceof Integer status
                && status == 401
                && carriesBearerToken(request)
                && !signIn.answers()) {
            SignInUnavailable unavailable = new SignInUnavailable(signIn.retryAfter());
            problem = problems.forException(unavailable, method, path);
            // the token was not found wrong, only not checked: no challenge to sign in again
            response.setHeader("WWW-Authenticate", null);
            unavailable.responseHeaders().forEach(response::setHeader);
        } else if (statusAttribute instanceof Integer status) {
            problem = problems.forStatus(status, method, path);
        } else {
            // Requested directly rather than dispatched as an error page.
            problem = problems.forStatus(404, method, request.getRequestURI());
        }
        response.setStatus(problem.status());
        problem.type()
                .retryAfter()
                .ifPresent(after -> response.setHeader("Retry-After", String.valueOf(after.toSeconds())));
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(problem.toJson().toString());
    }

    private static boolean carriesBearerToken(HttpServletRequest request) {
        return Collections.list(request.getHeaders("Authorization")).stream()
                .anyMatch(
                        value -> value.toLowerCase(Locale.ROOT).startsWith(BEARER) && value.length() > BEARER.length());
    }
}
