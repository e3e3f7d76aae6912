package org.bulletincms.web.problem;

import java.net.URI;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * An unexpected failure, logged with an id that the caller also receives. The caller sees only the id;
 * the exception and its message stay in the server log, where an operator finds them by that id.
 */
public record Incident(UUID id) {

    private static final Logger LOG = Logger.getLogger(Incident.class.getName());

    public static Incident record(String method, String path, Throwable failure) {
        Incident incident = new Incident(UUID.randomUUID());
        LOG.log(Level.SEVERE, "Incident " + incident.id() + " while serving " + method + " " + path, failure);
        return incident;
    }

    public URI uri() {
        return URI.create("urn:uuid:" + id);
    }
}
