package org.bulletincms.media;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import java.io.InputStream;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.bulletincms.source.ReceivedFile;
import org.bulletincms.source.SourceFileName;
import org.bulletincms.source.SourceReconciliation;
import org.bulletincms.source.SourceStore;
import org.bulletincms.source.SourceStoreNotRecognised;
import org.bulletincms.source.SourceTooLarge;

/**
 * Takes a picture into a publication's media library: streams it into the store's receiving area (refused past
 * {@link MediaLimits#maxUploadBytes()}), reads its format from its bytes, refuses a name that contradicts them,
 * recognises the same file uploaded before, checks its pixel count from its header and only then decodes it
 * ({@link ImageProcessing}), and keeps the picture made safe and its renditions with their row in one transaction
 * ({@link MediaLibrary#keep}). No transaction is held while the bytes arrive or while the picture is decoded, and a
 * refused upload leaves nothing behind.
 */
@ApplicationScoped
public class MediaUploads {

    @Inject
    SourceStore store;

    @Inject
    SourceReconciliation reconciliation;

    @Inject
    MediaLimits limits;

    @Inject
    MediaLibrary library;

    private final Clock clock = Clock.systemUTC();

    private ImageProcessing processing;

    @PostConstruct
    void configure() {
        processing = ImageProcessing.within(limits);
    }

    /** A picture taken in, and whether it was there before (the same bytes uploaded to the same publication). */
    public record Uploaded(MediaImageView image, boolean duplicate) {}

    public Uploaded upload(UUID publicationId, InputStream body, String uploadedName, String uploadedBy) {
        if (!reconciliation.storeCheck().recognised()) {
            throw new SourceStoreNotRecognised();
        }
        SourceFileName name = SourceFileName.of(uploadedName);
        ReceivedFile received = receive(body);
        try {
            ImageFormat format = ImageProcessing.format(received.path());
            if (!format.fitsExtension(name.extension())) {
                throw new ImageTypeContradictsName(name.value(), name.extension(), format);
            }
            var existing = library.withUpload(publicationId, received.sha256());
            if (existing.isPresent()) {
                return new Uploaded(existing.get(), true);
            }
            ProcessedImage image = processing.process(received.path(), format);
            try {
                return new Uploaded(
                        library.keep(publicationId, received.sha256(), name, image, uploadedBy, clock.instant()),
                        false);
            } catch (PersistenceException | TransactionalException e) {
                // the same bytes were uploaded at the same moment and the other upload's row came first
                return library.withUpload(publicationId, received.sha256())
                        .map(i -> new Uploaded(i, true))
                        .orElseThrow(() -> e);
            }
        } finally {
            store.discard(received);
        }
    }

    /**
     * Gives a picture of the library a new file, taken in as an upload is (streamed, read from its bytes, checked
     * from its header, decoded, made safe): its id and alt texts stay, items that show it show the new file in their
     * next edition, and editions published before keep the renditions they were published with.
     *
     * @return the picture with its new file; empty if the library holds no such picture
     * @throws MediaAlreadyInLibrary if another picture of the library was uploaded from the same file
     */
    public Optional<MediaImageView> replace(
            UUID publicationId, UUID id, InputStream body, String uploadedName, String uploadedBy) {
        if (!reconciliation.storeCheck().recognised()) {
            throw new SourceStoreNotRecognised();
        }
        if (library.find(publicationId, id).isEmpty()) {
            return Optional.empty();
        }
        SourceFileName name = SourceFileName.of(uploadedName);
        ReceivedFile received = receive(body);
        try {
            ImageFormat format = ImageProcessing.format(received.path());
            if (!format.fitsExtension(name.extension())) {
                throw new ImageTypeContradictsName(name.value(), name.extension(), format);
            }
            Optional<MediaImageView> same = library.withUpload(publicationId, received.sha256());
            if (same.isPresent()) {
                if (same.get().id().equals(id)) {
                    return same;
                }
                throw new MediaAlreadyInLibrary(same.get().id());
            }
            ProcessedImage image = processing.process(received.path(), format);
            return library.replace(publicationId, id, received.sha256(), name, image, uploadedBy, clock.instant());
        } finally {
            store.discard(received);
        }
    }

    private ReceivedFile receive(InputStream body) {
        try {
            return store.receive(body, limits.maxUploadBytes());
        } catch (SourceTooLarge e) {
            throw new ImageTooLarge(limits.maxUploadBytes());
        }
    }
}
