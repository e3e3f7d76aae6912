package org.bulletincms.web.request;

import jakarta.ws.rs.NotFoundException;
import java.util.UUID;

/**
 * Ids in request paths. A path segment that is not a UUID names nothing, so it answers 404 exactly like a UUID
 * that names nothing, never 400: a caller learns nothing from the difference, and a draft's id stays
 * indistinguishable from an id that does not exist.
 */
public final class PathIds {

    private PathIds() {}

    /** The UUID a path segment names; 404 when it is not one. */
    public static UUID uuid(String segment) {
        try {
            return UUID.fromString(segment);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException();
        }
    }
}
