package org.bulletincms.media;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * A rendition or crop of a picture's earlier file, kept after the picture was replaced: published editions name it
 * by its content hash, and an edition stays as published, so it is served as long as its picture is in the library.
 * It goes with the picture, whose deletion is refused while an edition uses it.
 */
@Entity
@Table(name = "media_retired_rendition")
public class RetiredRendition {

    @Id
    private UUID id;

    @Column(name = "image_id", nullable = false)
    private UUID imageId;

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

    protected RetiredRendition() {
        // for JPA
    }

    RetiredRendition(UUID imageId, RenditionFile file) {
        this.id = UUID.randomUUID();
        this.imageId = imageId;
        this.width = file.width();
        this.height = file.height();
        this.format = file.format();
        this.size = file.size();
        this.sha256 = file.sha256();
        this.storageKey = file.storageKey();
    }

    /** An immutable copy, to answer with outside the transaction. */
    public RenditionFile file() {
        return new RenditionFile(width, height, format, size, sha256, storageKey);
    }
}
