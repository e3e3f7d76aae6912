package org.bulletincms.web.issue;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.bulletincms.drafting.Drafting;
import org.bulletincms.drafting.IssueCover;
import org.bulletincms.drafting.IssueView;
import org.bulletincms.issue.NumberingGaps;
import org.bulletincms.publication.Publications;
import org.bulletincms.spi.Json;
import org.bulletincms.web.security.Caller;
import org.bulletincms.web.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The issues of one publication: draft a new one, list them with gaps in their numbering. */
@Path("v1/publications/{publication}/issues")
@RequestScoped
@Tag(name = "issues")
@SecurityRequirement(name = "keycloak")
public class PublicationIssuesResource {

    @Inject
    Publications publications;

    @Inject
    Caller caller;

    @Inject
    Drafting drafting;

    @Context
    UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(summary = "Draft a new issue: {\"year\":2024,\"number\":2,\"cumulativeNumber\":16}")
    @APIResponse(
            responseCode = "201",
            description = "The issue drafted; its ETag is the issue's version",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = IssueDocument.class)))
    public Response draft(@PathParam("publication") String publicationId, IssueRequests.Cover cover) {
        UUID publication = IssueResource.id(publicationId);
        IssueRequests.CoverTexts texts =
                cover.texts(publications.locales(publication).orElseThrow(NotFoundException::new));
        IssueView issue = drafting.draftIssue(
                caller.actor(),
                publication,
                cover.issueNumber(),
                texts.title(),
                texts.mastheadLine(),
                cover.plannedPublicationDate());
        return Response.created(uriInfo.getBaseUriBuilder()
                        .path("v1/issues/" + issue.id())
                        .build())
                .tag(new EntityTag(issue.cover().tag()))
                .entity(IssueDocument.of(issue))
                .build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.TRANSLATOR, Roles.APPROVER, Roles.ADMIN})
    @Operation(summary = "The issues of a publication, newest first, with gaps in their numbering")
    public JsonObject ofPublication(@PathParam("publication") String publicationId) {
        List<IssueCover> all = drafting.issuesOf(caller.actor(), IssueResource.id(publicationId))
                .orElseThrow(NotFoundException::new);
        JsonArrayBuilder list = Json.createArrayBuilder();
        all.forEach(issue -> list.add(IssueJson.summary(issue)));
        return Json.createObjectBuilder()
                .add("issues", list)
                .add(
                        "numbering",
                        IssueJson.numbering(NumberingGaps.of(
                                all.stream().map(IssueCover::number).toList())))
                .build();
    }
}
