package org.bulletincms.web.exchange;

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
import jakarta.ws.rs.core.UriInfo;
import java.util.Set;
import org.bulletincms.exchange.MemoryEntryView;
import org.bulletincms.exchange.TranslationMemory;
import org.bulletincms.web.concurrency.Preconditions;
import org.bulletincms.web.request.PathIds;
import org.bulletincms.web.request.QueryParameters;
import org.bulletincms.web.security.Caller;
import org.bulletincms.web.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One entry of the translation memory, read, corrected or deleted by editors and admins (with If-Match). */
@Path("v1/translation-memory/entries/{entry}")
@RequestScoped
@Tag(name = "translation", description = "Translating items into the issue's target locales")
@SecurityRequirement(name = "keycloak")
public class MemoryEntryResource {

    @Inject
    TranslationMemory memory;

    @Inject
    Caller caller;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(summary = "One entry of the translation memory (editors and admins)")
    @APIResponse(
            responseCode = "200",
            description = "The entry, with its ETag",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = MemoryEntryDocument.class)))
    public Response one(@PathParam("entry") String entryId) {
        QueryParameters.allowOnly(uri, Set.of());
        MemoryEntryView entry = memory.entry(caller.actor(), PathIds.uuid(entryId));
        return Response.ok(MemoryEntryDocument.of(entry))
                .tag(new EntityTag(entry.tag()))
                .build();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(
            summary = "Correct an entry's translation (If-Match; editors and admins)",
            description = "A rich-text entry keeps the source's markup: give HTML with the source's elements in "
                    + "order. The correction lasts until the entry's issue is published again.")
    @APIResponse(
            responseCode = "200",
            description = "The corrected entry, with its new ETag",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = MemoryEntryDocument.class)))
    public Response correct(@PathParam("entry") String entryId, MemoryCorrection correction) {
        QueryParameters.allowOnly(uri, Set.of());
        MemoryEntryView entry = memory.correct(
                caller.actor(), PathIds.uuid(entryId), Preconditions.expected(headers), correction.target());
        return Response.ok(MemoryEntryDocument.of(entry))
                .tag(new EntityTag(entry.tag()))
                .build();
    }

    @DELETE
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(summary = "Delete an entry from the translation memory (If-Match; editors and admins)")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("entry") String entryId) {
        QueryParameters.allowOnly(uri, Set.of());
        memory.delete(caller.actor(), PathIds.uuid(entryId), Preconditions.expected(headers));
        return Response.noContent().build();
    }
}
