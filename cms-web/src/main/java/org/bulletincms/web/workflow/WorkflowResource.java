package org.bulletincms.web.workflow;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.bulletincms.actor.Actor;
import org.bulletincms.issue.WorkflowAction;
import org.bulletincms.refusal.Refusal.FieldViolation;
import org.bulletincms.spi.Json;
import org.bulletincms.web.problem.ApiProblem;
import org.bulletincms.web.problem.ProblemType;
import org.bulletincms.web.request.InvalidRequest;
import org.bulletincms.web.request.PathIds;
import org.bulletincms.web.security.Caller;
import org.bulletincms.web.security.Roles;
import org.bulletincms.workflow.IssueRecords;
import org.bulletincms.workflow.Transitions;
import org.bulletincms.workflow.WorkflowState;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Moving an issue through the workflow — {@code POST /api/v1/issues/{id}/workflow/{action}} with
 * {@code {"comment": "…"}} (and {@code "at"} for schedule-publication) — and reading its sign-offs and
 * published editions. Who may take which action is decided by the workflow, not by annotations here.
 */
@Path("v1/issues/{issue}")
@RequestScoped
@Tag(name = "workflow", description = "draft → in translation → in review → approved → published")
@SecurityRequirement(name = "keycloak")
public class WorkflowResource {

    @Inject
    IssueRecords records;

    @Inject
    Transitions transitions;

    @Inject
    Caller caller;

    @POST
    @Path("workflow/{action}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.TRANSLATOR, Roles.APPROVER, Roles.ADMIN})
    @Operation(
            summary = "Take a workflow action: send-to-translation, submit-for-review, reject, approve, "
                    + "withdraw-approval, publish, schedule-publication, start-correction, unpublish")
    public WorkflowViews.State take(
            @PathParam("issue") String issueId,
            @PathParam("action") String actionCode,
            WorkflowViews.ActionRequest request) {
        WorkflowAction action = WorkflowAction.byCode(actionCode).orElseThrow(NotFoundException::new);
        UUID issue = PathIds.uuid(issueId);
        Actor actor = caller.actor();
        Instant now = Clock.systemUTC().instant();
        try {
            Optional<WorkflowState> state = action == WorkflowAction.SCHEDULE_PUBLICATION
                    ? transitions.schedule(issue, actor, when(request.at(), now), now)
                    : transitions.take(issue, action, actor, request.comment(), now);
            return WorkflowViews.State.of(state.orElseThrow(NotFoundException::new));
        } catch (OptimisticLockException concurrent) {
            // Two approvers at the same instant: the first commit wins, the second is told so.
            throw new ApiProblem(ProblemType.CONCURRENT_TRANSITION, "detail.concurrent-transition");
        }
    }

    @GET
    @Path("workflow")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.TRANSLATOR, Roles.APPROVER, Roles.ADMIN})
    @Operation(summary = "Where the issue is in the workflow")
    public WorkflowViews.State current(@PathParam("issue") String issueId) {
        return WorkflowViews.State.of(
                transitions.state(caller.actor(), PathIds.uuid(issueId)).orElseThrow(NotFoundException::new));
    }

    @GET
    @Path("sign-offs")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.TRANSLATOR, Roles.APPROVER, Roles.ADMIN})
    @Operation(summary = "Every sign-off of the issue, valid or voided")
    public WorkflowViews.SignOffs signOffs(@PathParam("issue") String issueId) {
        return WorkflowViews.SignOffs.of(records.signOffs(PathIds.uuid(issueId)).orElseThrow(NotFoundException::new));
    }

    @GET
    @Path("editions")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.TRANSLATOR, Roles.APPROVER, Roles.ADMIN})
    @Operation(
            summary = "The published editions of the issue (a correction adds one); withdrawn ones say when, "
                    + "by whom and why the issue was unpublished")
    public WorkflowViews.Editions editions(@PathParam("issue") String issueId) {
        return WorkflowViews.Editions.of(records.editions(PathIds.uuid(issueId)).orElseThrow(NotFoundException::new));
    }

    @GET
    @Path("editions/{edition}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.TRANSLATOR, Roles.APPROVER, Roles.ADMIN})
    @Operation(summary = "One published edition: the immutable snapshot front ends receive")
    @APIResponse(
            responseCode = "200",
            description = "The snapshot as it was stored when the edition was published",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = EditionSnapshot.class)))
    public JsonObject edition(@PathParam("issue") String issueId, @PathParam("edition") int edition) {
        String snapshot = records.snapshot(PathIds.uuid(issueId), edition).orElseThrow(NotFoundException::new);
        try (JsonReader reader = Json.createReader(new StringReader(snapshot))) {
            return reader.readObject();
        }
    }

    /** When a scheduled publication is to happen: an ISO instant in the future, sent as {@code at}. */
    private static Instant when(Optional<Instant> at, Instant now) {
        Instant instant = at.orElseThrow(() -> invalidAt("field.required"));
        if (!instant.isAfter(now)) {
            throw invalidAt("schedule.in-the-past");
        }
        return instant;
    }

    private static InvalidRequest invalidAt(String key) {
        return new InvalidRequest(List.of(FieldViolation.of("/at", key, Map.of("field", "at"))));
    }
}
