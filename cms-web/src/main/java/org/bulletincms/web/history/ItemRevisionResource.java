package org.bulletincms.web.history;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
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
import java.io.StringReader;
import java.util.List;
import java.util.UUID;
import org.bulletincms.account.Accounts;
import org.bulletincms.drafting.Drafting;
import org.bulletincms.drafting.ItemView;
import org.bulletincms.history.ContentDiff;
import org.bulletincms.history.ItemRevision;
import org.bulletincms.history.RevisionHistory;
import org.bulletincms.sectiontype.InstalledSectionTypes;
import org.bulletincms.sectiontype.ResolvedItemContent;
import org.bulletincms.spi.Json;
import org.bulletincms.web.concurrency.Preconditions;
import org.bulletincms.web.issue.ItemDocument;
import org.bulletincms.web.issue.ItemResource;
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
    RevisionHistory history;

    @Inject
    InstalledSectionTypes sectionTypes;

    /** Restore answers with the item exactly as {@code GET /items/{id}} does, ETag included. */
    @Inject
    Drafting drafting;

    @Inject
    Caller caller;

    @Context
    HttpHeaders headers;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.TRANSLATOR, Roles.APPROVER, Roles.ADMIN})
    @Operation(summary = "An item's revisions, newest first: number, change, by, at")
    public RevisionDocuments.RevisionList list(@PathParam("item") String itemId) {
        UUID id = PathIds.uuid(itemId);
        List<ItemRevision> newestFirst = history.ofItem(id).orElseThrow(NotFoundException::new);
        return RevisionDocuments.RevisionList.of(id, newestFirst, accounts);
    }

    @GET
    @Path("{number}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.TRANSLATOR, Roles.APPROVER, Roles.ADMIN})
    @Operation(summary = "One revision with its whole content, as written")
    public RevisionDocuments.Revision one(@PathParam("item") String itemId, @PathParam("number") String number) {
        ItemRevision revision = revision(PathIds.uuid(itemId), number);
        return RevisionDocuments.Revision.of(revision, stored(revision), accounts);
    }

    @GET
    @Path("{from}/diff/{to}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.TRANSLATOR, Roles.APPROVER, Roles.ADMIN})
    @Operation(summary = "What changed from one revision to another, field by field, with JSON pointers")
    public RevisionDocuments.Diff diff(
            @PathParam("item") String itemId, @PathParam("from") String from, @PathParam("to") String to) {
        UUID id = PathIds.uuid(itemId);
        ItemRevision older = revision(id, from);
        ItemRevision newer = revision(id, to);
        return RevisionDocuments.Diff.of(
                older, newer, ContentDiff.between(comparable(older, newer), comparable(newer, older)), accounts);
    }

    @POST
    @Path("{number}/restore")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(
            summary = "Make a revision's content the item's content again, as a new revision (If-Match with "
                    + "the item's ETag)")
    @APIResponse(
            responseCode = "200",
            description = "The item as restored; its ETag is its new version",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ItemDocument.class)))
    public Response restore(@PathParam("item") String itemId, @PathParam("number") String number) {
        ItemView item = drafting.restoreItem(
                caller.actor(), PathIds.uuid(itemId), revisionNumber(number), Preconditions.expected(headers));
        return ItemResource.ok(item);
    }

    /**
     * The revision's content for comparing with {@code other}: as written when both share a schema version,
     * otherwise upgraded to the installed one (when it can be), so a schema upgrade does not read as edits.
     */
    private JsonObject comparable(ItemRevision revision, ItemRevision other) {
        JsonObject stored = stored(revision);
        if (revision.schemaVersion() == other.schemaVersion()) {
            return stored;
        }
        return sectionTypes.resolve(revision.sectionType(), revision.schemaVersion(), stored)
                        instanceof ResolvedItemContent resolved
                ? resolved.content().toJson()
                : stored;
    }

    private static JsonObject stored(ItemRevision revision) {
        try (JsonReader reader = Json.createReader(new StringReader(revision.contentJson()))) {
            return reader.readObject();
        }
    }

    private ItemRevision revision(UUID itemId, String number) {
        return history.revision(itemId, revisionNumber(number)).orElseThrow(NotFoundException::new);
    }

    /** A path segment that is not a revision number names nothing (404). */
    private static int revisionNumber(String number) {
        try {
            return Integer.parseInt(number);
        } catch (NumberFormatException e) {
            throw new NotFoundException();
        }
    }
}
