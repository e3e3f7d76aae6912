package org.bulletincms.delivery;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

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

    /** The unquoted tag over the given parts: SHA-256 of each part followed by a zero byte, 16 bytes in hex. */
    public static String hex(Object... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Object part : parts) {
                digest.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
