package org.bulletincms.web.concurrency;

import jakarta.ws.rs.core.EntityTag;
import org.bulletincms.concurrency.VersionTag;

/**
 * Strong entity tags. A resource's tag is derived from the versions of everything its representation
 * shows, so it changes exactly when what a client would see changes.
 */
public final class Versions {

    private Versions() {}

    /** A strong tag over the given parts, e.g. entity ids and their {@code @Version} numbers. */
    public static EntityTag tag(Object... parts) {
        return new EntityTag(VersionTag.of(parts));
    }
}
