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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.Set;
import org.bulletincms.exchange.ExchangeFile;
import org.bulletincms.exchange.ExchangeLimits;
import org.bulletincms.exchange.TranslationExchange;
import org.bulletincms.exchange.XliffTooLarge;
import org.bulletincms.exchange.XliffVersion;
import org.bulletincms.exchange.XliffWriter;
import org.bulletincms.sectiontype.InstalledSectionTypes;
import org.bulletincms.web.problem.ApiProblem;
import org.bulletincms.web.problem.ProblemText;
import org.bulletincms.web.problem.ProblemType;
import org.bulletincms.web.request.OwnBodyLimit;
import org.bulletincms.web.request.PathIds;
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

/** An issue's translations in one target locale as an XLIFF file, and a translated file brought back. */
@Path("v1/issues/{issue}/translations/{locale}/xliff")
@RequestScoped
@Tag(name = "translation", description = "Translating items into the issue's target locales")
@SecurityRequirement(name = "keycloak")
public class XliffResource {

    /** The media type of XLIFF files (RFC 3023 style, as CAT tools and the OASIS TC use it). */
    public static final String XLIFF = "application/xliff+xml";

    @Inject
    TranslationExchange exchange;

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
    @Produces(XLIFF)
    @RolesAllowed({Roles.EDITOR, Roles.TRANSLATOR, Roles.ADMIN})
    @Operation(
            summary = "The issue's translatable texts for the locale as XLIFF 2.1 (default) or ?version=1.2",
            description = "One unit per translatable text of each rubric and item in reading order, rich text as "
                    + "inline codes, up-to-date translations as targets; see docs/translation-exchange.md.")
    @APIResponse(
            responseCode = "200",
            description = "The XLIFF file, as an attachment",
            content = @Content(mediaType = XLIFF, schema = @Schema(type = SchemaType.STRING)))
    public Response export(
            @PathParam("issue") String issueId,
            @PathParam("locale") String locale,
            @QueryParam("version") String version) {
        QueryParameters.allowOnly(uri, Set.of("version"));
        XliffVersion chosen = version == null
                ? XliffVersion.DEFAULT
                : XliffVersion.named(version)
                        .orElseThrow(() -> new ApiProblem(
                                ProblemType.MALFORMED_REQUEST, "detail.xliff-version-unknown", version, "2.1, 1.2"));
        ExchangeFile file = exchange.export(caller.actor(), PathIds.uuid(issueId), locale);
        StreamingOutput body = out -> new XliffWriter(chosen).write(file, out);
        return Response.ok(body)
                .type(XLIFF + ";charset=UTF-8")
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"issue-" + file.issue() + "-" + file.targetLocale() + ".xlf\"")
                .header("Cache-Control", "private, no-store")
                .build();
    }

    @PUT
    @OwnBodyLimit
    @Consumes({XLIFF, MediaType.APPLICATION_XML, MediaType.TEXT_XML})
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.TRANSLATOR, Roles.EDITOR, Roles.ADMIN})
    @Operation(
            summary = "Import a translated XLIFF file (2.x or 1.2) while the issue is in translation",
            description = "The whole file is refused, nothing written, when it is not well-formed, has a DOCTYPE, "
                    + "is larger than cms.translation.xliff-max-bytes (413), or names another issue or locale (409). "
                    + "Otherwise each unit is applied, unchanged, outdated or refused; an item with a refused or "
                    + "outdated unit is not written at all; what is applied is applied in one transaction.")
    @APIResponse(
            responseCode = "200",
            description = "What became of each unit",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = XliffImportAnswer.class)))
    public XliffImportAnswer importFile(
            @PathParam("issue") String issueId,
            @PathParam("locale") String locale,
            @RequestBody(
                            required = true,
                            description = "The XLIFF file",
                            content = @Content(mediaType = XLIFF, schema = @Schema(type = SchemaType.STRING)))
                    InputStream body,
            @HeaderParam("Content-Length") String contentLength) {
        QueryParameters.allowOnly(uri, Set.of());
        if (declaredLength(contentLength) > limits.maxBytes()) {
            throw new XliffTooLarge(limits.maxBytes());
        }
        return XliffImportAnswer.of(
                exchange.importFile(caller.actor(), PathIds.uuid(issueId), locale, body),
                ProblemText.languageOf(headers.getAcceptableLanguages()),
                sectionTypes);
    }

    private static long declaredLength(String header) {
        try {
            return header == null ? -1 : Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
