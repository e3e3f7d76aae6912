package org.bulletincms.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import org.bulletincms.spi.Json;
import org.bulletincms.workflow.IssuePublished;
import org.bulletincms.workflow.IssueUnpublished;
import org.bulletincms.workflow.PublishedEdition;

/**
 * Keeps {@link PublishedText} in step with publishing: when an edition is published (in the publishing
 * transaction), the texts of the issue's previous edition are replaced by those of the new one, so search
 * only ever finds the latest edition of each issue; when an issue is unpublished, its texts are removed. Hibernate Search indexes the change when it commits;
 * a rolled-back publication leaves neither rows nor index entries.
 */
@ApplicationScoped
public class PublishedTextRecorder {

    @PersistenceContext(unitName = "bulletin")
    EntityManager em;

    void record(@Observes IssuePublished published) {
        PublishedEdition edition = em.createQuery(
                        "select e from PublishedEdition e where e.issueId = :i" + " and e.edition = :n",
                        PublishedEdition.class)
                .setParameter("i", published.issueId())
                .setParameter("n", published.edition())
                .getSingleResult();
        // Removed one by one rather than by a bulk delete, so that Hibernate Search sees every removal.
        em.createQuery("select t from PublishedText t where t.issueId = :i", PublishedText.class)
                .setParameter("i", published.issueId())
                .getResultList()
                .forEach(em::remove);
        JsonObject snapshot = parse(edition.snapshot());
        String slug = snapshot.getJsonObject("publication").getString("slug");
        for (ItemText text : SnapshotText.items(snapshot)) {
            em.persist(new PublishedText(edition, slug, text));
        }
    }

    /** An unpublished issue is no longer found: its texts go, each removal seen by Hibernate Search. */
    void forget(@Observes IssueUnpublished unpublished) {
        em.createQuery("select t from PublishedText t where t.issueId = :i", PublishedText.class)
                .setParameter("i", unpublished.issueId())
                .getResultList()
                .forEach(em::remove);
    }

    private static JsonObject parse(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
