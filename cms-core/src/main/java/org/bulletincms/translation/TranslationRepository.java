package org.bulletincms.translation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Translation records and locale assignments, stored by JPA. */
@ApplicationScoped
public class TranslationRepository {

    @PersistenceContext(unitName = "bulletin")
    EntityManager em;

    public List<ItemTranslation> ofItems(Collection<UUID> itemIds) {
        if (itemIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select t from ItemTranslation t where t.itemId in :ids", ItemTranslation.class)
                .setParameter("ids", itemIds)
                .getResultList();
    }

    public Optional<ItemTranslation> find(UUID itemId, String locale) {
        return em.createQuery(
                        "select t from ItemTranslation t where t.itemId = :i and t.locale = :l", ItemTranslation.class)
                .setParameter("i", itemId)
                .setParameter("l", locale)
                .getResultStream()
                .findFirst();
    }

    public void add(ItemTranslation translation) {
        em.persist(translation);
    }

    public List<LocaleAssignment> assignments(UUID issueId) {
        return em.createQuery("select a from LocaleAssignment a where a.issueId = :i", LocaleAssignment.class)
                .setParameter("i", issueId)
                .getResultList();
    }

    /** The assignment of the locale, created (unassigned, not done) on first use. */
    public LocaleAssignment assignment(UUID issueId, String locale) {
        return em.createQuery(
                        "select a from LocaleAssignment a where a.issueId = :i and a.locale = :l",
                        LocaleAssignment.class)
                .setParameter("i", issueId)
                .setParameter("l", locale)
                .getResultStream()
                .findFirst()
                .orElseGet(() -> {
                    LocaleAssignment created = new LocaleAssignment(issueId, locale);
                    em.persist(created);
                    return created;
                });
    }

    /** Issues in which {@code username} is the assigned translator of some locale. */
    public List<UUID> issuesAssignedTo(String username) {
        return em.createQuery("select distinct a.issueId from LocaleAssignment a where a.translator = :u", UUID.class)
                .setParameter("u", username)
                .getResultList();
    }
}
