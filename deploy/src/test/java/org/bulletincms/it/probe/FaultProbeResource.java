package org.bulletincms.it.probe;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/**
 * Test-only resource added to the real WAR: a bug that leaks a secret in its exception message, to show
 * that a 500 answers with an incident id and never with exception text.
 */
@Path("v1/test-probe/fault")
@RequestScoped
public class FaultProbeResource {

    public static final String SECRET = "jdbc:postgresql://db.internal:5432/cms?password=hunter2";

    @GET
    @RolesAllowed("editor")
    public String fail() {
        throw new IllegalStateException("cannot connect to " + SECRET);
    }
}
