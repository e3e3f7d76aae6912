package org.bulletincms.web.issue;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.bulletincms.account.Accounts;
import org.bulletincms.issue.Issue;
import org.bulletincms.issue.IssueRepository;
import org.bulletincms.issue.Item;
import org.bulletincms.issue.ItemWritten;
import org.bulletincms.issue.Rubric;
import org.bulletincms.locale.LocaleTag;
import org.bulletincms.publication.Publication;
import org.bulletincms.publication.PublicationRepository;
import org.bulletincms.sectiontype.InstalledSectionTypes;
import org.bulletincms.sectiontype.ItemContentCheck;
import org.bulletincms.spi.SectionType;
import org.bulletincms.web.concurrency.Preconditions;
import org.bulletincms.web.problem.ApiProblem;
import org.bulletincms.web.problem.ProblemType;
import org.bulletincms.web.request.JsonBody;
import org.bulletincms.web.security.Caller;
import org.bulletincms.web.security.Roles;
import org.bulletincms.workflow.EditorialWorkflow;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Issues, their rubrics and the items in them. Editors and admins write; translators and approvers read.
 * Writes to an existing issue need {@code If-Match} with the issue's ETag.
 */
@Path("v1/issues/{issue}")
@RequestScoped
@Transactional
@Tag(name = "issues", description = "Numbered issues, their rubrics and items")
@SecurityRequirement(name = "keycloak")
public class IssueResource {

    @Inject
    Accounts accounts;

    @Inject
    PublicationRepository publications;

    @Inject
    IssueRepository issues;

    @Inject
    InstalledSectionTypes sectionTypes;

    @Inject
    ItemContentCheck contentCheck;

    @Inject
    EditorialWorkflow workflow;

