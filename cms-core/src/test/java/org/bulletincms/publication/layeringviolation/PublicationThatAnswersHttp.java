package org.bulletincms.publication.layeringviolation;

import jakarta.ws.rs.core.Response;

/** Deliberately bad (LayeringRulesBiteTest): the core building an HTTP response. */
public class PublicationThatAnswersHttp {

    public Response notFound() {
        return Response.status(404).build();
    }
}
