package org.bulletincms.media;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
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

    /** The file: the same columns as every rendition of a picture's current file. */
    @Embedded
    private Rendition file;

    protected RetiredRendition() {
        // for JPA
    }

    RetiredRendition(UUID imageId, RenditionFile file) {
        this.id = UUID.randomUUID();
        this.imageId = imageId;
        this.file = Rendition.of(file);
    }

    /** An immutable copy, to answer with outside the transaction. */
    public RenditionFile file() {
        return file.file();
    }
}
