package org.bulletincms.web.problem;

import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Answers every exception that reaches JAX-RS with {@code application/problem+json}. */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uriInfo;

    @Context
    Request request;

    @Override
    public Response toResponse(Throwable failure) {
        String path = "/" + uriInfo.getPath(false).replaceFirst("^/", "");
        Problem problem = Problems.inLanguages(headers.getAcceptableLanguages())
                .forException(failure, request.getMethod(), "/api" + path);
        Response.ResponseBuilder response = Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(problem.toJson().toString());
        if (failure instanceof NotAllowedException notAllowed) {
            response.header(HttpHeaders.ALLOW, notAllowed.getResponse().getHeaderString(HttpHeaders.ALLOW));
        }
        ApiProblem refusal = ApiProblem.find(failure);
        if (refusal != null) {
            refusal.responseHeaders().forEach(response::header);
        }
        if (problem.status() == 401) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"cms\"");
        }
        return response.build();
    }
}
