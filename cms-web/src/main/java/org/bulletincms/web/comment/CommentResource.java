package org.bulletincms.web.comment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.bulletincms.comment.Comments;
import org.bulletincms.web.request.PathIds;
import org.bulletincms.web.security.Caller;
import org.bulletincms.web.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * One comment: read it, resolve it, reopen it. Anyone working on issues may settle or reopen a point; both are
 * idempotent, so a retried request does no harm and needs no If-Match.
 */
@Path("v1/comments/{comment}")
@RequestScoped
@Tag(name = "comments")
@SecurityRequirement(name = "keycloak")
public class CommentResource {

    @Inject
    Comments comments;

    @Inject
    Caller caller;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.TRANSLATOR, Roles.APPROVER, Roles.ADMIN})
    @Operation(summary = "One comment")
    public CommentDocument one(@PathParam("comment") String commentId) {
        return CommentDocument.of(comments.find(PathIds.uuid(commentId)).orElseThrow(NotFoundException::new));
    }

    @POST
    @Path("resolve")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.TRANSLATOR, Roles.APPROVER, Roles.ADMIN})
    @Operation(summary = "Mark the comment resolved (a resolved one keeps who resolved it first)")
    public CommentDocument resolve(@PathParam("comment") String commentId) {
        return CommentDocument.of(
                comments.resolve(PathIds.uuid(commentId), caller.subject()).orElseThrow(NotFoundException::new));
    }

    @POST
    @Path("reopen")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.TRANSLATOR, Roles.APPROVER, Roles.ADMIN})
    @Operation(summary = "Open a resolved comment again")
    public CommentDocument reopen(@PathParam("comment") String commentId) {
        return CommentDocument.of(comments.reopen(PathIds.uuid(commentId)).orElseThrow(NotFoundException::new));
    }
}
