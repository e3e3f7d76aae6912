package org.bulletincms.web.history;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.bulletincms.account.Accounts;
import org.bulletincms.actor.Actor;
import org.bulletincms.history.ContentDiff;
import org.bulletincms.history.ItemRevision;
import org.bulletincms.history.ItemRevisionRepository;
import org.bulletincms.issue.Issue;
import org.bulletincms.issue.IssueRepository;
import org.bulletincms.issue.Item;
import org.bulletincms.issue.ItemDraft;
import org.bulletincms.issue.ItemWritten;
import org.bulletincms.locale.LocaleTag;
import org.bulletincms.publication.PublicationRepository;
import org.bulletincms.sectiontype.InstalledSectionTypes;
import org.bulletincms.sectiontype.ItemContentCheck;
import org.bulletincms.sectiontype.ResolvedItemContent;
import org.bulletincms.spi.SectionType;
import org.bulletincms.web.concurrency.Preconditions;
import org.bulletincms.web.issue.ItemResource;
import org.bulletincms.web.problem.ApiProblem;
import org.bulletincms.web.problem.ProblemType;
import org.bulletincms.web.request.PathIds;
import org.bulletincms.web.security.Caller;
import org.bulletincms.web.security.Roles;
import org.bulletincms.workflow.EditorialWorkflow;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * An item's revisions: the list (newest first), one revision's content, what changed between two, and
 * restoring one as the item's new content. Everyone working on issues reads history; editors and admins
 * restore. History outlives the item: a deleted item's revisions stay readable.
 */
@Path("v1/items/{item}/revisions")
@RequestScoped
@Transactional
@Tag(name = "history", description = "Item revisions, diffs and restore")
@SecurityRequirement(name = "keycloak")
public class ItemRevisionResource {

    @Inject
    Accounts accounts;

    @Inject
    ItemRevisionRepository revisions;

    @Inject
    IssueRepository issues;

    @Inject
    PublicationRepository publications;

    @Inject
    InstalledSectionTypes sectionTypes;

    @Inject
    ItemContentCheck contentCheck;

    /** Restore answers with the item exactly as {@code GET /items/{id}} does, ETag included. */
    @Inject
    ItemResource items;

    @Inject
    EditorialWorkflow workflow;

    @Inject
    Caller caller;

    @Context
    HttpHeaders headers;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.TRANSLATOR, Roles.APPROVER, Roles.ADMIN})
    @Operation(summary = "An item's revisions, newest first: number, change, by, at")
    public JsonObject list(@PathParam("item") String itemId) {
        UUID id = PathIds.uuid(itemId);
        List<ItemRevision> newestFirst = revisions.ofItem(id);
        if (newestFirst.isEmpty() && currentItem(id).isEmpty()) {
            throw new NotFoundException();
        }
        return RevisionJson.list(id, newestFirst, accounts);
    }

    @GET
    @Path("{number}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.TRANSLATOR, Roles.APPROVER, Roles.ADMIN})
    @Operation(summary = "One revision with its whole content, as written")
    public JsonObject one(@PathParam("item") String itemId, @PathParam("number") String number) {
        return RevisionJson.full(revision(PathIds.uuid(itemId), number), accounts);
    }

    @GET
    @Path("{from}/diff/{to}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.TRANSLATOR, Roles.APPROVER, Roles.ADMIN})
    @Operation(summary = "What changed from one revision to another, field by field, with JSON pointers")
    public JsonObject diff(
            @PathParam("item") String itemId, @PathParam("from") String from, @PathParam("to") String to) {
        UUID id = PathIds.uuid(itemId);
        ItemRevision older = revision(id, from);
        ItemRevision newer = revision(id, to);
        return RevisionJson.diff(
                older, newer, ContentDiff.between(comparable(older, newer), comparable(newer, older)), accounts);
    }

    @POST
    @Path("{number}/restore")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(
            summary = "Make a revision's content the item's content again, as a new revision (If-Match with "
                    + "the item's ETag)")
    public Response restore(@PathParam("item") String itemId, @PathParam("number") String number) {
        UUID id = PathIds.uuid(itemId);
        ItemRevision revision = revision(id, number);
        Item item = currentItem(id)
                .orElseThrow(() -> new ApiProblem(ProblemType.ITEM_DELETED, "detail.item-deleted", revision.number()));
        Preconditions.requireMatch(headers, items.one(itemId).getEntityTag());
        Issue issue = item.rubric().issue();
        Actor actor = caller.actor();
        Instant now = Clock.systemUTC().instant();
        // A restore is an editor's write like any edit: the same workflow locks and consequences apply.
        workflow.beforeEditorWrite(issue, actor, now);
        SectionType type = sectionTypes
                .find(item.sectionType())
                .orElseThrow(
                        () -> new ApiProblem(ProblemType.ORPHANED_ITEM, "detail.orphaned-item", item.sectionType()));
        ItemDraft draft = RestoredContent.draft(revision, type, sectionTypes, locales(issue), contentCheck);
        workflow.revise(issue, item, draft, ItemWritten.Change.RESTORED, actor, now, Optional.empty());
        return items.one(itemId);
    }

    /**
     * The revision's content for comparing with {@code other}: as written when both share a schema version,
     * otherwise upgraded to the installed one (when it can be), so a schema upgrade does not read as edits.
     */
    private JsonObject comparable(ItemRevision revision, ItemRevision other) {
        JsonObject stored = RevisionJson.parse(revision.contentJson());
        if (revision.schemaVersion() == other.schemaVersion()) {
            return stored;
        }
        return sectionTypes.resolve(revision.sectionType(), revision.schemaVersion(), stored)
                        instanceof ResolvedItemContent resolved
                ? resolved.content().toJson()
                : stored;
    }

    private ItemRevision revision(UUID itemId, String number) {
        try {
            return revisions.find(itemId, Integer.parseInt(number)).orElseThrow(NotFoundException::new);
        } catch (NumberFormatException e) {
            throw new NotFoundException();
        }
    }

    private Optional<Item> currentItem(UUID itemId) {
        return issues.findByItem(itemId).flatMap(issue -> issue.findItem(itemId));
    }

    private Set<String> locales(Issue issue) {
        return publications.find(issue.publicationId()).orElseThrow().locales().all().stream()
                .map(LocaleTag::value)
                .collect(Collectors.toSet());
    }
}
