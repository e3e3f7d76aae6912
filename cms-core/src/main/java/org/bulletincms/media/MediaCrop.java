package org.bulletincms.media;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.bulletincms.spi.AspectRatio;

/**
 * One rendition of a picture cut to a fixed shape around a focus, kept in the store under its storage key and served
 * like any rendition, by the SHA-256 of its bytes. Its own row rather than part of {@link MediaImage}, so that two
 * editions published at once with different focuses add their crops without rewriting each other's.
 */
@Entity
@Table(name = "media_crop")
public class MediaCrop {

    @Id
    private UUID id;

    @Column(name = "image_id", nullable = false)
    private UUID imageId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private AspectRatio ratio;

    @Column(name = "focus_x", nullable = false)
    private int focusX;

    @Column(name = "focus_y", nullable = false)
    private int focusY;

    /** The file: the same columns as every rendition of a picture's current file. */
    @Embedded
    private Rendition file;

    protected MediaCrop() {
        // for JPA
    }

    MediaCrop(UUID imageId, AspectRatio ratio, Focus focus, RenditionFile file) {
        this.id = UUID.randomUUID();
        this.imageId = imageId;
        this.ratio = ratio;
        this.focusX = focus.x();
        this.focusY = focus.y();
        this.file = Rendition.of(file);
    }

    public AspectRatio ratio() {
        return ratio;
    }

    /** An immutable copy, to answer with outside the transaction. */
    public RenditionFile file() {
        return file.file();
    }
}
