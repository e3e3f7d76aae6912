package org.bulletincms.web.problem;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import java.util.Optional;

/**
 * Requests that the frameworks refuse before or around our code: JAX-RS routing and content negotiation, JSON the
 * parser cannot read, a version JPA found changed at commit, and statuses the container sets without an exception
 * (no token, a body too large for the server). What none of them explains is not answered here.
 */
final class RequestProblems {

    private final ProblemText texts;

    RequestProblems(ProblemText texts) {
        this.texts = texts;
    }

    /** The problem for a failure the frameworks raised about the request, if it is one. */
    Optional<Problem> describe(Throwable failure, String method, String path) {
        if (Causes.find(failure, OptimisticLockException.class).isPresent()) {
            return Optional.of(texts.problem(ProblemType.PRECONDITION_FAILED, "detail.stale"));
        }
        if (causedByUnreadableJson(failure)) {
            return Optional.of(texts.problem(ProblemType.MALFORMED_REQUEST, "detail.malformed-json"));
        }
        if (failure instanceof NotAuthorizedException) {
            return Optional.of(forStatus(401, method, path));
        }
        if (failure instanceof ForbiddenException) {
            return Optional.of(forStatus(403, method, path));
        }
        if (failure instanceof NotFoundException) {
            return Optional.of(forStatus(404, method, path));
        }
        if (failure instanceof NotAllowedException) {
            return Optional.of(forStatus(405, method, path));
        }
        if (failure instanceof NotAcceptableException) {
            return Optional.of(forStatus(406, method, path));
        }
        if (failure instanceof NotSupportedException) {
            return Optional.of(forStatus(415, method, path));
        }
        if (failure instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            return Optional.of(forStatus(web.getResponse().getStatus(), method, path));
        }
        return Optional.empty();
    }

    /** A client error the container set (authentication, routing, size limits) rather than an exception. */
    Problem forStatus(int status, String method, String path) {
        return switch (status) {
            case 401 -> texts.problem(ProblemType.UNAUTHENTICATED, "detail.unauthenticated");
            case 403 -> texts.problem(ProblemType.FORBIDDEN, "detail.forbidden");
            case 404 -> texts.problem(ProblemType.NOT_FOUND, "detail.not-found", path);
            case 405 -> texts.problem(ProblemType.METHOD_NOT_ALLOWED, "detail.method-not-allowed", method);
            case 406 -> texts.problem(ProblemType.NOT_ACCEPTABLE, "detail.not-acceptable");
            case 413 -> texts.problem(ProblemType.REQUEST_TOO_LARGE, "detail.request-too-large-for-server");
            case 415 -> texts.problem(ProblemType.UNSUPPORTED_MEDIA_TYPE, "detail.unsupported-media-type");
            default -> texts.problem(ProblemType.MALFORMED_REQUEST, "detail.malformed-request", "HTTP " + status);
        };
    }

    private static boolean causedByUnreadableJson(Throwable failure) {
        return Causes.find(failure, JsonParsingException.class).isPresent()
                || Causes.find(failure, JsonbException.class).isPresent()
                || Causes.find(failure, jakarta.json.JsonException.class).isPresent();
    }
}
