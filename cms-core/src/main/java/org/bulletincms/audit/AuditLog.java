package org.bulletincms.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.List;
import org.bulletincms.account.Accounts;
import org.bulletincms.workflow.AuditEvent;

/**
 * The append-only audit log. Each {@link AuditEvent} fired is appended in the transaction of what it records
 * (it observes synchronously), so an entry exists exactly when the recorded change committed. Refusals, whose
 * own transaction rolls back, are appended by their recorder in a new transaction. Reading is by
 * {@link AuditQuery}; nothing here, or anywhere, updates or removes an entry.
 */
@ApplicationScoped
@Transactional
public class AuditLog {

    @PersistenceContext(unitName = "bulletin")
    EntityManager em;

    @Inject
    Accounts accounts;

    void record(@Observes AuditEvent event) {
        append(event);
    }

    public void append(AuditEvent event) {
        em.persist(AuditEntry.of(event));
    }

    /** One page of entries, newest first. */
    public List<AuditRecord> page(AuditQuery query) {
        String jpql = "select e from AuditEntry e where 1 = 1"
                + (query.issueId().isPresent() ? " and e.issueId = :issue" : "")
                + (query.action().isPresent() ? " and e.action = :action" : "")
                + (query.before().isPresent() ? " and e.id < :before" : "")
                + " order by e.id desc";
        TypedQuery<AuditEntry> select = em.createQuery(jpql, AuditEntry.class).setMaxResults(query.limit());
        query.issueId().ifPresent(issue -> select.setParameter("issue", issue));
        query.action().ifPresent(action -> select.setParameter("action", action));
        query.before().ifPresent(before -> select.setParameter("before", before));
        return select.getResultList().stream()
                .map(entry -> new AuditRecord(
                        entry.id(),
                        entry.action(),
                        entry.issueId(),
                        accounts.shownName(entry.actor()),
                        entry.at(),
                        entry.details()))
                .toList();
    }
}
