package org.bulletincms.web.publication;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.bulletincms.account.Accounts;
import org.bulletincms.publication.Publication;
import org.bulletincms.publication.Publications;
import org.bulletincms.web.concurrency.Preconditions;
import org.bulletincms.web.concurrency.Versions;
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
@Transactional
@Tag(name = "publications")
@SecurityRequirement(name = "keycloak")
public class PublicationResource {

    @Inject
    Accounts accounts;

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
                            schema = @Schema(implementation = PublicationView.class)))
    public Response start(StartPublicationRequest request) {
        Publication publication = publications.start(
                request.toPublication(caller.subject(), Clock.systemUTC().instant()));
        return Response.created(uriInfo.getAbsolutePathBuilder()
                        .path(publication.id().toString())
                        .build())
                .tag(etag(publication))
                .entity(PublicationView.of(publication, accounts))
                .build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.TRANSLATOR, Roles.APPROVER, Roles.ADMIN})
    @Operation(summary = "All publications")
    public List<PublicationView> all() {
        return publications.all().stream()
                .map(p -> PublicationView.of(p, accounts))
                .toList();
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
                            schema = @Schema(implementation = PublicationView.class)))
    public Response one(@PathParam("id") String id) {
        Publication publication = parseId(id).flatMap(publications::find).orElseThrow(NotFoundException::new);
        return Response.ok(PublicationView.of(publication, accounts))
                .tag(etag(publication))
                .build();
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
                            schema = @Schema(implementation = PublicationView.class)))
    public Response revise(@PathParam("id") String id, ReviseRequest request) {
        Publication publication = parseId(id).flatMap(publications::find).orElseThrow(NotFoundException::new);
        Preconditions.requireMatch(headers, etag(publication));
        ReviseRequest.Checked revision = request.checked(publication.locales());
        publications.revise(
                publication,
                revision.title(),
                revision.publisher(),
                revision.description().tagline(),
                revision.description().colophon());
        return Response.ok(PublicationView.of(publication, accounts))
                .tag(etag(publication))
                .build();
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(summary = "Delete a publication that has no issues (If-Match)")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") String id) {
        Publication publication = parseId(id).flatMap(publications::find).orElseThrow(NotFoundException::new);
        Preconditions.requireMatch(headers, etag(publication));
        publications.delete(publication);
        return Response.noContent().build();
    }

    private static java.util.Optional<UUID> parseId(String id) {
        try {
            return java.util.Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    private static EntityTag etag(Publication publication) {
        return Versions.tag(publication.id(), publication.version());
    }
}
