package org.bulletincms.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.bulletincms.workflow.PublishedEdition;

/**
 * What front ends may see: published editions only, and of each issue its latest edition; never an edition
 * that was withdrawn when its issue was unpublished. Nothing here reads drafts, so no query parameter can
 * reach them. Every query names {@value #VISIBLE}.
 */
@ApplicationScoped
public class PublishedIssues {

    /** The condition every query here adds: the edition is still public. */
    static final String VISIBLE = "e.withdrawnAt is null";

    private static final String LATEST = "select e from PublishedEdition e where " + VISIBLE
            + " and e.edition = (select max(x.edition) from PublishedEdition x where x.issueId = e.issueId)";

    @PersistenceContext(unitName = "bulletin")
    EntityManager em;

    /** The latest editions of a publication's issues, newest issue first. */
    public List<PublishedEdition> latest(UUID publicationId, int offset, int limit) {
        return em.createQuery(
                        LATEST + " and e.publicationId = :p order by e.year desc, e.numberInYear desc",
                        PublishedEdition.class)
                .setParameter("p", publicationId)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    /** An issue in its publication's feed: which, and when its latest edition was published. */
    public record Listed(UUID issueId, Instant publishedAt) {}

    /** The latest editions' issues and times, newest issue first, without their snapshots: what a feed lists. */
    public List<Listed> newestListed(UUID publicationId, int limit) {
        return em.createQuery(
                        "select e.issueId, e.publishedAt" + LATEST.substring("select e".length())
                                + " and e.publicationId = :p order by e.year desc, e.numberInYear desc",
                        Object[].class)
                .setParameter("p", publicationId)
                .setMaxResults(limit)
                .getResultStream()
                .map(row -> new Listed((UUID) row[0], (Instant) row[1]))
                .toList();
    }

    /** Whether the publication has any published issue; constant time, unlike counting. */
    public boolean hasPublished(UUID publicationId) {
        return !em.createQuery(
                        "select e.id from PublishedEdition e where e.publicationId = :p and " + VISIBLE, UUID.class)
                .setParameter("p", publicationId)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    /**
     * The id of the latest edition of issue year/number. Only the id: the snapshot is loaded when a rendering
     * of that edition is not cached yet, which for an immutable edition is once.
     */
    public Optional<UUID> latestIdByNumber(UUID publicationId, int year, int number) {
        return em.createQuery(
                        "select e.id from PublishedEdition e where e.publicationId = :p and e.year = :y"
                                + " and e.numberInYear = :n and " + VISIBLE + " order by e.edition desc",
                        UUID.class)
                .setParameter("p", publicationId)
                .setParameter("y", year)
                .setParameter("n", number)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    public Optional<UUID> latestIdByCumulativeNumber(UUID publicationId, int cumulative) {
        return em.createQuery(
                        "select e.id from PublishedEdition e where e.publicationId = :p"
                                + " and e.cumulativeNumber = :c and " + VISIBLE + " order by e.edition desc",
                        UUID.class)
                .setParameter("p", publicationId)
                .setParameter("c", cumulative)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    public Optional<UUID> editionId(UUID publicationId, int year, int number, int edition) {
        return em.createQuery(
                        "select e.id from PublishedEdition e where e.publicationId = :p and e.year = :y"
                                + " and e.numberInYear = :n and e.edition = :ed and " + VISIBLE,
                        UUID.class)
                .setParameter("p", publicationId)
                .setParameter("y", year)
                .setParameter("n", number)
                .setParameter("ed", edition)
                .getResultStream()
                .findFirst();
    }

    public Optional<PublishedEdition> find(UUID editionId) {
        return Optional.ofNullable(em.find(PublishedEdition.class, editionId))
                .filter(edition -> edition.withdrawnAt().isEmpty());
    }

    public long count(UUID publicationId) {
        return em.createQuery(
                        "select count(distinct e.issueId) from PublishedEdition e" + " where e.publicationId = :p and "
                                + VISIBLE,
                        Long.class)
                .setParameter("p", publicationId)
                .getSingleResult();
    }

    /** The latest published edition that contains the item, if the item was ever published. */
    public Optional<PublishedEdition> containingItem(UUID itemId) {
        List<UUID> issue = em.createQuery("select i.rubric.issue.id from Item i where i.id = :id", UUID.class)
                .setParameter("id", itemId)
                .getResultList();
        if (issue.isEmpty()) {
            return Optional.empty();
        }
        return em.createQuery(LATEST + " and e.issueId = :i", PublishedEdition.class)
                .setParameter("i", issue.get(0))
                .getResultStream()
                .findFirst();
    }

    /** The latest published edition of an issue, if it is published. */
    public Optional<PublishedEdition> latestOf(UUID issueId) {
        return em.createQuery(LATEST + " and e.issueId = :i", PublishedEdition.class)
                .setParameter("i", issueId)
                .getResultStream()
                .findFirst();
    }

    /** Publications with at least one published issue. */
    public List<UUID> publicationsWithIssues() {
        return em.createQuery("select distinct e.publicationId from PublishedEdition e where " + VISIBLE, UUID.class)
                .getResultList();
    }
}
