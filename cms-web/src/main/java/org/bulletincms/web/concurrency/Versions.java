package org.bulletincms.web.concurrency;

import jakarta.ws.rs.core.EntityTag;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Strong entity tags. A resource's tag is derived from the versions of everything its representation
 * shows, so it changes exactly when what a client would see changes.
 */
public final class Versions {

    private Versions() {
    }

    /** A strong tag over the given parts, e.g. entity ids and their {@code @Version} numbers. */
    public static EntityTag tag(Object... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Object part : parts) {
                digest.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return new EntityTag(HexFormat.of().formatHex(digest.digest(), 0, 16));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
