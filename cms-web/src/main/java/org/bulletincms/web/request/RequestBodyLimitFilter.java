package org.bulletincms.web.request;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
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
            request.setEntityStream(new LimitedStream(request.getEntityStream(), max));
        }
    }

    private static ApiProblem tooLarge(long max) {
        return new ApiProblem(ProblemType.REQUEST_TOO_LARGE, "detail.request-too-large", max);
    }

    private static final class LimitedStream extends FilterInputStream {
        private final long max;
        private long read;

        LimitedStream(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > max) {
                throw tooLarge(max);
            }
        }
    }
}
