package org.bulletincms.web.source;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.bulletincms.source.SourceLibrary;
import org.bulletincms.web.request.PathIds;
import org.bulletincms.web.security.Caller;
import org.bulletincms.web.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The source reports an item was written from (a report summary and the report). Linking is idempotent: putting
 * a link twice, or removing one that is not there, succeeds, so a retried request does no harm and needs no
 * If-Match. A link does not change the item's content, so it is allowed in every stage.
 */
@Path("v1/items/{item}/sources")
@RequestScoped
@Tag(name = "sources")
@SecurityRequirement(name = "keycloak")
public class ItemSourcesResource {

    @Inject
    SourceLibrary library;

    @Inject
    Caller caller;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.TRANSLATOR, Roles.APPROVER, Roles.ADMIN})
    @Operation(summary = "The sources linked to the item")
    public SourcePages.OfItem sources(@PathParam("item") String itemId) {
        return new SourcePages.OfItem(library.ofItem(PathIds.uuid(itemId)).orElseThrow(NotFoundException::new).stream()
                .map(SourceView::of)
                .toList());
    }

    @PUT
    @Path("{source}")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(summary = "Link a source to the item")
    @APIResponse(responseCode = "204", description = "Linked")
    public void link(@PathParam("item") String itemId, @PathParam("source") String sourceId) {
        if (!library.link(PathIds.uuid(itemId), PathIds.uuid(sourceId), caller.subject())) {
            throw new NotFoundException();
        }
    }

    @DELETE
    @Path("{source}")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(summary = "Remove the link between the source and the item")
    @APIResponse(responseCode = "204", description = "No longer linked")
    public void unlink(@PathParam("item") String itemId, @PathParam("source") String sourceId) {
        if (!library.unlink(PathIds.uuid(itemId), PathIds.uuid(sourceId))) {
            throw new NotFoundException();
        }
    }
}
