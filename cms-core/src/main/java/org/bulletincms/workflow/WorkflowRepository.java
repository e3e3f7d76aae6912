package org.bulletincms.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.bulletincms.database.DatabaseClock;
import org.bulletincms.database.NativeUuid;

/** Sign-offs, review decisions, published editions and the people who wrote an issue's content, stored by JPA. */
@ApplicationScoped
public class WorkflowRepository {

    @PersistenceContext(unitName = "bulletin")
    EntityManager em;

    public void add(SignOff signOff) {
        em.persist(signOff);
    }

    public void add(PublishedEdition edition) {
        em.persist(edition);
    }

    public void add(ReviewDecision decision) {
        em.persist(decision);
    }

    /** The issue's newest review decision (an approval or a rejection), if it was ever reviewed. */
    public Optional<ReviewDecision> lastReview(UUID issueId) {
        return em.createQuery(
                        "select d from ReviewDecision d where d.issueId = :i order by d.decidedAt desc, d.id desc",
                        ReviewDecision.class)
                .setParameter("i", issueId)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /** The sign-off that currently stands for the issue, if any. */
    public Optional<SignOff> validSignOff(UUID issueId) {
        return em.createQuery(
                        "select s from SignOff s where s.issueId = :i and s.voidedAt is null"
                                + " order by s.signedAt desc",
                        SignOff.class)
                .setParameter("i", issueId)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    public List<SignOff> signOffs(UUID issueId) {
        return em.createQuery("select s from SignOff s where s.issueId = :i order by s.signedAt", SignOff.class)
                .setParameter("i", issueId)
                .getResultList();
    }

    public List<PublishedEdition> editions(UUID issueId) {
        return em.createQuery(
                        "select e from PublishedEdition e where e.issueId = :i order by e.edition",
                        PublishedEdition.class)
                .setParameter("i", issueId)
                .getResultList();
    }

    /** Withdraws every published edition of the issue; returns the latest of them. */
    public PublishedEdition withdrawEditions(UUID issueId, String by, String reason, Instant at) {
        List<PublishedEdition> editions = editions(issueId);
        editions.forEach(edition -> edition.withdraw(by, reason, at));
        return editions.get(editions.size() - 1);
    }

    public Optional<PublishedEdition> edition(UUID issueId, int edition) {
        return em.createQuery(
                        "select e from PublishedEdition e where e.issueId = :i and e.edition = :n",
                        PublishedEdition.class)
                .setParameter("i", issueId)
                .setParameter("n", edition)
                .getResultStream()
                .findFirst();
    }

    /** Remembers that {@code username} wrote content of the issue (for the four-eyes rule). */
    public void recordContributor(UUID issueId, String username) {
        em.createNativeQuery("insert into issue_contributor (issue_id, username) select ?1, ?2 where not exists"
                        + " (select 1 from issue_contributor where issue_id = ?1 and username = ?2)")
                .setParameter(1, issueId)
                .setParameter(2, username)
                .executeUpdate();
    }

    public boolean contributed(UUID issueId, String username) {
        return !em.createNativeQuery("select username from issue_contributor where issue_id = ?1 and username = ?2")
                .setParameter(1, issueId)
                .setParameter(2, username)
                .getResultList()
                .isEmpty();
    }

    /**
     * Approved issues whose scheduled publication time has come by the database's clock (the one all nodes share),
     * oldest schedule first.
     */
    public List<UUID> duePublications() {
        return ((List<?>) em.createNativeQuery("select id from issue where publish_at <= current_timestamp"
                                + " and stage = 'APPROVED' order by publish_at")
                        .getResultList())
                .stream().map(NativeUuid::of).toList();
    }

    /**
     * Claims a due scheduled publication for this transaction: locks the issue's row unless another node holds it
     * ({@code SKIP LOCKED}: that node is publishing it) and answers the database's time, by which the issue is to be
     * published; empty when it is not due (any more), or another node has it. Another node that asks while this
     * transaction runs gets empty at once, and after it commits finds the issue published.
     */
    public Optional<Instant> claimDuePublication(UUID issueId) {
        return ((List<?>) em.createNativeQuery(
                                "select " + DatabaseClock.epoch("current_timestamp") + " from issue where id = ?1"
                                        + " and publish_at <= current_timestamp and stage = 'APPROVED'"
                                        + " for update skip locked")
                        .setParameter(1, issueId)
                        .getResultList())
                .stream().findFirst().map(DatabaseClock::instant);
    }

    public void flush() {
        em.flush();
    }
}
