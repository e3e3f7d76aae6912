package org.bulletincms.web.issue;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.bulletincms.drafting.Drafting;
import org.bulletincms.drafting.IssueVersion;
import org.bulletincms.drafting.ItemView;
import org.bulletincms.web.concurrency.Preconditions;
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
 * One item: read, replace its content (If-Match), translate it (If-Match), delete it (If-Match). Each method parses
 * the request, makes one call to {@link Drafting} and maps the answer.
 */
@Path("v1/items/{item}")
@RequestScoped
@Tag(name = "issues")
@SecurityRequirement(name = "keycloak")
public class ItemResource {

    @Inject
    Drafting drafting;

    @Inject
    Caller caller;

    @Context
    HttpHeaders headers;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.TRANSLATOR, Roles.APPROVER, Roles.ADMIN})
    @Operation(summary = "An item with its content in every locale")
    @APIResponse(
            responseCode = "200",
            description = "The item; its ETag is its version",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ItemDocument.class)))
    public Response one(@PathParam("item") String itemId) {
        return ok(drafting.item(PathIds.uuid(itemId)));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(summary = "Replace an item's content: {\"content\": {…}} (If-Match)")
    @APIResponse(
            responseCode = "200",
            description = "The item as written; its ETag is its new version",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ItemDocument.class)))
    public Response revise(@PathParam("item") String itemId, ItemRequests.ContentChange change) {
        return ok(drafting.reviseItem(
                caller.actor(),
                PathIds.uuid(itemId),
                Preconditions.expected(headers),
                change.type(),
                change.content()));
    }

    /** Answers with the issue's new ETag, which the next write to the issue names (no re-read needed). */
    @DELETE
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(
            summary = "Delete an item (If-Match with the item's ETag or its issue's); the answer's ETag is the "
                    + "issue's new one")
    @APIResponse(responseCode = "204", description = "Deleted; the ETag header is the issue's new version")
    public Response delete(@PathParam("item") String itemId) {
        IssueVersion issue = drafting.deleteItem(caller.actor(), PathIds.uuid(itemId), Preconditions.expected(headers));
        return Response.noContent().tag(new EntityTag(issue.tag())).build();
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
    @APIResponse(
            responseCode = "200",
            description = "The item as written; its ETag is its new version",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ItemDocument.class)))
    public Response translate(
            @PathParam("item") String itemId,
            @PathParam("locale") String locale,
            ItemRequests.Translation translation) {
        return ok(drafting.translateItem(
                caller.actor(), PathIds.uuid(itemId), Preconditions.expected(headers), locale, translation.values()));
    }

    /** An item as every item endpoint answers it, with its ETag. */
    public static Response ok(ItemView item) {
        return Response.ok(ItemDocument.of(item)).tag(new EntityTag(item.tag())).build();
    }
}
