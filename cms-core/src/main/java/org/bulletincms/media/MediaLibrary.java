package org.bulletincms.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.bulletincms.locale.LocaleTag;
import org.bulletincms.publication.Publication;
import org.bulletincms.publication.PublicationLocales;
import org.bulletincms.publication.PublicationRepository;
import org.bulletincms.source.ReceivedFile;
import org.bulletincms.source.SourceFileName;
import org.bulletincms.source.SourceStore;
import org.bulletincms.source.StoredFileOwner;
import org.bulletincms.spi.AspectRatio;
import org.bulletincms.spi.Picture;

/**
 * The media libraries as editors see them: pictures kept, listed, searched, described; renditions found. Each
 * method is a transaction and answers with view records ({@link MediaImageView}, {@link RenditionFile}): no entity
 * leaves it.
 */
@ApplicationScoped
@Transactional
public class MediaLibrary implements StoredFileOwner {

    private static final Logger LOG = Logger.getLogger(MediaLibrary.class.getName());

    @Inject
    MediaRepository images;

    @Inject
    PublicationRepository publications;

    @Inject
    MediaLimits limits;

    @Inject
    SourceStore store;

    /** The locales of the publication, if there is one: alt texts are written in them. */
    public Optional<PublicationLocales> publicationLocales(UUID publicationId) {
        return publications.find(publicationId).map(Publication::locales);
    }

    /**
     * Keeps a processed picture and its renditions in the store and writes its row, in one transaction: with the
     * originals in the database all commit or none does; with a directory store a refused row takes the files back
     * out. Refused when the publication's library would pass its quota.
     */
    MediaImageView keep(
            UUID publicationId, String uploadSha256, SourceFileName name, ProcessedImage image, String by, Instant at) {
        long used = images.usedBytes(publicationId);
        if (used + image.totalBytes() > limits.quotaBytes()) {
            throw new MediaQuotaExceeded(limits.quotaBytes(), used);
        }
        List<String> kept = new ArrayList<>();
        try {
            KeptFiles files = keepFiles(image, kept);
            MediaImage row = new MediaImage(
                    publicationId,
                    name,
                    image.format(),
                    files.picture(),
                    uploadSha256,
                    image,
                    files.renditions(),
                    by,
                    at);
            images.add(row);
            return row.view();
        } catch (RuntimeException e) {
            kept.forEach(store::withdraw);
            throw e;
        }
    }

