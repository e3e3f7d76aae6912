package org.bulletincms.web.publication;

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
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.bulletincms.publication.PublicationView;
import org.bulletincms.publication.Publications;
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

@Path("v1/publications")
@RequestScoped
@Tag(name = "publications")
@SecurityRequirement(name = "keycloak")
public class PublicationResource {

    @Inject
    Publications publications;

    @Inject
    Caller caller;

    @Context
    UriInfo uriInfo;

    @Context
    HttpHeaders headers;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(summary = "Start a new publication (editors and admins)")
    @APIResponse(
            responseCode = "201",
            description = "The publication started, at Location, with its ETag",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PublicationDocument.class)))
    public Response start(StartPublicationRequest request) {
        PublicationView publication = publications.start(request.checked(), caller.subject());
        return Response.created(uriInfo.getAbsolutePathBuilder()
                        .path(publication.id().toString())
                        .build())
                .tag(new EntityTag(publication.tag()))
                .entity(PublicationDocument.of(publication))
                .build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.TRANSLATOR, Roles.APPROVER, Roles.ADMIN})
    @Operation(summary = "All publications")
    public List<PublicationDocument> all() {
        return publications.all().stream().map(PublicationDocument::of).toList();
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.TRANSLATOR, Roles.APPROVER, Roles.ADMIN})
    @Operation(summary = "One publication")
    @APIResponse(
            responseCode = "200",
            description = "The publication, with its ETag",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PublicationDocument.class)))
    public Response one(@PathParam("id") String id) {
        return answer(publications.find(PathIds.uuid(id)));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(summary = "Change a publication's title or publisher (If-Match); slug and locales are fixed")
    @APIResponse(
            responseCode = "200",
            description = "The revised publication, with its new ETag",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PublicationDocument.class)))
    public Response revise(@PathParam("id") String id, ReviseRequest request) {
        UUID publication = PathIds.uuid(id);
        ReviseRequest.Checked revision =
                request.checked(publications.locales(publication).orElseThrow(NotFoundException::new));
        return answer(publications.revise(
                publication,
                Preconditions.expected(headers),
                revision.title(),
                revision.publisher(),
                revision.description().tagline(),
                revision.description().colophon()));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(summary = "Delete a publication that has no issues (If-Match)")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") String id) {
        if (!publications.delete(PathIds.uuid(id), Preconditions.expected(headers))) {
            throw new NotFoundException();
        }
        return Response.noContent().build();
    }

    private static Response answer(Optional<PublicationView> publication) {
        PublicationView found = publication.orElseThrow(NotFoundException::new);
        return Response.ok(PublicationDocument.of(found))
                .tag(new EntityTag(found.tag()))
                .build();
    }
}
