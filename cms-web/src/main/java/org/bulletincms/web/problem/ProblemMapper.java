package org.bulletincms.web.problem;

import jakarta.inject.Inject;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.bulletincms.concurrency.StaleVersion;
import org.bulletincms.database.DatabaseOutage;
import org.bulletincms.search.SearchEngineOutage;
import org.bulletincms.sectiontype.InstalledSectionTypes;
import org.bulletincms.web.security.Caller;
import org.bulletincms.web.security.PermissionRefusals;

/** Answers every exception that reaches JAX-RS with {@code application/problem+json}. */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uriInfo;

    @Context
    Request request;

    @Inject
    Caller caller;

    @Inject
    PermissionRefusals refusals;

    @Inject
    DatabaseOutage outage;

    @Inject
    SearchEngineOutage searchOutage;

    @Inject
    InstalledSectionTypes sectionTypes;

    @Override
    public Response toResponse(Throwable failure) {
        String path = "/" + uriInfo.getPath(false).replaceFirst("^/", "");
        Problem problem = ProblemDescriptions.inLanguages(headers.getAcceptableLanguages(), sectionTypes)
                .forException(failure, request.getMethod(), "/api" + path);
        Response.ResponseBuilder response = Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(problem.toJson().toString());
        if (failure instanceof NotAllowedException notAllowed) {
            response.header(HttpHeaders.ALLOW, notAllowed.getResponse().getHeaderString(HttpHeaders.ALLOW));
        }
        Causes.find(failure, ApiProblem.class)
                .ifPresent(refusal -> refusal.responseHeaders().forEach(response::header));
        // the current version goes back with a 412, so the client can reload and apply its change again
        Causes.find(failure, StaleVersion.class)
                .ifPresent(stale -> response.header(HttpHeaders.ETAG, new EntityTag(stale.current())));
        problem.type().retryAfter().ifPresent(after -> response.header("Retry-After", after.toSeconds()));
        if (problem.type() == ProblemType.DATABASE_UNAVAILABLE) {
            outage.noticed(failure);
        }
        if (problem.type() == ProblemType.SEARCH_UNAVAILABLE) {
            searchOutage.noticed(failure);
        }
        if (problem.status() == 413) {
            // the rest of the body is not read: close the connection rather than make the client send it all
            response.header("Connection", "close");
        }
        if (problem.status() == 401) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"cms\"");
        }
        if (problem.type() == ProblemType.FORBIDDEN) {
            recordRefusal(request.getMethod(), "/api" + path);
        }
        return response.build();
    }

    /** Audits the refusal; a failure to audit is logged and never turns the 403 into something else. */
    private void recordRefusal(String method, String path) {
        try {
            String user = caller.isSignedIn() ? caller.subject() : "anonymous";
            refusals.record(
                    method, path, user, caller.roles(), Clock.systemUTC().instant());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not audit the refusal of " + method + " " + path, e);
        }
    }
}
