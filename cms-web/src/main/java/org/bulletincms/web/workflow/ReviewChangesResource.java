package org.bulletincms.web.workflow;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.bulletincms.account.Accounts;
import org.bulletincms.web.problem.Problem;
import org.bulletincms.web.request.PathIds;
import org.bulletincms.web.security.Roles;
import org.bulletincms.workflow.ReviewChanges;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /api/v1/issues/{id}/changes-since-review}: the approver's view of what changed, in one call. */
@Path("v1/issues/{issue}/changes-since-review")
@RequestScoped
@Tag(name = "workflow")
@SecurityRequirement(name = "keycloak")
public class ReviewChangesResource {

    @Inject
    ReviewChanges changes;

    @Inject
    Accounts accounts;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.TRANSLATOR, Roles.APPROVER, Roles.ADMIN})
    @Operation(
            summary = "What changed since the issue's last review (approval or rejection), field by field per item",
            description = "Computed from the item revisions: every change since the review counts, however many.")
    @APIResponse(
            responseCode = "200",
            description = "The changes",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ChangesSinceReviewAnswer.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such issue",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public ChangesSinceReviewAnswer since(@PathParam("issue") String issueId) {
        return changes.of(PathIds.uuid(issueId))
                .map(found -> ChangesSinceReviewAnswer.of(found, accounts))
                .orElseThrow(NotFoundException::new);
    }
}