    /**
     * Gives a picture a new file (new bytes, same id, alt texts kept), in one transaction like {@link #keep}: the
     * renditions and crops of its earlier file stay served by their content hash ({@link RetiredRendition}), so
     * editions published with them stay as published. Refused when the library would pass its quota.
     *
     * @return the picture with its new file; empty if the library holds no such picture
     */
    Optional<MediaImageView> replace(
            UUID publicationId,
            UUID id,
            String uploadSha256,
            SourceFileName name,
            ProcessedImage image,
            String by,
            Instant at) {
        Optional<MediaImage> found = images.find(publicationId, id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        MediaImage picture = found.get();
        long others = images.usedBytes(publicationId) - picture.totalBytes();
        if (others + image.totalBytes() > limits.quotaBytes()) {
            throw new MediaQuotaExceeded(limits.quotaBytes(), others + picture.totalBytes());
        }
        List<String> kept = new ArrayList<>();
        try {
            KeptFiles files = keepFiles(image, kept);
            picture.renditions().forEach(rendition -> images.retire(id, rendition.file()));
            for (MediaCrop crop : images.crops(id)) {
                // crops are made again for the new file, around each focal point, when an edition next asks
                images.retire(id, crop.file());
                images.remove(crop);
            }
            picture.replace(name, image.format(), files.picture(), uploadSha256, image, files.renditions(), by, at);
            images.flush();
            return Optional.of(picture.view());
        } catch (RuntimeException e) {
            kept.forEach(store::withdraw);
            throw e;
        }
    }

    /** The kept picture's storage key and the renditions, as the store kept their files. */
    private record KeptFiles(String picture, List<Rendition> renditions) {}

    private KeptFiles keepFiles(ProcessedImage image, List<String> kept) {
        // the widest rendition is often the kept picture itself: one file, two rows
        Map<ProcessedImage.Encoded, Stored> stored = new IdentityHashMap<>();
        Stored picture = stored.computeIfAbsent(image.kept(), encoded -> keep(encoded, kept));
        List<Rendition> renditions = new ArrayList<>();
        for (ProcessedImage.Encoded encoded : image.renditions()) {
            Stored file = stored.computeIfAbsent(encoded, e -> keep(e, kept));
            renditions.add(new Rendition(
                    encoded.width(), encoded.height(), encoded.format(), file.size(), file.sha256(), file.key()));
        }
        return new KeptFiles(picture.key(), renditions);
    }

    /** An encoded picture as the store kept it. */
    private record Stored(String key, long size, String sha256) {}

    private Stored keep(ProcessedImage.Encoded encoded, List<String> kept) {
        ReceivedFile file = store.receive(new ByteArrayInputStream(encoded.bytes()), Long.MAX_VALUE);
        try {
            String key = store.keep(file);
            kept.add(key);
            return new Stored(key, file.size(), file.sha256());
        } finally {
            store.discard(file);
        }
    }

    public Optional<MediaImageView> withUpload(UUID publicationId, String uploadSha256) {
        return images.withUpload(publicationId, uploadSha256).map(MediaImage::view);
    }

    public Optional<MediaImageView> find(UUID publicationId, UUID id) {
        return images.find(publicationId, id).map(MediaImage::view);
    }

    /** Newest first, optionally only those whose name or alt text contains {@code query}. */
    public List<MediaImageView> newest(UUID publicationId, Optional<String> query, int offset, int size) {
        return images.newest(publicationId, query, offset, size).stream()
                .map(MediaImage::view)
                .toList();
    }

    public long count(UUID publicationId, Optional<String> query) {
        return images.count(publicationId, query);
    }

    public long usedBytes(UUID publicationId) {
        return images.usedBytes(publicationId);
    }

    /** Sets the alt texts of a picture: every locale's, a locale left out has none. */
    public Optional<MediaImageView> describe(UUID publicationId, UUID id, Map<LocaleTag, String> alt) {
        Optional<MediaImage> image = images.find(publicationId, id);
        image.ifPresent(i -> i.describe(alt));
        return image.map(MediaImage::view);
    }

    /** Marks a picture decorative or takes the mark back; the items that place it keep their own choice. */
    public Optional<MediaImageView> markDecorative(UUID publicationId, UUID id, boolean decorative) {
        Optional<MediaImage> image = images.find(publicationId, id);
        image.ifPresent(i -> i.markDecorative(decorative));
        return image.map(MediaImage::view);
    }

    /**
     * Deletes a picture no item and no published edition uses; refused with the places that use it otherwise.
     * Its row goes at once (its bytes no longer count against the quota, its renditions are no longer served); its
     * files are left to the store's sweep, which quarantines files without a row, so a rolled-back delete never
     * loses a picture.
     *
     * @return whether there was such a picture
     * @throws MediaInUse if an item or a published edition shows it
     */
    public boolean delete(UUID publicationId, UUID id) {
        Optional<MediaImage> image = images.find(publicationId, id);
        if (image.isEmpty()) {
            return false;
        }
        List<MediaUse> uses = images.uses(publicationId, id);
        if (!uses.isEmpty()) {
            throw new MediaInUse(uses);
        }
        images.remove(image.get());
        return true;
    }

    /** The pictures of the publication nothing uses, oldest first: candidates for clean-up. */
    public List<MediaImageView> unused(UUID publicationId) {
        return images.unused(publicationId).stream().map(MediaImage::view).toList();
    }

    /** The rendition or crop whose bytes have this SHA-256. */
    public Optional<RenditionFile> rendition(String sha256) {
        return images.rendition(sha256);
    }

    /**
     * The picture cut to every {@link AspectRatio} around the focal point (rounded to whole percent, {@link Focus}),
     * made the first time it is asked for and kept from then on, in this transaction: an edition being published or
     * a preview being made. Crops do not count against the quota: there are at most three ratios of three widths
     * for each focus an item sets. Empty if the library holds no such picture, or if the crops cannot be made (the
     * kept picture unreadable, its decoding too slow): logged, and the edition shows the whole picture.
     */
    public List<ImageCrop> crops(UUID publicationId, UUID mediaId, Picture.FocalPoint point) {
        Optional<MediaImage> image = images.find(publicationId, mediaId);
        if (image.isEmpty()) {
            return List.of();
        }
        Focus focus = Focus.of(point);
        List<MediaCrop> made = images.crops(mediaId, focus);
        if (made.isEmpty()) {
            try {
                made = cut(image.get(), focus);
            } catch (RuntimeException e) {
                // A publication is never refused for its crops: a rendering asking for a shape gets the whole
                // picture instead (Picture.croppedTo). Caught here, inside the service, so the edition's
                // transaction is not marked for rollback.
                LOG.log(Level.WARNING, e, () -> "No crops of picture " + mediaId + " around " + focus);
                return List.of();
            }
        }
        MediaImage picture = image.get();
        Map<AspectRatio, List<RenditionFile>> byRatio = new EnumMap<>(AspectRatio.class);
        made.forEach(crop -> byRatio.computeIfAbsent(crop.ratio(), ratio -> new ArrayList<>())
                .add(crop.file()));
        return byRatio.entrySet().stream()
                .map(entry -> {
                    FocalCrop region = FocalCrop.around(picture.width(), picture.height(), entry.getKey(), focus);
                    List<RenditionFile> files = entry.getValue().stream()
                            .sorted(Comparator.comparingInt(RenditionFile::width))
                            .toList();
                    return new ImageCrop(entry.getKey(), region.width(), region.height(), files);
                })
                .toList();
    }

    private List<MediaCrop> cut(MediaImage image, Focus focus) {
        List<ProcessedImage.Cropped> cropped;
        try (InputStream kept = store.open(image.storageKey())) {
            cropped = ImageProcessing.within(limits).crops(kept, image.format().renditionFormat(), focus);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read picture " + image.id(), e);
        }
        List<String> keys = new ArrayList<>();
        try {
            List<MediaCrop> crops = new ArrayList<>();
            for (ProcessedImage.Cropped crop : cropped) {
                for (ProcessedImage.Encoded encoded : crop.renditions()) {
                    Stored file = keep(encoded, keys);
                    MediaCrop row = new MediaCrop(
                            image.id(),
                            crop.ratio(),
                            focus,
                            new RenditionFile(
                                    encoded.width(),
                                    encoded.height(),
                                    encoded.format(),
                                    file.size(),
                                    file.sha256(),
                                    file.key()));
                    crops.add(row);
                }
            }
            // the rows only once every file is kept: a failure above leaves neither rows nor files
            crops.forEach(images::add);
            return crops;
        } catch (RuntimeException e) {
            keys.forEach(store::withdraw);
            throw e;
        }
    }

    /** The bytes of a rendition; the caller closes them. */
    public InputStream open(RenditionFile rendition) {
        return store.open(rendition.storageKey());
    }

    @Override
    public Set<String> storageKeys() {
        return images.storageKeys();
    }
}
