package org.bulletincms.web.issue;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Optional;
import java.util.UUID;
import org.bulletincms.concurrency.ExpectedVersion;
import org.bulletincms.drafting.Drafting;
import org.bulletincms.drafting.IssueVersion;
import org.bulletincms.drafting.IssueView;
import org.bulletincms.drafting.ItemView;
import org.bulletincms.drafting.RubricView;
import org.bulletincms.locale.LocaleTag;
import org.bulletincms.locale.TextByLocale;
import org.bulletincms.publication.PublicationLocales;
import org.bulletincms.sectiontype.InstalledSectionTypes;
import org.bulletincms.web.concurrency.Preconditions;
import org.bulletincms.web.problem.ApiProblem;
import org.bulletincms.web.problem.ProblemType;
import org.bulletincms.web.security.Caller;
import org.bulletincms.web.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Issues, their rubrics and the items in them. Editors and admins write; translators and approvers read.
 * Writes to an existing issue need {@code If-Match} with the issue's ETag.
 */
@Path("v1/issues/{issue}")
@RequestScoped
@Tag(name = "issues", description = "Numbered issues, their rubrics and items")
@SecurityRequirement(name = "keycloak")
public class IssueResource {

    private static final String WRITTEN = "The issue after the write; the ETag is its new version";

    @Inject
    InstalledSectionTypes sectionTypes;

    @Inject
    Drafting drafting;

