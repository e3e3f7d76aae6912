package org.bulletincms.history;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The item revisions stored by JPA. Append and read only: history is never rewritten. */
@ApplicationScoped
public class ItemRevisionRepository {

    @PersistenceContext(unitName = "bulletin")
    EntityManager em;

    void add(ItemRevision revision) {
        em.persist(revision);
    }

    /** Every revision of the item, newest first. Empty for an item that never existed. */
    public List<ItemRevision> ofItem(UUID itemId) {
        return em.createQuery(
                        "select r from ItemRevision r where r.itemId = :item order by r.number desc",
                        ItemRevision.class)
                .setParameter("item", itemId)
                .getResultList();
    }

    /** Every revision of every item the issue has or had, in one read. */
    public List<ItemRevision> ofIssue(UUID issueId) {
        return em.createQuery("select r from ItemRevision r where r.issueId = :issue", ItemRevision.class)
                .setParameter("issue", issueId)
                .getResultList();
    }

    public Optional<ItemRevision> find(UUID itemId, int number) {
        return em.createQuery(
                        "select r from ItemRevision r where r.itemId = :item and r.number = :n", ItemRevision.class)
                .setParameter("item", itemId)
                .setParameter("n", number)
                .getResultStream()
                .findFirst();
    }

    /** The number of the item's newest revision, if it has any. */
    Optional<Integer> lastNumber(UUID itemId) {
        return Optional.ofNullable(
                em.createQuery("select max(r.number) from ItemRevision r where r.itemId = :item", Integer.class)
                        .setParameter("item", itemId)
                        .getSingleResult());
    }
}
