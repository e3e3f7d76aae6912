package org.bulletincms.delivery;

import org.bulletincms.concurrency.VersionTag;

/**
 * Strong entity tags of compiled documents, as sent in {@code ETag} (quoted). The same digest as the web
 * module's {@code Versions.tag}, so a document compiled now has the tag the API sent for it before compilation,
 * and front-end caches keep their copies across the upgrade.
 */
public final class DocumentTag {

    private DocumentTag() {}

    /** The quoted strong tag over the given parts. */
    public static String of(Object... parts) {
        return "\"" + hex(parts) + "\"";
    }

    /** The unquoted tag over the given parts: the product's one digest ({@link VersionTag}). */
    public static String hex(Object... parts) {
        return VersionTag.of(parts);
    }
}
