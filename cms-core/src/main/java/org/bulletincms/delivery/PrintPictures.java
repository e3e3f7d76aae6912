package org.bulletincms.delivery;

import java.util.Optional;

/** The bytes of the renditions a print PDF embeds, by their name in the delivery URL ({@code <sha256>.jpg}). */
@FunctionalInterface
public interface PrintPictures {

    /** The rendition's bytes; empty if there is no rendition of that name. */
    Optional<byte[]> bytes(String renditionName);
}
