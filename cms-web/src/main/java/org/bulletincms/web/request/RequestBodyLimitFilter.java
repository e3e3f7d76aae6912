package org.bulletincms.web.request;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import org.bulletincms.limit.LimitedInput;
import org.bulletincms.web.problem.ApiProblem;
import org.bulletincms.web.problem.ProblemType;

/**
 * Refuses bodies over {@link RequestBodyLimit} with 413: at once when Content-Length says so, otherwise
 * as soon as the streamed body passes the limit, so an oversized body is never read whole.
 * Runs after authorisation, so a caller without the right role learns nothing about limits. Methods marked
 * {@link OwnBodyLimit} (file uploads) enforce a limit of their own.
 */
@Provider
@Priority(Priorities.USER)
public class RequestBodyLimitFilter implements ContainerRequestFilter {

    @Inject
    RequestBodyLimit limit;

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        if (resource.getResourceMethod() != null
                && resource.getResourceMethod().isAnnotationPresent(OwnBodyLimit.class)) {
            return;
        }
        long max = limit.maxBytes();
        if (request.getLength() > max) {
            throw tooLarge(max);
        }
        if (request.hasEntity()) {
            request.setEntityStream(new LimitedInput(request.getEntityStream(), max, limit -> {
                throw tooLarge(limit);
            }));
        }
    }

    private static ApiProblem tooLarge(long max) {
        return new ApiProblem(ProblemType.REQUEST_TOO_LARGE, "detail.request-too-large", max);
    }
}
