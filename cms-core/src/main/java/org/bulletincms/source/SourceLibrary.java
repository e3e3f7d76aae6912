package org.bulletincms.source;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The source reports as editors and translators see them: listed, read, linked to items. */
@ApplicationScoped
@Transactional
public class SourceLibrary {

    @Inject
    SourceRepository sources;

    private final Clock clock = Clock.systemUTC();

    /**
     * Keeps a received upload in the store and writes its row, in one transaction: with the originals in the
     * database both commit or neither does. A row refused at once (the same bytes' row came first) takes the kept
     * file back out of a directory store; the rollback does so in the database.
     */
    SourceDocument keep(
            SourceStore store,
            ReceivedFile file,
            SourceFileName name,
            SourceType type,
            String by,
            java.time.Instant at) {
        String key = store.keep(file);
        try {
            SourceDocument source = new SourceDocument(key, file, name, type, by, at);
            sources.add(source);
            sources.flush();
            return source;
        } catch (PersistenceException e) {
            store.withdraw(key);
            throw e;
        }
    }

    public Optional<SourceDocument> withContent(String sha256) {
        return sources.withContent(sha256);
    }

    public Optional<SourceDocument> find(UUID id) {
        return sources.find(id);
    }

    public List<SourceDocument> newest(int offset, int size) {
        return sources.newest(offset, size);
    }

    public long count() {
        return sources.count();
    }

    /** How many sources the store lacks the original of. */
    public long countMissingOriginals() {
        return sources.countMissingOriginals();
    }

    /** The extracted text; only once the extraction is done. */
    public ExtractedText text(SourceDocument source) {
        if (source.status() != ExtractionStatus.DONE) {
            throw new SourceNotExtracted(source.status());
        }
        return new ExtractedText(
                source.paged(),
                sources.pages(source.id()).stream().map(SourcePage::page).toList());
    }

    public void link(UUID itemId, SourceDocument source, String by) {
        sources.link(itemId, source.id(), by, clock.instant());
    }

    public void unlink(UUID itemId, SourceDocument source) {
        sources.unlink(itemId, source.id());
    }

    public List<SourceDocument> ofItem(UUID itemId) {
        return sources.ofItem(itemId);
    }
}
