package org.bulletincms.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.bulletincms.workflow.PublishedEdition;

/**
 * What front ends may see: published editions only, and of each issue its latest edition. Nothing here
 * reads drafts, so no query parameter can reach them.
 */
@ApplicationScoped
public class PublishedIssues {

    private static final String LATEST = "select e from PublishedEdition e where e.edition = (select max(x.edition)"
            + " from PublishedEdition x where x.issueId = e.issueId)";

    @PersistenceContext(unitName = "bulletin")
    EntityManager em;

    /** The latest editions of a publication's issues, newest issue first. */
    public List<PublishedEdition> latest(UUID publicationId, int offset, int limit) {
        return em.createQuery(LATEST + " and e.publicationId = :p order by e.year desc, e.numberInYear desc",
                        PublishedEdition.class)
                .setParameter("p", publicationId).setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public long count(UUID publicationId) {
        return em.createQuery("select count(distinct e.issueId) from PublishedEdition e where e.publicationId = :p",
                Long.class).setParameter("p", publicationId).getSingleResult();
    }

    public Optional<PublishedEdition> byNumber(UUID publicationId, int year, int number) {
        return em.createQuery(LATEST + " and e.publicationId = :p and e.year = :y and e.numberInYear = :n",
                        PublishedEdition.class)
                .setParameter("p", publicationId).setParameter("y", year).setParameter("n", number)
                .getResultStream().findFirst();
    }

    public Optional<PublishedEdition> byCumulativeNumber(UUID publicationId, int cumulative) {
        return em.createQuery(LATEST + " and e.publicationId = :p and e.cumulativeNumber = :c", PublishedEdition.class)
                .setParameter("p", publicationId).setParameter("c", cumulative).getResultStream().findFirst();
    }

    public Optional<PublishedEdition> edition(UUID publicationId, int year, int number, int edition) {
        return em.createQuery("select e from PublishedEdition e where e.publicationId = :p and e.year = :y"
                        + " and e.numberInYear = :n and e.edition = :ed", PublishedEdition.class)
                .setParameter("p", publicationId).setParameter("y", year).setParameter("n", number)
                .setParameter("ed", edition).getResultStream().findFirst();
    }

    /** The latest published edition that contains the item, if the item was ever published. */
    public Optional<PublishedEdition> containingItem(UUID itemId) {
        List<UUID> issue = em.createQuery("select i.rubric.issue.id from Item i where i.id = :id", UUID.class)
                .setParameter("id", itemId).getResultList();
        if (issue.isEmpty()) {
            return Optional.empty();
        }
        return em.createQuery(LATEST + " and e.issueId = :i", PublishedEdition.class)
                .setParameter("i", issue.get(0)).getResultStream().findFirst();
    }

    /** Publications with at least one published issue. */
    public List<UUID> publicationsWithIssues() {
        return em.createQuery("select distinct e.publicationId from PublishedEdition e", UUID.class).getResultList();
    }
}
