package org.bulletincms.web.publication;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.bulletincms.publication.Publication;
import org.bulletincms.publication.PublicationRepository;
import org.bulletincms.publication.PublicationSlugTaken;
import org.bulletincms.web.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("v1/publications")
@RequestScoped
@Tag(name = "publications")
@SecurityRequirement(name = "keycloak")
public class PublicationResource {

    @Inject
    PublicationRepository publications;

    @Context
    SecurityContext security;

    @Context
    UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Transactional
    @Operation(summary = "Start a new publication (editors and admins)")
    public Response start(JsonValue body) {
        Publication publication = StartPublicationRequest.read(body)
                .toPublication(security.getUserPrincipal().getName(), Clock.systemUTC().instant());
        if (publications.slugTaken(publication.slug())) {
            throw new PublicationSlugTaken(publication.slug());
        }
        publications.add(publication);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(publication.id().toString()).build())
                .tag(etag(publication))
                .entity(PublicationView.of(publication))
                .build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.TRANSLATOR, Roles.APPROVER, Roles.ADMIN})
    @Operation(summary = "All publications")
    public List<PublicationView> all() {
        return publications.all().stream().map(PublicationView::of).toList();
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.TRANSLATOR, Roles.APPROVER, Roles.ADMIN})
    @Operation(summary = "One publication")
    public Response one(@PathParam("id") String id) {
        Publication publication = parseId(id).flatMap(publications::find).orElseThrow(NotFoundException::new);
        return Response.ok(PublicationView.of(publication)).tag(etag(publication)).build();
    }

    private static java.util.Optional<UUID> parseId(String id) {
        try {
            return java.util.Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    private static EntityTag etag(Publication publication) {
        return new EntityTag(publication.id() + "-" + publication.version());
    }
}
