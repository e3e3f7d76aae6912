package org.bulletincms.web.delivery;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The entry point of the delivery API: anonymous, read-only, published content only. */
@Path("delivery/v1")
@RequestScoped
@Tag(name = "delivery")
public class DeliveryRootResource {

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "What the delivery API offers; needs no token")
    public DeliveryApiRoot root() {
        return DeliveryApiRoot.V1;
    }
}
