package org.bulletincms.media;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * One rendition of a picture, kept in the store under {@link #storageKey()} and served under its
 * {@link #fileName()}: the SHA-256 of its bytes, so a URL names exactly one content and may be cached for ever.
 */
@Embeddable
public class Rendition {

    @Column(nullable = false)
    private int width;

    @Column(nullable = false)
    private int height;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private ImageFormat format;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "storage_key", nullable = false, length = 64)
    private String storageKey;

    protected Rendition() {
        // for JPA
    }

    /** The columns of a rendition file, as every table of renditions (current, cropped, retired) has them. */
    static Rendition of(RenditionFile file) {
        return new Rendition(file.width(), file.height(), file.format(), file.size(), file.sha256(), file.storageKey());
    }

    Rendition(int width, int height, ImageFormat format, long size, String sha256, String storageKey) {
        this.width = width;
        this.height = height;
        this.format = format;
        this.size = size;
        this.sha256 = sha256;
        this.storageKey = storageKey;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public ImageFormat format() {
        return format;
    }

    public long size() {
        return size;
    }

    public String sha256() {
        return sha256;
    }

    public String storageKey() {
        return storageKey;
    }

    /** An immutable copy, to answer with outside the transaction. */
    public RenditionFile file() {
        return new RenditionFile(width, height, format, size, sha256, storageKey);
    }

    /** The last segment of its URL: {@code <sha256>.<extension>}. */
    public String fileName() {
        return sha256 + "." + format.extension();
    }
}
