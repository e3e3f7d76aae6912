package org.bulletincms.web.delivery;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.bulletincms.delivery.PreviewLinks;
import org.bulletincms.web.request.PathIds;
import org.bulletincms.web.security.Caller;
import org.bulletincms.web.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * An issue's preview links: {@code {"validSeconds": 3600}} (1 s to a week). Editors and approvers create them: an
 * approver signs off what readers will get, and the editorial preview shows it to them through a link.
 * Every role lists them; revoking stays with editors and admins.
 */
@Path("v1/issues/{issue}/preview-links")
@RequestScoped
@Tag(name = "delivery")
@SecurityRequirement(name = "keycloak")
public class PreviewLinkResource {

    /** A preview link lives at most a week. */
    static final int MAX_VALID_SECONDS = 7 * 24 * 60 * 60;

    @Inject
    PreviewLinks links;

    @Inject
    Caller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.APPROVER, Roles.ADMIN})
    @Operation(summary = "Create a preview link (editors, approvers and admins); its URL is shown once")
    @APIResponse(
            responseCode = "201",
            description = "The link, with its URL (shown this once)",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PreviewLinkDocument.class)))
    public Response create(@PathParam("issue") String issueId, PreviewLinkDocument.Request request) {
        Instant now = Clock.systemUTC().instant();
        PreviewLinks.Issued issued = links.issue(
                        PathIds.uuid(issueId),
                        caller.subject(),
                        now,
                        now.plus(Duration.ofSeconds(request.validSeconds())))
                .orElseThrow(NotFoundException::new);
        return Response.status(Response.Status.CREATED)
                .entity(PreviewLinkDocument.of(issued.link()).withUrl("/api/delivery/v1/preview/" + issued.token()))
                .build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.TRANSLATOR, Roles.APPROVER, Roles.ADMIN})
    @Operation(summary = "The issue's preview links (never their tokens)")
    public PreviewLinkDocument.Links list(@PathParam("issue") String issueId) {
        return new PreviewLinkDocument.Links(
                links.ofIssue(PathIds.uuid(issueId)).orElseThrow(NotFoundException::new).stream()
                        .map(PreviewLinkDocument::of)
                        .toList());
    }

    @DELETE
    @Path("{link}")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(summary = "Revoke a preview link (editors and admins)")
    @APIResponse(responseCode = "204", description = "Revoked")
    public Response revoke(@PathParam("issue") String issueId, @PathParam("link") String linkId) {
        if (!links.revoke(
                PathIds.uuid(issueId), PathIds.uuid(linkId), Clock.systemUTC().instant())) {
            throw new NotFoundException();
        }
        return Response.noContent().build();
    }
}
