package org.bulletincms.web.media;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The last segment of a rendition's URL, {@code <sha256>.<extension>}: lower-case hex, as the library names them.
 *
 * @param sha256    of the rendition's bytes
 * @param extension {@code jpg}, {@code png} or {@code gif}
 */
record RenditionFileName(String sha256, String extension) {

    private static final Pattern FILE = Pattern.compile("([0-9a-f]{64})\\.([a-z]{3,4})");

    static Optional<RenditionFileName> of(String segment) {
        Matcher name = FILE.matcher(segment);
        return name.matches() ? Optional.of(new RenditionFileName(name.group(1), name.group(2))) : Optional.empty();
    }

    String file() {
        return sha256 + "." + extension;
    }
}
