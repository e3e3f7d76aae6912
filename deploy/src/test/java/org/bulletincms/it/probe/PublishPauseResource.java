package org.bulletincms.it.probe;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** TEST-ONLY: arms, reads and releases the {@link PublishPause}; only in the fault suite's WAR, admins only. */
@Path("v1/test-probe/publish-pause")
@RequestScoped
@RolesAllowed("admin")
public class PublishPauseResource {

    @Inject
    PublishPause pause;

    @POST
    public void arm() {
        pause.arm();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String state() {
        return Json.createObjectBuilder()
                .add("held", pause.held().map(Object::toString).orElse(""))
                .build()
                .toString();
    }

    @DELETE
    public void release() {
        pause.release();
    }
}
