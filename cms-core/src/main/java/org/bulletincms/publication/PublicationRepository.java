package org.bulletincms.publication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The publications stored by JPA. */
@ApplicationScoped
public class PublicationRepository {

    @PersistenceContext(unitName = "bulletin")
    EntityManager em;

    public void add(Publication publication) {
        em.persist(publication);
    }

    public void remove(Publication publication) {
        em.remove(publication);
    }

    public void flush() {
        em.flush();
    }

    public Optional<Publication> find(UUID id) {
        return Optional.ofNullable(em.find(Publication.class, id));
    }

    public Optional<Publication> bySlug(String slug) {
        return em.createQuery("select p from Publication p where p.slug = :slug", Publication.class)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst();
    }

    public boolean slugTaken(PublicationSlug slug) {
        return !em.createQuery("select p.id from Publication p where p.slug = :slug", UUID.class)
                .setParameter("slug", slug.value())
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    public List<Publication> all() {
        return em.createQuery("select p from Publication p order by p.slug", Publication.class)
                .getResultList();
    }
}
