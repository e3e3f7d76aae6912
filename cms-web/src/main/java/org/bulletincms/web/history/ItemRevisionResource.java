package org.bulletincms.web.history;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import java.util.UUID;
import org.bulletincms.drafting.Drafting;
import org.bulletincms.drafting.ItemView;
import org.bulletincms.history.RevisionHistory;
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
@Tag(name = "history", description = "Item revisions, diffs and restore")
@SecurityRequirement(name = "keycloak")
public class ItemRevisionResource {

    @Inject
    RevisionHistory history;

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
        return RevisionDocuments.RevisionList.of(id, history.ofItem(id).orElseThrow(NotFoundException::new));
    }

    @GET
    @Path("{number}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.TRANSLATOR, Roles.APPROVER, Roles.ADMIN})
    @Operation(summary = "One revision with its whole content, as written")
    public RevisionDocuments.Revision one(@PathParam("item") String itemId, @PathParam("number") String number) {
        return RevisionDocuments.Revision.of(
                history.revision(PathIds.uuid(itemId), revisionNumber(number)).orElseThrow(NotFoundException::new));
    }

    @GET
    @Path("{from}/diff/{to}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.TRANSLATOR, Roles.APPROVER, Roles.ADMIN})
    @Operation(summary = "What changed from one revision to another, field by field, with JSON pointers")
    public RevisionDocuments.Diff diff(
            @PathParam("item") String itemId, @PathParam("from") String from, @PathParam("to") String to) {
        UUID id = PathIds.uuid(itemId);
        return RevisionDocuments.Diff.of(
                history.diff(id, revisionNumber(from), revisionNumber(to)).orElseThrow(NotFoundException::new));
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

    /** A path segment that is not a revision number names nothing (404). */
    private static int revisionNumber(String number) {
        try {
            return Integer.parseInt(number);
        } catch (NumberFormatException e) {
            throw new NotFoundException();
        }
    }
}
