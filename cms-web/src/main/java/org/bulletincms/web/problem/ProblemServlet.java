package org.bulletincms.web.problem;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;

/**
 * The error page for failures that happen before JAX-RS sees a request: no or a bad bearer token (401),
 * an unknown path outside the API (404), a body the container refuses (413), an uncaught exception.
 * Declared as the {@code <error-page>} for those statuses in web.xml.
 */
@WebServlet(urlPatterns = "/problem")
public class ProblemServlet extends HttpServlet {

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object statusAttribute = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        String path = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
        String method = request.getMethod();
        Problems problems = Problems.inLanguages(Collections.list(request.getLocales()));

        Problem problem;
        if (failure instanceof Throwable throwable) {
            problem = problems.forUncaught(throwable, method, path);
        } else if (statusAttribute instanceof Integer status) {
            problem = problems.forStatus(status, method, path);
        } else {
            // Requested directly rather than dispatched as an error page.
            problem = problems.forStatus(404, method, request.getRequestURI());
        }
        response.setStatus(problem.status());
        problem.type().retryAfter().ifPresent(after -> response.setHeader("Retry-After",
                String.valueOf(after.toSeconds())));
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(problem.toJson().toString());
    }
}
