package org.bulletincms.issue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The issues stored by JPA. */
@ApplicationScoped
public class IssueRepository {

    @PersistenceContext(unitName = "bulletin")
    EntityManager em;

    public void add(Issue issue) {
        em.persist(issue);
    }

    public void remove(Issue issue) {
        em.remove(issue);
    }

    /** Writes pending changes now, so versions (and so ETags) are current before answering. */
    public void flush() {
        em.flush();
    }

    public Optional<Issue> find(UUID id) {
        return Optional.ofNullable(em.find(Issue.class, id));
    }

    /** The issue an item belongs to, found from the item's id. */
    public Optional<Issue> findByItem(UUID itemId) {
        return em.createQuery("select i.rubric.issue from Item i where i.id = :id", Issue.class)
                .setParameter("id", itemId)
                .getResultStream()
                .findFirst();
    }

    /** Newest first: by year and number within the year. */
    public List<Issue> ofPublication(UUID publicationId) {
        return em.createQuery(
                        "select i from Issue i where i.publicationId = :p"
                                + " order by i.number.year desc, i.number.numberInYear desc",
                        Issue.class)
                .setParameter("p", publicationId)
                .getResultList();
    }

    /** Every issue in a stage, oldest change first. */
    public List<Issue> inStage(Stage stage) {
        return em.createQuery("select i from Issue i where i.stage = :s order by i.updatedAt", Issue.class)
                .setParameter("s", stage)
                .getResultList();
    }

    public long countOfPublication(UUID publicationId) {
        return em.createQuery("select count(i) from Issue i where i.publicationId = :p", Long.class)
                .setParameter("p", publicationId)
                .getSingleResult();
    }

    /**
     * Refuses a number that another issue of the publication already has, as year and number or as
     * cumulative number. The database's unique constraints back this up against races.
     */
    public void requireFreeNumber(UUID publicationId, IssueNumber number, Optional<UUID> except) {
        numberTakenBy(publicationId, number, except).ifPresent(label -> {
            throw new IssueNumberTaken(label);
        });
    }

    /** Whether another issue of the publication already has this year/number or this cumulative number. */
    public Optional<String> numberTakenBy(UUID publicationId, IssueNumber number, Optional<UUID> except) {
        List<Issue> clashes = em.createQuery(
                        "select i from Issue i where i.publicationId = :p and ("
                                + "(i.number.year = :y and i.number.numberInYear = :n) or i.number.cumulative = :c)",
                        Issue.class)
                .setParameter("p", publicationId)
                .setParameter("y", number.year())
                .setParameter("n", number.numberInYear())
                .setParameter("c", number.cumulative())
                .getResultList();
        return clashes.stream()
                .filter(issue -> except.map(id -> !id.equals(issue.id())).orElse(true))
                .map(issue ->
                        issue.number().year() == number.year() && issue.number().numberInYear() == number.numberInYear()
                                ? number.chineseLabel()
                                : number.chineseCumulativeLabel())
                .findFirst();
    }
}
