package org.bulletincms.it.probe;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** TEST-ONLY: arms and releases the {@link PrintHold}; only in test WARs, admins only. */
@Path("v1/test-probe/print-hold")
@RequestScoped
@RolesAllowed("admin")
public class PrintHoldResource {

    @Inject
    PrintHold hold;

    @POST
    public void arm() {
        hold.arm();
    }

    @DELETE
    @Transactional
    @Produces(MediaType.APPLICATION_JSON)
    public String release() {
        return Json.createObjectBuilder()
                .add("released", hold.release())
                .build()
                .toString();
    }
}
