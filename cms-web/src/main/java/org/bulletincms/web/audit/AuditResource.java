package org.bulletincms.web.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.bulletincms.audit.AuditLog;
import org.bulletincms.audit.AuditQuery;
import org.bulletincms.audit.AuditRecord;
import org.bulletincms.web.problem.ApiProblem;
import org.bulletincms.web.problem.ProblemType;
import org.bulletincms.web.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The audit log, newest first, for approvers and admins: those who answer for what was published. Pages hold
 * {@value AuditQuery#DEFAULT_LIMIT} entries unless {@code limit} says otherwise, at most
 * {@value AuditQuery#MAX_LIMIT}; a full page links the next one ({@code next}, with {@code before=<last id>}).
 */
@Path("v1/audit")
@RequestScoped
@Tag(name = "audit", description = "The append-only audit log")
@SecurityRequirement(name = "keycloak")
public class AuditResource {

    private static final Pattern ACTION = Pattern.compile("[a-z][a-z0-9-]{0,63}");

    @Inject
    AuditLog auditLog;

    @Context
    UriInfo uriInfo;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.APPROVER, Roles.ADMIN})
    @Operation(summary = "Audit entries, newest first: ?issue=<id>&action=<code>&limit=1..200&before=<entry id>")
    public AuditPage page(
            @QueryParam("issue") String issue,
            @QueryParam("action") String action,
            @QueryParam("limit") String limit,
            @QueryParam("before") String before) {
        AuditQuery query = new AuditQuery(
                Optional.ofNullable(issue).map(AuditResource::issueParameter),
                Optional.ofNullable(action).map(AuditResource::actionParameter),
                Optional.ofNullable(before).map(AuditResource::beforeParameter),
                Optional.ofNullable(limit).map(AuditResource::limitParameter).orElse(AuditQuery.DEFAULT_LIMIT));
        List<AuditRecord> entries = auditLog.page(query);
        Optional<URI> next = entries.size() < query.limit()
                ? Optional.empty()
                : Optional.of(uriInfo.getRequestUriBuilder()
                        .replaceQueryParam(
                                "before", entries.get(entries.size() - 1).id())
                        .build());
        return AuditPage.of(entries, query, next);
    }

    private static UUID issueParameter(String issue) {
        try {
            return UUID.fromString(issue);
        } catch (IllegalArgumentException e) {
            throw new ApiProblem(ProblemType.MALFORMED_REQUEST, "detail.query-not-id", "issue");
        }
    }

    private static String actionParameter(String action) {
        if (!ACTION.matcher(action).matches()) {
            throw new ApiProblem(ProblemType.MALFORMED_REQUEST, "detail.audit-action", action);
        }
        return action;
    }

    private static long beforeParameter(String before) {
        try {
            return Long.parseLong(before);
        } catch (NumberFormatException e) {
            throw new ApiProblem(ProblemType.MALFORMED_REQUEST, "detail.audit-before");
        }
    }

    private static int limitParameter(String limit) {
        try {
            int value = Integer.parseInt(limit);
            if (value >= 1 && value <= AuditQuery.MAX_LIMIT) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below, like an out-of-range number
        }
        throw new ApiProblem(ProblemType.MALFORMED_REQUEST, "detail.audit-limit", AuditQuery.MAX_LIMIT);
    }
}
