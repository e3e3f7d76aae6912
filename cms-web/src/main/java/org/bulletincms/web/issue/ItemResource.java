package org.bulletincms.web.issue;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
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
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.bulletincms.account.Accounts;
import org.bulletincms.actor.Actor;
import org.bulletincms.issue.Issue;
import org.bulletincms.issue.IssueRepository;
import org.bulletincms.issue.Item;
import org.bulletincms.issue.ItemWritten;
import org.bulletincms.locale.LocaleTag;
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

/** One item: read, replace its content (If-Match), delete (If-Match). */
@Path("v1/items/{item}")
@RequestScoped
@Transactional
@Tag(name = "issues")
@SecurityRequirement(name = "keycloak")
public class ItemResource {

    @Inject
    Accounts accounts;

    /** What a client may never send in an item body: the server owns these. */
    static final Set<String> SERVER_OWNED = Set.of(
            "id",
            "issue",
            "rubric",
            "position",
            "schemaVersion",
            "version",
            "createdAt",
            "createdBy",
            "updatedAt",
            "updatedBy",
            "state",
            "stage",
            "authors",
            "orphaned");

    @Inject
    IssueRepository issues;

    @Inject
    PublicationRepository publications;

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

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.TRANSLATOR, Roles.APPROVER, Roles.ADMIN})
    @Operation(summary = "An item with its content in every locale")
    public Response one(@PathParam("item") String itemId) {
        Item item = item(itemId);
        return Response.ok(IssueJson.item(item, sectionTypes, accounts))
                .tag(IssueJson.etag(item))
                .build();
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
        Actor actor = caller.actor();
        Instant now = Clock.systemUTC().instant();
        workflow.beforeEditorWrite(issue, actor, now);
        SectionType type = sectionTypes
                .find(item.sectionType())
                .orElseThrow(
                        () -> new ApiProblem(ProblemType.ORPHANED_ITEM, "detail.orphaned-item", item.sectionType()));
        JsonBody body = JsonBody.of(json).allowOnly(Set.of("type", "content"), SERVER_OWNED);
        Optional<String> typeId = body.optionalText("type", 64);
        if (typeId.isPresent() && !typeId.get().equals(type.id())) {
            body.reject("/type", "item.type-fixed", Map.of("sectionType", type.id()));
        }
        Optional<JsonObject> content = body.requiredObject("content");
        body.verify();
        Set<String> locales = publications.find(issue.publicationId()).orElseThrow().locales().all().stream()
                .map(LocaleTag::value)
                .collect(Collectors.toSet());
        workflow.revise(
                issue,
                item,
                ItemInput.draft(type, content.orElseThrow(), locales, contentCheck),
                ItemWritten.Change.REVISED,
                actor,
                now,
                Optional.empty());
        return Response.ok(IssueJson.item(item, sectionTypes, accounts))
                .tag(IssueJson.etag(item))
                .build();
    }

    @DELETE
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(summary = "Delete an item (If-Match)")
    public Response delete(@PathParam("item") String itemId) {
        Item item = item(itemId);
        Preconditions.requireMatch(headers, IssueJson.etag(item));
        Issue issue = item.rubric().issue();
        Actor actor = caller.actor();
        Instant now = Clock.systemUTC().instant();
        workflow.beforeEditorWrite(issue, actor, now);
        itemWritten.fire(new ItemWritten(
                issue.id(),
                item.id(),
                item.sectionType(),
                item.schemaVersion(),
                item.contentJson(),
                ItemWritten.Change.DELETED,
                actor.subject(),
                now));
        issue.removeItem(item.id(), actor.subject(), now);
        return Response.noContent().build();
    }

    /**
     * A translator's values for one target locale of the item: {@code {"values": {"title": "…", …}}}.
     * Only translatable fields; shared fields are read-only for translators. Needs If-Match (the item's ETag).
     */
    @PUT
    @Path("translations/{locale}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.TRANSLATOR, Roles.ADMIN})
    @Operation(summary = "Translate the item into one target locale (translators, If-Match)")
    public Response translate(@PathParam("item") String itemId, @PathParam("locale") String locale, JsonValue json) {
        Item item = item(itemId);
        Issue issue = item.rubric().issue();
        Preconditions.requireMatch(headers, IssueJson.etag(item));
        Actor actor = caller.actor();
        Instant now = Clock.systemUTC().instant();
        String target = workflow.beforeTranslation(issue, actor, locale).value();
        SectionType type = sectionTypes
                .find(item.sectionType())
                .orElseThrow(
                        () -> new ApiProblem(ProblemType.ORPHANED_ITEM, "detail.orphaned-item", item.sectionType()));
        JsonBody body = JsonBody.of(json).allowOnly(Set.of("values"), SERVER_OWNED);
        Optional<JsonObject> values = body.requiredObject("values");
        values.ifPresent(v -> v.keySet()
                .forEach(field -> type.fields().stream()
                        .filter(spec -> spec.name().equals(field))
                        .findFirst()
                        .ifPresentOrElse(
                                spec -> {
                                    if (!spec.isTranslatable()) {
                                        body.reject(
                                                "/values/" + field, "field.shared-read-only", Map.of("field", field));
                                    }
                                },
                                () -> body.reject("/values/" + field, "field.unknown", Map.of("field", field)))));
        body.verify();
        JsonObject current = item.content();
        JsonObjectBuilder localized =
                Json.createObjectBuilder(current.getJsonObject("localized")).add(target, values.orElseThrow());
        JsonObject merged =
                Json.createObjectBuilder(current).add("localized", localized).build();
        Set<String> locales = publications.find(issue.publicationId()).orElseThrow().locales().all().stream()
                .map(LocaleTag::value)
                .collect(Collectors.toSet());
        workflow.revise(
                issue,
                item,
                ItemInput.draft(type, merged, locales, contentCheck),
                ItemWritten.Change.TRANSLATED,
                actor,
                now,
                Optional.of(target));
        return Response.ok(IssueJson.item(item, sectionTypes, accounts))
                .tag(IssueJson.etag(item))
                .build();
    }

    private Item item(String itemId) {
        UUID id = IssueResource.parse(itemId).orElseThrow(NotFoundException::new);
        return issues.findByItem(id).flatMap(issue -> issue.findItem(id)).orElseThrow(NotFoundException::new);
    }
}
