package org.bulletincms.concurrency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The one digest behind every strong entity tag of the product (the editorial API's ETags and the compiled delivery
 * documents'), so a tag computed in one place equals the tag computed for the same parts in another.
 */
public final class VersionTag {

    private VersionTag() {}

    /** The unquoted tag over the given parts: SHA-256 of each part followed by a zero byte, 16 bytes in hex. */
    public static String of(Object... parts) {
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