    @Inject
    Event<ItemWritten> itemWritten;

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
    public Response one(@PathParam("issue") String issueId) {
        Issue issue = issue(issueId);
        return Response.ok(
                        IssueJson.full(issue, workflow.allowedActions(issue, caller.actor()), sectionTypes, accounts))
                .tag(IssueJson.etag(issue))
                .build();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(summary = "Change an issue's number, title or planned date (If-Match)")
    public Response reviseCover(@PathParam("issue") String issueId, JsonValue body) {
        return change(issueId, issue -> {
            IssueRequests.Cover cover = IssueRequests.cover(body, locales(issue));
            issues.requireFreeNumber(issue.publicationId(), cover.number(), Optional.of(issue.id()));
            issue.reviseCover(cover.number(), cover.title(), cover.plannedPublicationDate(), caller(), now());
        });
    }

    @DELETE
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(summary = "Delete an issue with its rubrics and items (If-Match)")
    public Response delete(@PathParam("issue") String issueId) {
        Issue issue = issue(issueId);
        Preconditions.requireMatch(headers, IssueJson.etag(issue));
        workflow.beforeEditorWrite(issue, caller.actor(), now());
        issues.remove(issue);
        return Response.noContent().build();
    }

    @GET
    @Path("contents")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.TRANSLATOR, Roles.APPROVER, Roles.ADMIN})
    @Operation(summary = "The table of contents in one locale (目录), derived from rubric and item titles")
    public JsonObject contents(@PathParam("issue") String issueId, @jakarta.ws.rs.QueryParam("locale") String locale) {
        Issue issue = issue(issueId);
        Publication publication = publication(issue.publicationId().toString());
        LocaleTag tag = Optional.ofNullable(locale)
                .filter(LocaleTag::isWellFormed)
                .map(LocaleTag::of)
                .orElse(publication.locales().source());
        if (!publication.locales().all().contains(tag)) {
            throw new ApiProblem(
                    ProblemType.MALFORMED_REQUEST,
                    "detail.contents-locale",
                    locale,
                    String.valueOf(publication.locales().all()));
        }
        return TableOfContentsJson.of(issue, tag, publication.locales().source(), sectionTypes);
    }

    @POST
    @Path("rubrics")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(summary = "Add a rubric at the end of the issue")
    public Response addRubric(@PathParam("issue") String issueId, JsonValue body) {
        Issue issue = issue(issueId);
        workflow.beforeEditorWrite(issue, caller.actor(), now());
        Rubric rubric = issue.addRubric(IssueRequests.rubricTitle(body, locales(issue)), caller(), now());
        return Response.created(uri("v1/issues/" + issue.id() + "/rubrics/" + rubric.id()))
                .tag(IssueJson.etag(issue))
                .entity(Json.createObjectBuilder()
                        .add("id", rubric.id().toString())
                        .add("title", IssueJson.texts(rubric.title()))
                        .add("position", rubric.position())
                        .build())
                .build();
    }

    @PUT
    @Path("rubrics/{rubric}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(summary = "Retitle a rubric (If-Match with the issue's ETag)")
    public Response retitleRubric(
            @PathParam("issue") String issueId, @PathParam("rubric") String rubricId, JsonValue body) {
        return change(
                issueId,
                issue -> issue.retitleRubric(
                        id(rubricId), IssueRequests.rubricTitle(body, locales(issue)), caller(), now()));
    }

    @DELETE
    @Path("rubrics/{rubric}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(summary = "Remove an empty rubric (If-Match with the issue's ETag)")
    public Response removeRubric(@PathParam("issue") String issueId, @PathParam("rubric") String rubricId) {
        return change(issueId, issue -> issue.removeRubric(id(rubricId), caller(), now()));
    }

    @PUT
    @Path("rubric-order")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(summary = "Reorder the rubrics: {\"order\": [rubric ids]} (If-Match)")
    public Response reorderRubrics(@PathParam("issue") String issueId, JsonValue body) {
        return change(issueId, issue -> issue.reorderRubrics(IssueRequests.order(body), caller(), now()));
    }

    @PUT
    @Path("rubrics/{rubric}/item-order")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(summary = "Put items into a rubric in order, moving them from other rubrics (If-Match)")
    public Response arrangeRubric(
            @PathParam("issue") String issueId, @PathParam("rubric") String rubricId, JsonValue body) {
        return change(issueId, issue -> issue.arrangeRubric(id(rubricId), IssueRequests.order(body), caller(), now()));
    }

    @POST
    @Path("rubrics/{rubric}/items")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(summary = "Add an item of an installed section type: {\"type\": \"news\", \"content\": {…}}")
    public Response addItem(@PathParam("issue") String issueId, @PathParam("rubric") String rubricId, JsonValue json) {
        Issue issue = issue(issueId);
        issue.rubric(id(rubricId));
        Instant now = now();
        workflow.beforeEditorWrite(issue, caller.actor(), now);
        JsonBody body = JsonBody.of(json).allowOnly(java.util.Set.of("type", "content"), ItemResource.SERVER_OWNED);
        Optional<String> typeId = body.requiredText("type", 64);
        Optional<JsonObject> content = body.requiredObject("content");
        Optional<SectionType> type = typeId.flatMap(sectionTypes::find);
        if (typeId.isPresent() && type.isEmpty()) {
            body.reject("/type", "section-type.unknown", Map.of("sectionType", typeId.get()));
        }
        body.verify();
        Item item = issue.addItem(
                id(rubricId),
                ItemInput.draft(type.orElseThrow(), content.orElseThrow(), localeTags(issue), contentCheck),
                caller(),
                now);
        issues.flush();
        workflow.afterContentWrite(issue, item, "{}", caller.actor(), now);
        itemWritten.fire(new ItemWritten(
                issue.id(),
                item.id(),
                item.sectionType(),
                item.schemaVersion(),
                item.contentJson(),
                ItemWritten.Change.CREATED,
                caller(),
                now));
        return Response.created(uri("v1/items/" + item.id()))
                .tag(IssueJson.etag(item))
                .entity(IssueJson.item(item, sectionTypes, accounts))
                .build();
    }

    /**
     * Every change to an existing issue goes the same way: it must name the version it changes (If-Match),
     * the workflow must allow the caller to write at this stage, then the change, then the new state.
     */
    private Response change(String issueId, Consumer<Issue> change) {
        Issue issue = issue(issueId);
        Preconditions.requireMatch(headers, IssueJson.etag(issue));
        workflow.beforeEditorWrite(issue, caller.actor(), now());
        change.accept(issue);
        return written(issue);
    }

    private Response written(Issue issue) {
        issues.flush();
        return Response.ok(
                        IssueJson.full(issue, workflow.allowedActions(issue, caller.actor()), sectionTypes, accounts))
                .tag(IssueJson.etag(issue))
                .build();
    }

    private Publication publication(String id) {
        return parse(id).flatMap(publications::find).orElseThrow(NotFoundException::new);
    }

    private Issue issue(String id) {
        return parse(id).flatMap(issues::find).orElseThrow(NotFoundException::new);
    }

    private org.bulletincms.publication.PublicationLocales locales(Issue issue) {
        return publication(issue.publicationId().toString()).locales();
    }

    private java.util.Set<String> localeTags(Issue issue) {
        return locales(issue).all().stream().map(LocaleTag::value).collect(java.util.stream.Collectors.toSet());
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

    private String caller() {
        return caller.subject();
    }

    private static Instant now() {
        return Clock.systemUTC().instant();
    }
}
