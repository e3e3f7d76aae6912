package org.bulletincms.it.probe;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.bulletincms.account.UserColumn;
import org.bulletincms.account.UserColumns;

/**
 * Test-only resource added to the real WAR: puts the database of a server upgraded to subjects into the state
 * the V71 migration leaves, for one person. Every user column that holds {@code subject} holds the user name
 * {@code name} instead, and the name is an unclaimed legacy name: as if that person had written those rows
 * before the upgrade under that name. Reads back where a name stands.
 */
@Path("v1/test-probe/legacy-user-names/{name}")
@RequestScoped
@Transactional
public class LegacyUserNameProbeResource {

    @PersistenceContext(unitName = "bulletin")
    EntityManager em;

    @POST
    @Path("written-by/{subject}")
    @RolesAllowed("admin")
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject writtenBefore(@PathParam("name") String name, @PathParam("subject") String subject) {
        for (UserColumn column : UserColumns.ALL) {
            em.createNativeQuery("update " + column.table() + " set " + column.column() + " = ?1 where "
                            + column.column() + " = ?2")
                    .setParameter(1, name)
                    .setParameter(2, subject)
                    .executeUpdate();
        }
        em.createNativeQuery("insert into legacy_user_name (username) values (?1)")
                .setParameter(1, name)
                .executeUpdate();
        return standing(name);
    }

    /** Who claimed the name (absent while nobody has), and how many cells of the user columns still hold it. */
    @GET
    @RolesAllowed("admin")
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject standing(@PathParam("name") String name) {
        long cells = 0;
        for (UserColumn column : UserColumns.ALL) {
            cells += ((Number) em.createNativeQuery(
                                    "select count(*) from " + column.table() + " where " + column.column() + " = ?1")
                            .setParameter(1, name)
                            .getSingleResult())
                    .longValue();
        }
        List<?> bound = em.createNativeQuery("select bound_subject from legacy_user_name where username = ?1")
                .setParameter(1, name)
                .getResultList();
        JsonObjectBuilder json = Json.createObjectBuilder().add("cells", cells).add("known", !bound.isEmpty());
        if (!bound.isEmpty() && bound.get(0) != null) {
            json.add("boundSubject", bound.get(0).toString());
        }
        return json.build();
    }
}
