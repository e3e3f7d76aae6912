package org.bulletincms.web.issue;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.bulletincms.account.Accounts;
import org.bulletincms.actor.Actor;
import org.bulletincms.drafting.Drafting;
import org.bulletincms.issue.Issue;
import org.bulletincms.issue.Issues;
import org.bulletincms.issue.NumberingGaps;
import org.bulletincms.publication.Publication;
import org.bulletincms.publication.Publications;
import org.bulletincms.sectiontype.InstalledSectionTypes;
import org.bulletincms.spi.Json;
import org.bulletincms.web.security.Caller;
import org.bulletincms.web.security.Roles;
import org.bulletincms.workflow.EditorialWorkflow;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The issues of one publication: draft a new one, list them with gaps in their numbering. */
@Path("v1/publications/{publication}/issues")
@RequestScoped
@Transactional
@Tag(name = "issues")
@SecurityRequirement(name = "keycloak")
public class PublicationIssuesResource {

    @Inject
    Accounts accounts;

    @Inject
    Publications publications;

    @Inject
    Issues issues;

    @Inject
    InstalledSectionTypes sectionTypes;

    @Inject
    Caller caller;

    @Inject
    Drafting drafting;

    @Inject
    EditorialWorkflow workflow;

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
        Publication publication = publication(publicationId);
        IssueRequests.CoverTexts texts = cover.texts(publication.locales());
        Issue issue = drafting.draftIssue(
                caller.actor(),
                publication.id(),
                cover.issueNumber(),
                texts.title(),
                texts.mastheadLine(),
                cover.plannedPublicationDate());
        return Response.created(uriInfo.getBaseUriBuilder()
                        .path("v1/issues/" + issue.id())
                        .build())
                .tag(IssueJson.etag(issue))
                .entity(IssueDocument.of(issue, workflow.allowedActions(issue, caller.actor()), sectionTypes, accounts))
                .build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.TRANSLATOR, Roles.APPROVER, Roles.ADMIN})
    @Operation(summary = "The issues of a publication, newest first, with gaps in their numbering")
    public JsonObject ofPublication(@PathParam("publication") String publicationId) {
        Publication publication = publication(publicationId);
        List<Issue> all = issues.ofPublication(publication.id());
        JsonArrayBuilder list = Json.createArrayBuilder();
        Actor actor = caller.actor();
        all.forEach(issue -> list.add(IssueJson.summary(issue, workflow.allowedActions(issue, actor), accounts)));
        return Json.createObjectBuilder()
                .add("issues", list)
                .add(
                        "numbering",
                        IssueJson.numbering(
                                NumberingGaps.of(all.stream().map(Issue::number).toList())))
                .build();
    }

    private Publication publication(String id) {
        return IssueResource.parse(id).flatMap(publications::find).orElseThrow(NotFoundException::new);
    }
}
