package org.bulletincms.web.exchange;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.Set;
import org.bulletincms.exchange.TranslationExchange;
import org.bulletincms.sectiontype.InstalledSectionTypes;
import org.bulletincms.web.problem.ProblemText;
import org.bulletincms.web.request.PathIds;
import org.bulletincms.web.request.QueryParameters;
import org.bulletincms.web.security.Caller;
import org.bulletincms.web.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * What the translation memory offers an issue's texts in a target locale (the translation view's suggestions), and
 * the translator's explicit request to fill the untranslated texts with their exact matches.
 */
@Path("v1/issues/{issue}/translations/{locale}/matches")
@RequestScoped
@Tag(name = "translation", description = "Translating items into the issue's target locales")
@SecurityRequirement(name = "keycloak")
public class MemoryMatchesResource {

    @Inject
    TranslationExchange exchange;

    @Inject
    InstalledSectionTypes sectionTypes;

    @Inject
    Caller caller;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.TRANSLATOR, Roles.ADMIN})
    @Operation(
            summary = "Exact and near matches from the translation memory for the issue's texts in the locale",
            description = "Matches come from other issues' published translations and imported TMX files, for each "
                    + "text and each paragraph of a rich text; a near match's similarity is at least 70 per cent "
                    + "(docs/translation-exchange.md). Nothing is filled in.")
    public MemoryMatchesAnswer matches(@PathParam("issue") String issueId, @PathParam("locale") String locale) {
        QueryParameters.allowOnly(uri, Set.of());
        return MemoryMatchesAnswer.of(exchange.suggestions(caller.actor(), PathIds.uuid(issueId), locale));
    }

    @POST
    @Path("exact")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.TRANSLATOR, Roles.EDITOR, Roles.ADMIN})
    @Operation(
            summary = "Fill the texts without an up-to-date translation with their exact matches (on request only)",
            description = "As an XLIFF import whose targets are the exact matches, with the same rules and report; "
                    + "texts without an exact match are not listed.")
    public XliffImportAnswer fillExactMatches(@PathParam("issue") String issueId, @PathParam("locale") String locale) {
        QueryParameters.allowOnly(uri, Set.of());
        return XliffImportAnswer.of(
                exchange.fillExactMatches(caller.actor(), PathIds.uuid(issueId), locale),
                ProblemText.languageOf(headers.getAcceptableLanguages()),
                sectionTypes);
    }
}
