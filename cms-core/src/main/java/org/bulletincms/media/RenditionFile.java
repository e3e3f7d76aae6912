package org.bulletincms.media;

import java.util.Objects;

/**
 * One rendition of a picture as the media library answers with it: kept in the store under {@code storageKey},
 * served under {@link #fileName()}, named by the SHA-256 of its bytes so that a URL names exactly one content.
 *
 * @param width      pixels
 * @param height     pixels
 * @param format     what it is encoded in
 * @param size       bytes
 * @param sha256     of its bytes, lower-case hex
 * @param storageKey where the source store keeps it
 */
public record RenditionFile(int width, int height, ImageFormat format, long size, String sha256, String storageKey) {

    public RenditionFile {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(storageKey, "storageKey");
    }

    /** The last segment of its URL: {@code <sha256>.<extension>}. */
    public String fileName() {
        return sha256 + "." + format.extension();
    }
}
