package org.bulletincms.media;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.bulletincms.locale.LocaleTag;
import org.bulletincms.source.SourceFileName;

/**
 * A picture in a publication's media library: the upload re-encoded without metadata (kept in the source store
 * under {@link #storageKey()}), and its renditions, narrowest first. The upload's own bytes are not kept; their
 * SHA-256 recognises the same file uploaded again.
 */
@Entity
@Table(name = "media_image")
public class MediaImage {

    public static final int MAX_ALT_LENGTH = 500;

    @Id
    private UUID id;

    @Column(name = "publication_id", nullable = false)
    private UUID publicationId;

    @Column(nullable = false)
    private String filename;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private ImageFormat format;

    @Column(nullable = false)
    private int width;

    @Column(nullable = false)
    private int height;

    @Column(name = "storage_key", nullable = false, length = 64)
    private String storageKey;

    @Column(name = "upload_sha256", nullable = false, length = 64)
    private String uploadSha256;

    @Column(name = "total_bytes", nullable = false)
    private long totalBytes;

    @Column(name = "uploaded_by", nullable = false)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "media_rendition", joinColumns = @JoinColumn(name = "image_id"))
    @OrderBy("width")
    private List<Rendition> renditions = new ArrayList<>();

    /** Alt text per locale tag: what the picture shows, for readers who cannot see it; searched with the name. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "media_image_alt", joinColumns = @JoinColumn(name = "image_id"))
    @MapKeyColumn(name = "locale", length = 35)
    @Column(name = "alt_text", nullable = false, length = MAX_ALT_LENGTH)
    private Map<String, String> alt = new HashMap<>();

    /**
     * Whether the picture adds nothing a reader needs (an ornament, a logo beside its organisation's name), so it
     * needs no alt text. What counts at publishing is each item's placement ({@code decorative} of its image field):
     * this is what a placement starts with, as the alt texts are.
     */
    @Column(name = "decorative", nullable = false)
    private boolean decorative;

    protected MediaImage() {
        // for JPA
    }

    MediaImage(
            UUID publicationId,
            SourceFileName name,
            ImageFormat format,
            String storageKey,
            String uploadSha256,
            ProcessedImage image,
            List<Rendition> renditions,
            String uploadedBy,
            Instant uploadedAt) {
        this.id = UUID.randomUUID();
        this.publicationId = publicationId;
        this.renditions = new ArrayList<>();
        takeFile(name, format, storageKey, uploadSha256, image, renditions, uploadedBy, uploadedAt);
    }

    public UUID id() {
        return id;
    }

    public UUID publicationId() {
        return publicationId;
    }

    public String filename() {
        return filename;
    }

    /** The format the upload had; the renditions' is {@link ImageFormat#renditionFormat()} of it. */
    public ImageFormat format() {
        return format;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public String storageKey() {
        return storageKey;
    }

    /** The bytes it takes in the store, the kept picture and its renditions: what counts against the quota. */
    public long totalBytes() {
        return totalBytes;
    }

    public String uploadedBy() {
        return uploadedBy;
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }

    /** Narrowest first; the widest is the picture's own width or 2048, whichever is less. */
    public List<Rendition> renditions() {
        return List.copyOf(renditions);
    }

    /** The alt text of each locale that has one, by locale tag. */
    public Map<String, String> alt() {
        return new TreeMap<>(alt);
    }

    public boolean decorative() {
        return decorative;
    }

    /** An immutable copy, to answer with outside the transaction. */
    public MediaImageView view() {
        return new MediaImageView(
                id,
                publicationId,
                filename,
                format,
                width,
                height,
                totalBytes,
                uploadedBy,
                uploadedAt,
                new TreeMap<>(alt),
                decorative,
                renditions.stream().map(Rendition::file).toList());
    }

    /**
     * Takes a new file for this picture: its format, size, kept picture and renditions change, its id and alt texts
     * stay. The renditions it had are the caller's to keep serving ({@link RetiredRendition}).
     */
    void replace(
            SourceFileName name,
            ImageFormat format,
            String storageKey,
            String uploadSha256,
            ProcessedImage image,
            List<Rendition> renditions,
            String uploadedBy,
            Instant uploadedAt) {
        takeFile(name, format, storageKey, uploadSha256, image, renditions, uploadedBy, uploadedAt);
    }

    /** What a picture's file sets, whether it is the first one or a replacement. */
    private void takeFile(
            SourceFileName name,
            ImageFormat format,
            String storageKey,
            String uploadSha256,
            ProcessedImage image,
            List<Rendition> renditions,
            String uploadedBy,
            Instant uploadedAt) {
        this.filename = name.value();
        this.format = format;
        this.width = image.kept().width();
        this.height = image.kept().height();
        this.storageKey = storageKey;
        this.uploadSha256 = uploadSha256;
        this.totalBytes = image.totalBytes();
        this.renditions.clear();
        this.renditions.addAll(renditions);
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    /** Marks the picture decorative, or takes the mark back; its alt texts are kept either way. */
    void markDecorative(boolean decorative) {
        this.decorative = decorative;
    }

    /** Replaces the alt texts: a locale left out or blank has none. */
    void describe(Map<LocaleTag, String> texts) {
        alt.clear();
        texts.forEach((locale, text) -> {
            if (!text.isBlank()) {
                alt.put(locale.value(), text.strip());
            }
        });
    }
}
