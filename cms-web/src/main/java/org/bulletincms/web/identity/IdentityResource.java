package org.bulletincms.web.identity;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.bulletincms.web.security.Caller;
import org.bulletincms.web.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("v1/me")
@RequestScoped
@Tag(name = "identity")
@SecurityRequirement(name = "keycloak")
public class IdentityResource {

    @Inject
    Caller caller;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.TRANSLATOR, Roles.APPROVER, Roles.ADMIN})
    @Operation(summary = "The caller's user name, Keycloak subject and roles")
    public Identity me() {
        return new Identity(caller.username(), caller.subject(), caller.roles());
    }
}
