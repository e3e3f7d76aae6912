package org.bulletincms.web.workflow;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;
import org.bulletincms.web.request.PathIds;
import org.bulletincms.web.security.Caller;
import org.bulletincms.web.security.Roles;
import org.bulletincms.workflow.TranslationBoard;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The translation overview of an issue (item × locale status), translator assignments, marking a locale done. */
@Path("v1/issues/{issue}/translations")
@RequestScoped
@Tag(name = "translation", description = "Translating items into the issue's target locales")
@SecurityRequirement(name = "keycloak")
public class TranslationResource {

    @Inject
    TranslationBoard board;

    @Inject
    Caller caller;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.TRANSLATOR, Roles.APPROVER, Roles.ADMIN})
    @Operation(summary = "Item × locale translation status, with what changed in the source of outdated ones")
    public TranslationOverview overview(@PathParam("issue") String issueId) {
        return answer(board.of(PathIds.uuid(issueId)));
    }

    @PUT
    @Path("{locale}/translator")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(summary = "Assign a translator to one locale of the issue: {\"username\": \"tom\"}")
    public TranslationOverview assign(
            @PathParam("issue") String issueId,
            @PathParam("locale") String locale,
            TranslationOverview.Assignment assignment) {
        return answer(board.assign(PathIds.uuid(issueId), locale, assignment.username(), caller.actor()));
    }

    @POST
    @Path("{locale}/done")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.TRANSLATOR, Roles.ADMIN})
    @Operation(summary = "The translator marks a locale done (refused while items are missing or outdated)")
    public TranslationOverview done(@PathParam("issue") String issueId, @PathParam("locale") String locale) {
        return answer(board.markDone(PathIds.uuid(issueId), locale, caller.actor()));
    }

    private static TranslationOverview answer(Optional<TranslationBoard.Overview> overview) {
        return TranslationOverview.of(overview.orElseThrow(NotFoundException::new));
    }
}
