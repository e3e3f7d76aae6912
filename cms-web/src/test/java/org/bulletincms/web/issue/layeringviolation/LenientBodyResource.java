package org.bulletincms.web.issue.layeringviolation;

import jakarta.json.JsonValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/** Deliberately bad: reads its body as a JSON value, past the one strict reader of records. */
@Path("lenient")
public class LenientBodyResource {

    @POST
    @Path("{id}")
    public void write(@PathParam("id") String id, JsonValue body) {
        // nothing: the class exists to be refused
    }
}
