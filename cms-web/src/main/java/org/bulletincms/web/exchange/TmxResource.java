package org.bulletincms.web.exchange;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import org.bulletincms.exchange.ExchangeLimits;
import org.bulletincms.exchange.MemoryEntry;
import org.bulletincms.exchange.TmxTooLarge;
import org.bulletincms.exchange.TmxWriter;
import org.bulletincms.exchange.TranslationMemory;
import org.bulletincms.locale.LocaleTag;
import org.bulletincms.sectiontype.InstalledSectionTypes;
import org.bulletincms.web.problem.ApiProblem;
import org.bulletincms.web.problem.ProblemText;
import org.bulletincms.web.problem.ProblemType;
import org.bulletincms.web.request.OwnBodyLimit;
import org.bulletincms.web.request.QueryParameters;
import org.bulletincms.web.security.Caller;
import org.bulletincms.web.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The translation memory of one locale pair as a TMX 1.4 file, and a TMX file brought in (editors and admins). */
@Path("v1/translation-memory/tmx/{source}/{target}")
@RequestScoped
@Tag(name = "translation", description = "Translating items into the issue's target locales")
@SecurityRequirement(name = "keycloak")
public class TmxResource {

    /** The media type CAT tools and the translate-toolkit use for TMX files (none is registered). */
    public static final String TMX = "application/x-tmx+xml";

    @Inject
    TranslationMemory memory;

    @Inject
    ExchangeLimits limits;

    @Inject
    InstalledSectionTypes sectionTypes;

    @Inject
    Caller caller;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @GET
    @Produces(TMX)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(
            summary = "The translation memory of the locale pair as TMX 1.4 (editors and admins)",
            description = "One <tu> per entry, oldest first; rich text's markup as <bpt>/<ept>/<ph> codes.")
    @APIResponse(
            responseCode = "200",
            description = "The TMX file, as an attachment",
            content = @Content(mediaType = TMX, schema = @Schema(type = SchemaType.STRING)))
    public Response export(@PathParam("source") String source, @PathParam("target") String target) {
        QueryParameters.allowOnly(uri, Set.of());
        String from = locale(source);
        String to = locale(target);
        List<MemoryEntry> entries = memory.ofPair(caller.actor(), from, to);
        StreamingOutput body = out -> new TmxWriter().write(from, to, entries, out);
        return Response.ok(body)
                .type(TMX + ";charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"memory-" + from + "-" + to + ".tmx\"")
                .header("Cache-Control", "private, no-store")
                .build();
    }

    @PUT
    @OwnBodyLimit
    @Consumes({TMX, MediaType.APPLICATION_XML, MediaType.TEXT_XML})
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(
            summary = "Bring a TMX 1.4 file into the memory of the locale pair (editors and admins)",
            description = "The whole file is refused, nothing written, when it is not well-formed, has a DOCTYPE, is "
                    + "not TMX 1.4 or is larger than cms.translation.xliff-max-bytes (413). Otherwise each <tu> is "
                    + "applied (a new entry), unchanged (already in the memory) or refused; in one transaction.")
    @APIResponse(
            responseCode = "200",
            description = "What became of each translation unit",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = TmxImportAnswer.class)))
    public TmxImportAnswer importFile(
            @PathParam("source") String source,
            @PathParam("target") String target,
            @RequestBody(
                            required = true,
                            description = "The TMX file",
                            content = @Content(mediaType = TMX, schema = @Schema(type = SchemaType.STRING)))
                    InputStream body,
            @HeaderParam("Content-Length") String contentLength) {
        QueryParameters.allowOnly(uri, Set.of());
        String from = locale(source);
        String to = locale(target);
        if (declaredLength(contentLength) > limits.maxBytes()) {
            throw new TmxTooLarge(limits.maxBytes());
        }
        return TmxImportAnswer.of(
                memory.importTmx(caller.actor(), from, to, body),
                ProblemText.languageOf(headers.getAcceptableLanguages()),
                sectionTypes);
    }

    private static String locale(String tag) {
        if (!LocaleTag.isWellFormed(tag)) {
            throw new ApiProblem(ProblemType.MALFORMED_REQUEST, "detail.tmx-bad-locale", tag);
        }
        return LocaleTag.of(tag).value();
    }

    private static long declaredLength(String header) {
        try {
            return header == null ? -1 : Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
