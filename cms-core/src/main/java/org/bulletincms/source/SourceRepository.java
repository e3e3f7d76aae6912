package org.bulletincms.source;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Source reports, their pages and their links to items, stored by JPA. */
@ApplicationScoped
public class SourceRepository {

    @PersistenceContext(unitName = "bulletin")
    EntityManager em;

    public void add(SourceDocument source) {
        em.persist(source);
        em.flush();
    }

    /** Writes pending changes now, so a lost race shows as an optimistic-lock failure here. */
    public void flush() {
        em.flush();
    }

    public Optional<SourceDocument> find(UUID id) {
        return Optional.ofNullable(em.find(SourceDocument.class, id));
    }

    public Optional<SourceDocument> withContent(String sha256) {
        return em.createQuery("select s from SourceDocument s where s.sha256 = :sha", SourceDocument.class)
                .setParameter("sha", sha256)
                .getResultStream()
                .findFirst();
    }

    /** Newest first. */
    public List<SourceDocument> newest(int offset, int size) {
        return em.createQuery("select s from SourceDocument s order by s.uploadedAt desc, s.id", SourceDocument.class)
                .setFirstResult(offset)
                .setMaxResults(size)
                .getResultList();
    }

    public long count() {
        return em.createQuery("select count(s) from SourceDocument s", Long.class)
                .getSingleResult();
    }

    /** The queued sources whose original is in the store, first come first served. */
    public List<UUID> queued(int max) {
        return em.createQuery(
                        "select s.id from SourceDocument s where s.status = :queued"
                                + " and s.originalMissingSince is null order by s.uploadedAt, s.id",
                        UUID.class)
                .setParameter("queued", ExtractionStatus.QUEUED)
                .setMaxResults(max)
                .getResultList();
    }

    /** Sources some server was extracting: all of them, or only those of one node or started before a time. */
    public List<SourceDocument> extracting(Optional<String> node, Optional<Instant> startedBefore) {
        String jpql = "select s from SourceDocument s where s.status = :extracting"
                + (node.isPresent() ? " and s.extractedByNode = :node" : "")
                + (startedBefore.isPresent() ? " and s.extractionStartedAt < :before" : "");
        var query = em.createQuery(jpql, SourceDocument.class).setParameter("extracting", ExtractionStatus.EXTRACTING);
        node.ifPresent(n -> query.setParameter("node", n));
        startedBefore.ifPresent(b -> query.setParameter("before", b));
        return query.getResultList();
    }

    /** Every storage key a row points at. */
    public List<String> storageKeys() {
        return em.createQuery("select s.storageKey from SourceDocument s", String.class)
                .getResultList();
    }

    public Optional<SourceDocument> stored(String storageKey) {
        return em.createQuery("select s from SourceDocument s where s.storageKey = :key", SourceDocument.class)
                .setParameter("key", storageKey)
                .getResultStream()
                .findFirst();
    }

    /** Sources whose original was found missing and has not come back. */
    public List<SourceDocument> missingOriginals() {
        return em.createQuery(
                        "select s from SourceDocument s where s.originalMissingSince is not null", SourceDocument.class)
                .getResultList();
    }

    public long countMissingOriginals() {
        return em.createQuery(
                        "select count(s) from SourceDocument s where s.originalMissingSince is not null", Long.class)
                .getSingleResult();
    }

    /** The identity of the store of originals this database knows, if one was recorded. */
    public Optional<String> recordedStore() {
        return Optional.ofNullable(em.find(RecordedStore.class, RecordedStore.ORIGINALS))
                .map(RecordedStore::storeId);
    }

    /**
     * Records the store's identity unless one is recorded already: nodes of a cluster starting together on a new
     * database all record at once (one insert wins, the others change nothing instead of failing their start).
     */
    public void recordStore(String storeId, Instant at) {
        em.createNativeQuery("insert into source_store (name, store_id, recorded_at) values (?1, ?2, ?3)"
                        + " on conflict do nothing")
                .setParameter(1, RecordedStore.ORIGINALS)
                .setParameter(2, storeId)
                .setParameter(3, at)
                .executeUpdate();
    }

    public void addPages(UUID sourceId, ExtractedText text) {
        int position = 0;
        for (ExtractedPage page : text.pages()) {
            em.persist(new SourcePage(sourceId, position++, page));
        }
    }

    public List<SourcePage> pages(UUID sourceId) {
        return em.createQuery("select p from SourcePage p where p.sourceId = :id order by p.position", SourcePage.class)
                .setParameter("id", sourceId)
                .getResultList();
    }

    public void link(UUID itemId, UUID sourceId, String by, Instant at) {
        if (em.find(SourceLink.class, new SourceLink.Key(itemId, sourceId)) == null) {
            em.persist(new SourceLink(itemId, sourceId, by, at));
        }
    }

    public void unlink(UUID itemId, UUID sourceId) {
        Optional.ofNullable(em.find(SourceLink.class, new SourceLink.Key(itemId, sourceId)))
                .ifPresent(em::remove);
    }

    /** The sources an item was written from, in the order they were linked. */
    public List<SourceDocument> ofItem(UUID itemId) {
        return em.createQuery(
                        "select s from SourceLink l, SourceDocument s where l.key.itemId = :item"
                                + " and s.id = l.key.sourceId order by l.linkedAt, s.id",
                        SourceDocument.class)
                .setParameter("item", itemId)
                .getResultList();
    }
}