    @Inject
    Caller caller;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uriInfo;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.TRANSLATOR, Roles.APPROVER, Roles.ADMIN})
    @Operation(summary = "An issue with its rubrics and items")
    @APIResponse(
            responseCode = "200",
            description = "The issue; its ETag is the issue's version",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = IssueDocument.class)))
    public Response one(@PathParam("issue") String issueId) {
        IssueView issue = issue(id(issueId));
        return Response.ok(IssueDocument.of(issue))
                .tag(new EntityTag(issue.cover().tag()))
                .build();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(summary = "Change an issue's number, title, masthead line or planned date (If-Match)")
    @APIResponse(
            responseCode = "200",
            description = WRITTEN,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = IssueDocument.class)))
    public Response reviseCover(@PathParam("issue") String issueId, IssueRequests.Cover cover) {
        UUID issue = id(issueId);
        IssueRequests.CoverTexts texts = cover.texts(locales(issue));
        return written(drafting.reviseCover(
                caller.actor(),
                issue,
                expected(),
                cover.issueNumber(),
                texts.title(),
                texts.mastheadLine(),
                cover.plannedPublicationDate()));
    }

    @DELETE
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(summary = "Delete an issue with its rubrics and items (If-Match)")
    @APIResponse(responseCode = "204", description = "The issue is deleted")
    public Response delete(@PathParam("issue") String issueId) {
        drafting.deleteIssue(caller.actor(), id(issueId), expected());
        return Response.noContent().build();
    }

    @GET
    @Path("contents")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.TRANSLATOR, Roles.APPROVER, Roles.ADMIN})
    @Operation(summary = "The table of contents in one locale (目录), derived from rubric and item titles")
    public TableOfContentsDocument contents(
            @PathParam("issue") String issueId, @jakarta.ws.rs.QueryParam("locale") String locale) {
        IssueView issue = issue(id(issueId));
        PublicationLocales locales = issue.locales();
        LocaleTag tag = Optional.ofNullable(locale)
                .filter(LocaleTag::isWellFormed)
                .map(LocaleTag::of)
                .orElse(locales.source());
        if (!locales.all().contains(tag)) {
            throw new ApiProblem(
                    ProblemType.MALFORMED_REQUEST, "detail.contents-locale", locale, String.valueOf(locales.all()));
        }
        return TableOfContentsDocument.of(issue, tag, sectionTypes);
    }

    @POST
    @Path("rubrics")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(summary = "Add a rubric at the end of the issue")
    @APIResponse(
            responseCode = "201",
            description = "The rubric created; the ETag is the issue's new version",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = RubricDocument.class)))
    public Response addRubric(@PathParam("issue") String issueId, IssueRequests.RubricTitle body) {
        UUID issue = id(issueId);
        RubricView rubric = drafting.addRubric(caller.actor(), issue, body.title(locales(issue)));
        return Response.created(uri("v1/issues/" + issue + "/rubrics/" + rubric.id()))
                .tag(new EntityTag(rubric.issue().tag()))
                .entity(RubricDocument.of(rubric))
                .build();
    }

    @PUT
    @Path("rubrics/{rubric}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(summary = "Retitle a rubric (If-Match with the issue's ETag)")
    @APIResponse(
            responseCode = "200",
            description = WRITTEN,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = IssueDocument.class)))
    public Response retitleRubric(
            @PathParam("issue") String issueId, @PathParam("rubric") String rubricId, IssueRequests.RubricTitle body) {
        UUID issue = id(issueId);
        TextByLocale title = body.title(locales(issue));
        return written(drafting.retitleRubric(caller.actor(), issue, expected(), id(rubricId), title));
    }

    @DELETE
    @Path("rubrics/{rubric}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(summary = "Remove an empty rubric (If-Match with the issue's ETag)")
    @APIResponse(
            responseCode = "200",
            description = WRITTEN,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = IssueDocument.class)))
    public Response removeRubric(@PathParam("issue") String issueId, @PathParam("rubric") String rubricId) {
        return written(drafting.removeRubric(caller.actor(), id(issueId), expected(), id(rubricId)));
    }

    @PUT
    @Path("rubric-order")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(summary = "Reorder the rubrics: {\"order\": [rubric ids]} (If-Match)")
    @APIResponse(
            responseCode = "200",
            description = WRITTEN,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = IssueDocument.class)))
    public Response reorderRubrics(@PathParam("issue") String issueId, IssueRequests.IdOrder body) {
        return written(drafting.reorderRubrics(caller.actor(), id(issueId), expected(), body.order()));
    }

    @PUT
    @Path("rubrics/{rubric}/item-order")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(summary = "Put items into a rubric in order, moving them from other rubrics (If-Match)")
    @APIResponse(
            responseCode = "200",
            description = WRITTEN,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = IssueDocument.class)))
    public Response arrangeRubric(
            @PathParam("issue") String issueId, @PathParam("rubric") String rubricId, IssueRequests.IdOrder body) {
        return written(drafting.arrangeRubric(caller.actor(), id(issueId), expected(), id(rubricId), body.order()));
    }

    @POST
    @Path("rubrics/{rubric}/items")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(summary = "Add an item of an installed section type: {\"type\": \"news\", \"content\": {…}}")
    @APIResponse(
            responseCode = "201",
            description = "The item created; its ETag is its version",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ItemDocument.class)))
    public Response addItem(
            @PathParam("issue") String issueId, @PathParam("rubric") String rubricId, ItemRequests.NewItem request) {
        ItemView item = drafting.addItem(caller.actor(), id(issueId), id(rubricId), request.type(), request.content());
        return Response.created(uri("v1/items/" + item.id()))
                .tag(new EntityTag(item.tag()))
                .entity(ItemDocument.of(item))
                .build();
    }

    private ExpectedVersion expected() {
        return Preconditions.expected(headers);
    }

    /** The issue as it is after a write to its structure, with the version that write answered. */
    private Response written(IssueVersion version) {
        return Response.ok(IssueDocument.of(issue(version.issue())))
                .tag(new EntityTag(version.tag()))
                .build();
    }

    private IssueView issue(UUID id) {
        return drafting.issue(caller.actor(), id).orElseThrow(NotFoundException::new);
    }

    private PublicationLocales locales(UUID issue) {
        return drafting.locales(issue).orElseThrow(NotFoundException::new);
    }

    static UUID id(String id) {
        return parse(id).orElseThrow(NotFoundException::new);
    }

    static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private URI uri(String path) {
        return uriInfo.getBaseUriBuilder().path(path).build();
    }
}
