package org.bulletincms.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.bulletincms.locale.LocaleTag;

/**
 * The compiled delivery documents, found by key, and the delivery generation: the number every publication and
 * unpublication raises in its transaction, by which a node knows what it holds in memory may be stale.
 */
@ApplicationScoped
public class CompiledDocuments {

    @PersistenceContext(unitName = "bulletin")
    EntityManager em;

    public Optional<CompiledDocument> find(DocumentKey key) {
        return Optional.ofNullable(em.find(CompiledDocument.class, key.value()));
    }

    /** The compiled list entries of a publication's issues in a locale, newest issue first. */
    public List<byte[]> entries(UUID publicationId, LocaleTag locale, int offset, int limit) {
        return em.createQuery(
                        "select d.body from CompiledDocument d where d.publicationId = :p and d.kind = :k"
                                + " and d.locale = :l order by d.year desc, d.numberInYear desc",
                        byte[].class)
                .setParameter("p", publicationId)
                .setParameter("k", DocumentKind.LIST_ENTRY.code())
                .setParameter("l", locale.value())
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    /** How many issues of the publication are listed in a locale. */
    public long countEntries(UUID publicationId, LocaleTag locale) {
        return em.createQuery(
                        "select count(d) from CompiledDocument d where d.publicationId = :p and d.kind = :k"
                                + " and d.locale = :l",
                        Long.class)
                .setParameter("p", publicationId)
                .setParameter("k", DocumentKind.LIST_ENTRY.code())
                .setParameter("l", locale.value())
                .getSingleResult();
    }

    /**
     * The keys of the latest documents of these kinds, most recently compiled first, at most {@code limit}: what a
     * starting node loads first.
     */
    public List<String> newestKeys(Set<DocumentKind> kinds, int limit) {
        return em.createQuery(
                        "select d.docKey from CompiledDocument d where d.kind in (:kinds)"
                                + " order by d.generation desc, d.docKey",
                        String.class)
                .setParameter("kinds", kinds.stream().map(DocumentKind::code).toList())
                .setMaxResults(limit)
                .getResultList();
    }

    /** The bodies of the documents with these keys that exist, by key. */
    public Map<String, byte[]> bodies(List<String> keys) {
        Map<String, byte[]> bodies = new HashMap<>();
        if (!keys.isEmpty()) {
            em.createQuery("select d.docKey, d.body from CompiledDocument d where d.docKey in (:k)", Object[].class)
                    .setParameter("k", keys)
                    .getResultList()
                    .forEach(row -> bodies.put((String) row[0], (byte[]) row[1]));
        }
        return bodies;
    }

    /** The documents with these keys (those that still exist), in no particular order. */
    public List<CompiledDocument> byKeys(List<String> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select d from CompiledDocument d where d.docKey in (:k)", CompiledDocument.class)
                .setParameter("k", keys)
                .getResultList();
    }

    /** The committed delivery generation (this transaction's own raise included). */
    public long generation() {
        return ((Number) em.createNativeQuery("select generation from delivery_generation where id = 1")
                        .getSingleResult())
                .longValue();
    }

    /** The keys of documents written or removed by generations after {@code generation}. */
    public Set<String> changedSince(long generation) {
        Set<String> keys = new HashSet<>(
                em.createQuery("select d.docKey from CompiledDocument d" + " where d.generation > :g", String.class)
                        .setParameter("g", generation)
                        .getResultList());
        for (Object key : em.createNativeQuery("select doc_key from compiled_removal where generation > ?1")
                .setParameter(1, generation)
                .getResultList()) {
            keys.add((String) key);
        }
        return keys;
    }

    /** Raises the delivery generation in the caller's transaction; concurrent publications queue on its row. */
    long raiseGeneration() {
        em.createNativeQuery("update delivery_generation set generation = generation + 1 where id = 1")
                .executeUpdate();
        return generation();
    }

    /** The documents of an issue that a later edition recompiles (everything but the pinned edition documents). */
    List<CompiledDocument> recompilable(UUID issueId) {
        return em.createQuery(
                        "select d from CompiledDocument d where d.issueId = :i and d.kind <> :pinned",
                        CompiledDocument.class)
                .setParameter("i", issueId)
                .setParameter("pinned", DocumentKind.ISSUE_EDITION.code())
                .getResultList();
    }

    List<CompiledDocument> ofIssue(UUID issueId) {
        return em.createQuery("select d from CompiledDocument d where d.issueId = :i", CompiledDocument.class)
                .setParameter("i", issueId)
                .getResultList();
    }

    /** The publication's documents compiled from its list of issues: first pages and feeds. */
    List<CompiledDocument> listsOf(UUID publicationId) {
        return em.createQuery(
                        "select d from CompiledDocument d where d.publicationId = :p and d.kind in (:k)",
                        CompiledDocument.class)
                .setParameter("p", publicationId)
                .setParameter("k", List.of(DocumentKind.ISSUE_PAGE.code(), DocumentKind.FEED.code()))
                .getResultList();
    }

    void add(CompiledDocument document) {
        em.persist(document);
    }

    /** Removes a document and records the removal, so that other nodes forget their copies too. */
    void remove(CompiledDocument document, long generation, Instant at) {
        em.remove(document);
        em.createNativeQuery("insert into compiled_removal (doc_key, generation, removed_at) values (?1, ?2, ?3)")
                .setParameter(1, document.key().value())
                .setParameter(2, generation)
                .setParameter(3, at)
                .executeUpdate();
    }

    /** Removal records older than any node's poll; kept a day. */
    void pruneRemovals(Instant before) {
        em.createNativeQuery("delete from compiled_removal where removed_at < ?1")
                .setParameter(1, before)
                .executeUpdate();
    }
}
