package org.bulletincms.sectiontype;

import java.util.UUID;

/**
 * The pictures an item may show: those in the media library of the item's publication. Content naming any other
 * picture is refused, so an edition cannot show what its publication does not hold.
 */
@FunctionalInterface
public interface HeldImages {

    /** Whether the publication's library holds the picture with this media id. */
    boolean holds(UUID mediaId);
}
