package org.bulletincms.web.delivery;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
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
import org.bulletincms.account.Accounts;
import org.bulletincms.delivery.PreviewLink;
import org.bulletincms.delivery.PreviewLinks;
import org.bulletincms.issue.Issue;
import org.bulletincms.issue.Issues;
import org.bulletincms.web.request.PathIds;
import org.bulletincms.web.security.Caller;
import org.bulletincms.web.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Editors create, list and revoke an issue's preview links: {@code {"validSeconds": 3600}} (1 s to a week). */
@Path("v1/issues/{issue}/preview-links")
@RequestScoped
@Transactional
@Tag(name = "delivery")
@SecurityRequirement(name = "keycloak")
public class PreviewLinkResource {

    @Inject
    Accounts accounts;

    /** A preview link lives at most a week. */
    static final int MAX_VALID_SECONDS = 7 * 24 * 60 * 60;

    @Inject
    PreviewLinks links;

    @Inject
    Issues issues;

    @Inject
    Caller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(summary = "Create a preview link; its URL is shown once")
    @APIResponse(
            responseCode = "201",
            description = "The link, with its URL (shown this once)",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PreviewLinkView.class)))
    public Response create(@PathParam("issue") String issueId, PreviewLinkView.Request request) {
        Issue issue = issue(issueId);
        Instant now = Clock.systemUTC().instant();
        PreviewLinks.Issued issued =
                links.issue(issue.id(), caller.subject(), now, now.plus(Duration.ofSeconds(request.validSeconds())));
        return Response.status(Response.Status.CREATED)
                .entity(PreviewLinkView.of(issued.link(), accounts)
                        .withUrl("/api/delivery/v1/preview/" + issued.token()))
                .build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.TRANSLATOR, Roles.APPROVER, Roles.ADMIN})
    @Operation(summary = "The issue's preview links (never their tokens)")
    public PreviewLinkView.Links list(@PathParam("issue") String issueId) {
        return new PreviewLinkView.Links(links.ofIssue(issue(issueId).id()).stream()
                .map(link -> PreviewLinkView.of(link, accounts))
                .toList());
    }

    @DELETE
    @Path("{link}")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(summary = "Revoke a preview link")
    @APIResponse(responseCode = "204", description = "Revoked")
    public Response revoke(@PathParam("issue") String issueId, @PathParam("link") String linkId) {
        Issue issue = issue(issueId);
        PreviewLink link = links.find(PathIds.uuid(linkId))
                .filter(l -> l.issueId().equals(issue.id()))
                .orElseThrow(NotFoundException::new);
        link.revoke(Clock.systemUTC().instant());
        return Response.noContent().build();
    }

    private Issue issue(String id) {
        return issues.find(PathIds.uuid(id)).orElseThrow(NotFoundException::new);
    }
}
