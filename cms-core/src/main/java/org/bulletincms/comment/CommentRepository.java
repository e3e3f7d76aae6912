package org.bulletincms.comment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The comments stored by JPA. */
@ApplicationScoped
public class CommentRepository {

    @PersistenceContext(unitName = "bulletin")
    EntityManager em;

    public void add(Comment comment) {
        em.persist(comment);
    }

    /** Writes pending changes now, so versions are current before answering. */
    public void flush() {
        em.flush();
    }

    public Optional<Comment> find(UUID id) {
        return Optional.ofNullable(em.find(Comment.class, id));
    }

    /**
     * The issue's comments in the order they were written (a conversation reads oldest first), optionally only
     * those about one item, optionally only the open ones.
     */
    public List<Comment> ofIssue(UUID issueId, Optional<UUID> itemId, boolean openOnly) {
        String jpql = "select c from Comment c where c.issueId = :issue"
                + (itemId.isPresent() ? " and c.itemId = :item" : "")
                + (openOnly ? " and c.resolvedAt is null" : "")
                + " order by c.createdAt, c.id";
        TypedQuery<Comment> query = em.createQuery(jpql, Comment.class).setParameter("issue", issueId);
        itemId.ifPresent(item -> query.setParameter("item", item));
        return query.getResultList();
    }
}
