package org.bulletincms.source;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import java.io.InputStream;
import java.time.Clock;

/**
 * Takes an upload in: streams it into the store (refused past {@link SourceLimits#maxUploadBytes()}), reads its
 * type from its bytes, recognises bytes that came before, keeps the file and then writes its row, and queues it
 * for extraction. No transaction is held while the bytes arrive (they go to this node's receiving directory). The
 * file is kept and its row written in one transaction ({@link SourceLibrary#keep}): with the database store they
 * commit together; with a directory store the file is kept first, so a crash in between leaves a file without a
 * row, which {@link SourceReconciliation} quarantines; never a row without a file. A file whose content contradicts its name (HTML named {@code .pdf}) is refused, and nothing is
 * taken while the store is not the one the database knows.
 */
@ApplicationScoped
public class SourceUploads {

    @Inject
    SourceStore store;

    @Inject
    SourceLimits limits;

    @Inject
    SourceTypes types;

    @Inject
    SourceLibrary library;

    @Inject
    ExtractionQueue queue;

    @Inject
    SourceReconciliation reconciliation;

    private final Clock clock = Clock.systemUTC();

    public UploadedSource upload(InputStream body, String uploadedName, String uploadedBy) {
        if (!reconciliation.storeCheck().recognised()) {
            // a file kept now would land in a store the rows do not point into (an empty mount point, say)
            throw new SourceStoreNotRecognised();
        }
        SourceFileName name = SourceFileName.of(uploadedName);
        ReceivedFile received = store.receive(body, limits.maxUploadBytes());
        try {
            String detected = types.detect(received.path());
            SourceType type = SourceType.ofMediaType(detected).orElseThrow(() -> new UnsupportedSourceType(detected));
            if (!type.fitsExtension(name.extension())) {
                throw new TypeContradictsName(name, type);
            }
            var existing = library.withContent(received.sha256());
            if (existing.isPresent()) {
                store.discard(received);
                return new UploadedSource(existing.get(), true);
            }
            try {
                SourceReport source = library.keep(received, name, type, uploadedBy, clock.instant());
                queue.wake();
                return new UploadedSource(source, false);
            } catch (PersistenceException | TransactionalException e) {
                // the same bytes were uploaded at the same moment and the other upload's row came first
                return library.withContent(received.sha256())
                        .map(s -> new UploadedSource(s, true))
                        .orElseThrow(() -> e);
            }
        } finally {
            store.discard(received);
        }
    }
}
