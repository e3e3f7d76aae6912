package org.bulletincms.web.comment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import java.util.UUID;
import org.bulletincms.comment.CommentTarget;
import org.bulletincms.comment.CommentView;
import org.bulletincms.comment.Comments;
import org.bulletincms.sectiontype.InstalledSectionTypes;
import org.bulletincms.web.problem.ApiProblem;
import org.bulletincms.web.problem.ProblemType;
import org.bulletincms.web.request.PathIds;
import org.bulletincms.web.security.Caller;
import org.bulletincms.web.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The comments of an issue: everyone working on issues reads and writes them. */
@Path("v1/issues/{issue}/comments")
@RequestScoped
@Tag(name = "comments", description = "Comments on issues, items and fields")
@SecurityRequirement(name = "keycloak")
public class IssueCommentsResource {

    @Inject
    Comments comments;

    @Inject
    InstalledSectionTypes sectionTypes;

    @Inject
    Caller caller;

    @Context
    UriInfo uriInfo;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.TRANSLATOR, Roles.APPROVER, Roles.ADMIN})
    @Operation(summary = "The issue's comments, oldest first; ?item=<id> for one item's, ?open=true for unresolved")
    public CommentDocument.Page list(
            @PathParam("issue") String issueId, @QueryParam("item") String item, @QueryParam("open") String open) {
        UUID issue = PathIds.uuid(issueId);
        Optional<UUID> itemId = Optional.ofNullable(item).map(IssueCommentsResource::itemParameter);
        boolean openOnly = openParameter(open);
        return CommentDocument.Page.of(comments.ofIssue(issue, itemId, openOnly).orElseThrow(NotFoundException::new));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.TRANSLATOR, Roles.APPROVER, Roles.ADMIN})
    @Operation(summary = "Comment on the issue, an item or a field: {\"text\": …, \"item\": …, \"field\": …}")
    @APIResponse(
            responseCode = "201",
            description = "The comment, at Location",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = CommentDocument.class)))
    public Response add(@PathParam("issue") String issueId, NewComment body) {
        CommentTarget target = comments.target(PathIds.uuid(issueId)).orElseThrow(NotFoundException::new);
        NewComment.Checked request = body.checked(target, sectionTypes);
        CommentView comment =
                comments.post(target.issue(), request.itemId(), request.anchor(), request.text(), caller.subject());
        return Response.created(uriInfo.getBaseUriBuilder()
                        .path("v1/comments/" + comment.id())
                        .build())
                .entity(CommentDocument.of(comment))
                .build();
    }

    private static UUID itemParameter(String item) {
        try {
            return UUID.fromString(item);
        } catch (IllegalArgumentException e) {
            throw new ApiProblem(ProblemType.MALFORMED_REQUEST, "detail.query-not-id", "item");
        }
    }

    private static boolean openParameter(String open) {
        if (open == null || open.equals("false")) {
            return false;
        }
        if (open.equals("true")) {
            return true;
        }
        throw new ApiProblem(ProblemType.MALFORMED_REQUEST, "detail.query-not-boolean", "open");
    }
}
