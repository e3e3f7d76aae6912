package org.bulletincms.source;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.bulletincms.account.Accounts;
import org.bulletincms.issue.Issues;

/**
 * The source reports as editors and translators see them: listed, read, downloaded, linked to items. The use cases
 * of the source-report API, each one transaction answering {@link SourceReport}s; the entities stay here.
 */
@ApplicationScoped
@Transactional
public class SourceLibrary {

    @Inject
    SourceRepository sources;

    @Inject
    SourceStore store;

    @Inject
    Issues issues;

    @Inject
    Accounts accounts;

    private final Clock clock = Clock.systemUTC();

    /**
     * Keeps a received upload in the store and writes its row, in one transaction: with the originals in the
     * database both commit or neither does. A row refused at once (the same bytes' row came first) takes the kept
     * file back out of a directory store; the rollback does so in the database.
     */
    SourceReport keep(ReceivedFile file, SourceFileName name, SourceType type, String by, java.time.Instant at) {
        String key = store.keep(file);
        try {
            SourceDocument source = new SourceDocument(key, file, name, type, by, at);
            sources.add(source);
            sources.flush();
            return report(source);
        } catch (PersistenceException e) {
            store.withdraw(key);
            throw e;
        }
    }

    /** The source uploaded before with these bytes, if any. */
    Optional<SourceReport> withContent(String sha256) {
        return sources.withContent(sha256).map(this::report);
    }

    public Optional<SourceReport> find(UUID id) {
        return sources.find(id).map(this::report);
    }

    /** A page of the sources, newest first, and how many there are in all. */
    public Listing newest(int offset, int size) {
        return new Listing(
                sources.newest(offset, size).stream().map(this::report).toList(), sources.count());
    }

    /** A page of source reports and the number of them in all. */
    public record Listing(List<SourceReport> sources, long total) {}

    /** How many sources the store lacks the original of. */
    public long countMissingOriginals() {
        return sources.countMissingOriginals();
    }

    /** The extracted text of the source; refused with {@link SourceNotExtracted} until its extraction is done. */
    public Optional<ExtractedText> text(UUID id) {
        return sources.find(id).map(source -> {
            if (source.status() != ExtractionStatus.DONE) {
                throw new SourceNotExtracted(source.status());
            }
            return new ExtractedText(
                    source.paged(),
                    sources.pages(source.id()).stream().map(SourcePage::page).toList());
        });
    }

    /**
     * The source's original, opened; refused with {@link OriginalMissing} while the store does not hold it (the
     * source says why since when).
     */
    public Optional<SourceOriginal> original(UUID id) {
        return sources.find(id).map(source -> {
            if (source.missingOriginal().isPresent()) {
                throw new OriginalMissing(source.storageKey());
            }
            return new SourceOriginal(report(source), store.open(source.storageKey()));
        });
    }

    /** The sources an item was written from, in the order they were linked; empty when there is no such item. */
    public Optional<List<SourceReport>> ofItem(UUID itemId) {
        if (issues.idHoldingItem(itemId).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(sources.ofItem(itemId).stream().map(this::report).toList());
    }

    /**
     * Links a source to an item; linking twice does no harm. False when there is no such item or source, nothing
     * linked.
     */
    public boolean link(UUID itemId, UUID sourceId, String by) {
        if (!bothExist(itemId, sourceId)) {
            return false;
        }
        sources.link(itemId, sourceId, by, clock.instant());
        return true;
    }

    /** Removes the link, if there is one. False when there is no such item or source. */
    public boolean unlink(UUID itemId, UUID sourceId) {
        if (!bothExist(itemId, sourceId)) {
            return false;
        }
        sources.unlink(itemId, sourceId);
        return true;
    }

    private boolean bothExist(UUID itemId, UUID sourceId) {
        return issues.idHoldingItem(itemId).isPresent()
                && sources.find(sourceId).isPresent();
    }

    private SourceReport report(SourceDocument source) {
        return SourceReport.of(source, accounts);
    }
}
