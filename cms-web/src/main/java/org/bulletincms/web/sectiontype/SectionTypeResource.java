package org.bulletincms.web.sectiontype;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.bulletincms.sectiontype.InstalledSectionTypes;
import org.bulletincms.web.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The installed section types with their field specs in zh and en: enough for a UI to draw a form for a
 * type it has never seen.
 */
@Path("v1/section-types")
@RequestScoped
@Tag(name = "section types", description = "The kinds of item plugins provide")
@SecurityRequirement(name = "keycloak")
public class SectionTypeResource {

    @Inject
    InstalledSectionTypes installed;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.TRANSLATOR, Roles.APPROVER, Roles.ADMIN})
    @Operation(summary = "Every installed section type with its fields")
    public List<SectionTypeView> all() {
        return installed.all().stream().map(SectionTypeView::of).toList();
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.TRANSLATOR, Roles.APPROVER, Roles.ADMIN})
    @Operation(summary = "One section type with its fields")
    public SectionTypeView one(@PathParam("id") String id) {
        return installed.find(id).map(SectionTypeView::of).orElseThrow(NotFoundException::new);
    }
}
