package org.bulletincms.web.issue;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.bulletincms.issue.Issue;
import org.bulletincms.issue.IssueRepository;
import org.bulletincms.issue.Item;
import org.bulletincms.locale.LocaleTag;
import org.bulletincms.publication.PublicationRepository;
import org.bulletincms.sectiontype.InstalledSectionTypes;
import org.bulletincms.sectiontype.ItemContentCheck;
import org.bulletincms.sectiontype.ViolationMessages;
import org.bulletincms.spi.SectionType;
import org.bulletincms.web.concurrency.Preconditions;
import org.bulletincms.web.problem.ApiProblem;
import org.bulletincms.web.problem.ProblemType;
import org.bulletincms.web.request.JsonBody;
import org.bulletincms.web.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One item: read, replace its content (If-Match), delete (If-Match). */
@Path("v1/items/{item}")
@RequestScoped
@Transactional
@Tag(name = "issues")
@SecurityRequirement(name = "keycloak")
public class ItemResource {

    /** What a client may never send in an item body: the server owns these. */
    static final Set<String> SERVER_OWNED = Set.of("id", "issue", "rubric", "position", "schemaVersion", "version",
            "createdAt", "createdBy", "updatedAt", "updatedBy", "state", "stage", "authors", "orphaned");

    @Inject
    IssueRepository issues;

    @Inject
    PublicationRepository publications;

    @Inject
    InstalledSectionTypes sectionTypes;

    @Inject
    ItemContentCheck contentCheck;

    @Inject
    ViolationMessages violationMessages;

    @Context
    SecurityContext security;

    @Context
    HttpHeaders headers;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.TRANSLATOR, Roles.APPROVER, Roles.ADMIN})
    @Operation(summary = "An item with its content in every locale")
    public Response one(@PathParam("item") String itemId) {
        Item item = item(itemId);
        return Response.ok(IssueJson.item(item, sectionTypes)).tag(IssueJson.etag(item)).build();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(summary = "Replace an item's content: {\"content\": {…}} (If-Match)")
    public Response revise(@PathParam("item") String itemId, JsonValue json) {
        Item item = item(itemId);
        Issue issue = item.rubric().issue();
        Preconditions.requireMatch(headers, IssueJson.etag(item));
        SectionType type = sectionTypes.find(item.sectionType()).orElseThrow(() ->
                new ApiProblem(ProblemType.CONFLICT, "detail.orphaned-item", item.sectionType()));
        JsonBody body = JsonBody.of(json).allowOnly(Set.of("type", "content"), SERVER_OWNED);
        Optional<String> typeId = body.optionalText("type", 64);
        if (typeId.isPresent() && !typeId.get().equals(type.id())) {
            body.reject("/type", "item.type-fixed", "an item keeps its section type; create a new item instead.");
        }
        Optional<JsonObject> content = body.requiredObject("content");
        body.verify();
        Set<String> locales = publications.find(issue.publicationId()).orElseThrow().locales().all().stream()
                .map(LocaleTag::value).collect(Collectors.toSet());
        issue.reviseItem(item.id(), ItemInput.draft(type, content.orElseThrow(), locales, contentCheck,
                violationMessages, language()), security.getUserPrincipal().getName(), Clock.systemUTC().instant());
        issues.flush();
        return Response.ok(IssueJson.item(item, sectionTypes)).tag(IssueJson.etag(item)).build();
    }

    @DELETE
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(summary = "Delete an item (If-Match)")
    public Response delete(@PathParam("item") String itemId) {
        Item item = item(itemId);
        Preconditions.requireMatch(headers, IssueJson.etag(item));
        item.rubric().issue().removeItem(item.id(), security.getUserPrincipal().getName(), Clock.systemUTC().instant());
        return Response.noContent().build();
    }

    private Item item(String itemId) {
        UUID id = IssueResource.parse(itemId).orElseThrow(NotFoundException::new);
        return issues.findByItem(id).flatMap(issue -> issue.findItem(id)).orElseThrow(NotFoundException::new);
    }

    private Locale language() {
        return headers.getAcceptableLanguages().stream().filter(l -> "zh".equals(l.getLanguage())).findFirst()
                .map(l -> Locale.CHINESE).orElse(Locale.ENGLISH);
    }
}
