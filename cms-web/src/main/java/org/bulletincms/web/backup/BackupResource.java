package org.bulletincms.web.backup;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.bulletincms.backup.BackupManifest;
import org.bulletincms.backup.Backups;
import org.bulletincms.web.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Admins back up the running product: {@code POST /api/v1/backups} writes the database copy, the originals of
 * source reports and a manifest into a new directory on the server ({@code cms.backup.dir}) and answers the
 * manifest; {@code GET} lists the complete backups there. Not transactional: the copy reads its own snapshot.
 */
@Path("v1/backups")
@RequestScoped
@Tag(name = "backups")
@SecurityRequirement(name = "keycloak")
@RolesAllowed(Roles.ADMIN)
public class BackupResource {

    @Inject
    Backups backups;

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Back up the database and the source reports now (one backup at a time: 409 while one runs;"
                    + " 507 when the backup directory has too little room)")
    @APIResponse(
            responseCode = "201",
            description = "The backup taken, at Location",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = BackupView.class)))
    public Response take() {
        BackupManifest manifest = backups.take();
        return Response.created(URI.create("v1/backups/" + manifest.name()))
                .entity(view(manifest))
                .build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The complete backups in the backup directory, newest first")
    public BackupList list() {
        return new BackupList(
                backups.directory().toAbsolutePath().toString(),
                backups.list().stream().map(this::view).toList());
    }

    @GET
    @Path("{name}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One complete backup's manifest")
    public BackupView one(@PathParam("name") String name) {
        return view(backups.find(name).orElseThrow(NotFoundException::new));
    }

    private BackupView view(BackupManifest manifest) {
        return BackupView.of(manifest, backups.directory());
    }
}
