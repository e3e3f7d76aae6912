package org.bulletincms.web.search;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.bulletincms.search.SharedIndexRebuild;
import org.bulletincms.web.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Admins rebuild the shared search index (OpenSearch) on purpose, e.g. after a release changed its analyzers:
 * {@code POST /api/v1/search-index/rebuilds} builds each index beside the one in use and moves the aliases to it
 * ({@link SharedIndexRebuild}); searches go on meanwhile. Answers when done, with what replaced what. Not
 * transactional: the mass indexer runs its own transactions.
 */
@Path("v1/search-index/rebuilds")
@RequestScoped
@Tag(name = "search")
@SecurityRequirement(name = "keycloak")
@RolesAllowed(Roles.ADMIN)
public class SearchIndexResource {

    private static final String NODE = System.getProperty("jboss.node.name", "server");

    @Inject
    SharedIndexRebuild rebuild;

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Rebuild the shared search index beside the one in use and switch to it (409 on a Lucene index,"
                    + " and while a node builds it)")
    public IndexRebuild rebuild() {
        return IndexRebuild.of(rebuild.rebuild(NODE));
    }
}
