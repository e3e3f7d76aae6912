package org.bulletincms.it.probe;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.bulletincms.delivery.CompiledDocument;

/**
 * TEST-ONLY: lists the compiled delivery documents of an issue, or those of a publication that belong to no issue
 * (its first pages and feeds), with key, ETag, format, when and in which generation compiled, so a test can show
 * what a publication wrote; only in test WARs, admins only.
 */
@Path("v1/test-probe/compiled-documents")
@RequestScoped
@RolesAllowed("admin")
@Transactional
public class CompiledDocumentsProbeResource {

    @PersistenceContext(unitName = "bulletin")
    EntityManager em;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String list(@QueryParam("issue") String issue, @QueryParam("publication") String slug) {
        List<CompiledDocument> documents = issue != null
                ? em.createQuery(
                                "select d from CompiledDocument d where d.issueId = :i order by d.docKey",
                                CompiledDocument.class)
                        .setParameter("i", UUID.fromString(issue))
                        .getResultList()
                : em.createQuery(
                                "select d from CompiledDocument d, Publication p where p.slug = :s"
                                        + " and d.publicationId = p.id and d.issueId is null order by d.docKey",
                                CompiledDocument.class)
                        .setParameter("s", slug)
                        .getResultList();
        JsonArrayBuilder list = Json.createArrayBuilder();
        documents.forEach(d -> list.add(Json.createObjectBuilder()
                .add("key", d.key().value())
                .add("kind", d.kind())
                .add("etag", d.etag())
                .add("mediaType", d.mediaType())
                .add("formatVersion", d.formatVersion())
                .add("edition", d.edition().orElse(0))
                .add("generation", d.generation())
                .add("compiledAt", d.compiledAt().toString())));
        return Json.createObjectBuilder().add("documents", list).build().toString();
    }
}
