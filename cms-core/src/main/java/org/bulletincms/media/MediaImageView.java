package org.bulletincms.media;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;

/**
 * A picture of a publication's media library as {@link MediaLibrary} answers with it: an immutable copy of its row,
 * so that no managed entity leaves the core (docs/layering.md).
 *
 * @param id          the picture's id in the library
 * @param publication the publication whose library holds it
 * @param filename    the name it was uploaded with, made harmless
 * @param format      the upload's format, read from its bytes
 * @param width       pixels, upright
 * @param height      pixels, upright
 * @param totalBytes  what the picture and its renditions take in the store (counts against the quota)
 * @param uploadedBy  the uploader's subject
 * @param uploadedAt  when it was uploaded
 * @param alt         alt text by locale tag, in the order of the tags; a locale without one is left out
 * @param decorative  whether it adds nothing a reader needs (then it needs no alt text); what an item's placement
 *                    of it starts with
 * @param renditions  narrowest first
 */
public record MediaImageView(
        UUID id,
        UUID publication,
        String filename,
        ImageFormat format,
        int width,
        int height,
        long totalBytes,
        String uploadedBy,
        Instant uploadedAt,
        Map<String, String> alt,
        boolean decorative,
        List<RenditionFile> renditions) {

    public MediaImageView {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(publication, "publication");
        alt = Collections.unmodifiableMap(new TreeMap<>(alt));
        renditions = List.copyOf(renditions);
    }
}
