package org.bulletincms.web.source;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.UUID;
import org.bulletincms.source.SourceLibrary;
import org.bulletincms.source.SourceLimits;
import org.bulletincms.source.SourceOriginal;
import org.bulletincms.source.SourceReport;
import org.bulletincms.source.SourceSearch;
import org.bulletincms.source.SourceTooLarge;
import org.bulletincms.source.SourceUploads;
import org.bulletincms.source.UploadedSource;
import org.bulletincms.web.problem.ApiProblem;
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

/**
 * Source reports: editors upload them; editors and translators follow their extraction, read and search their
 * text and download the originals. Approvers review issues, not sources, and get 403.
 */
@Path("v1/sources")
@RequestScoped
@Tag(name = "sources")
@SecurityRequirement(name = "keycloak")
public class SourceResource {

    static final int DEFAULT_PAGE_SIZE = 20;
    static final int MAX_PAGE_SIZE = 100;
    static final int MAX_QUERY_LENGTH = 200;

    @Inject
    SourceUploads uploads;

    @Inject
    SourceLibrary library;

    @Inject
    SourceSearch search;

    @Inject
    SourceLimits limits;

    @Inject
    Caller caller;

    @Context
    UriInfo uri;

    @POST
    @OwnBodyLimit
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(
            summary = "Upload a source report: the raw file as the body, its name in ?filename=",
            description = "The type is read from the bytes (PDF, DOCX, DOC, ODT, PPTX, XLSX, RTF, HTML, text…); "
                    + "others get 415. Larger than cms.sources.max-upload-bytes: 413 before the rest is read. "
                    + "The store's disk full: 507 insufficient-storage, nothing kept. "
                    + "201 with the new source, queued for extraction; 200 with the existing one when the same "
                    + "bytes were uploaded before.")
    @APIResponse(
            responseCode = "201",
            description = "The new source, at Location, queued for extraction",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = SourceView.class)))
    @APIResponse(
            responseCode = "200",
            description = "The source uploaded before with the same bytes (duplicate: true)",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = SourceView.class)))
    public Response upload(
            @RequestBody(
                            required = true,
                            description = "The file's bytes, any Content-Type (the type is read from the bytes)",
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_OCTET_STREAM,
                                            schema = @Schema(type = SchemaType.STRING, format = "binary")))
                    InputStream body,
            @QueryParam("filename") String filename,
            @HeaderParam("Content-Length") String contentLength) {
        if (declaredLength(contentLength) > limits.maxUploadBytes()) {
            throw new SourceTooLarge(limits.maxUploadBytes());
        }
        UploadedSource uploaded = uploads.upload(body, filename, caller.subject());
        SourceView json = SourceView.of(uploaded.source(), uploaded.duplicate());
        if (uploaded.duplicate()) {
            return Response.ok(json).build();
        }
        return Response.created(uri.getBaseUriBuilder()
                        .path("v1/sources")
                        .path(uploaded.source().id().toString())
                        .build())
                .entity(json)
                .build();
    }

    private static long declaredLength(String header) {
        try {
            return header == null ? -1 : Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.TRANSLATOR, Roles.ADMIN})
    @Operation(
            summary = "Source reports, newest first (page from 1, size up to 100), and the upload limit",
            description = "limits.maxUploadBytes is cms.sources.max-upload-bytes, so that a client can refuse a "
                    + "larger file before sending it.")
    public SourcePages.Listing list(@QueryParam("page") String page, @QueryParam("size") String size) {
        int pageNumber = QueryParameters.page(uri);
        int pageSize = Math.min(QueryParameters.positive(uri, "size", DEFAULT_PAGE_SIZE), MAX_PAGE_SIZE);
        SourceLibrary.Listing listing = library.newest(QueryParameters.offset(pageNumber, pageSize), pageSize);
        return new SourcePages.Listing(
                listing.sources().stream().map(SourceView::of).toList(),
                pageNumber,
                pageSize,
                listing.total(),
                new SourcePages.Limits(limits.maxUploadBytes()));
    }

    @GET
    @Path("search")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.TRANSLATOR, Roles.ADMIN})
    @Operation(
            summary = "Search the extracted text of source reports (Chinese and English)",
            description = "q: 1 to 200 characters, all words must match, \"…\" for a phrase. Hits are pages, best "
                    + "match first, with a plain-text snippet.")
    public SourcePages.Search search(
            @QueryParam("q") String q, @QueryParam("page") String page, @QueryParam("size") String size) {
        if (q == null || q.isBlank() || q.length() > MAX_QUERY_LENGTH) {
            throw new ApiProblem(ProblemType.MALFORMED_REQUEST, "detail.search-query-length", MAX_QUERY_LENGTH);
        }
        int pageNumber = QueryParameters.page(uri);
        int pageSize = Math.min(QueryParameters.positive(uri, "size", DEFAULT_PAGE_SIZE), MAX_PAGE_SIZE);
        SourceSearch.Results results = search.search(q.strip(), QueryParameters.offset(pageNumber, pageSize), pageSize);
        return new SourcePages.Search(
                q.strip(),
                pageNumber,
                pageSize,
                results.total(),
                results.hits().stream().map(SourcePages.Hit::of).toList());
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.TRANSLATOR, Roles.ADMIN})
    @Operation(summary = "One source report: its extraction status, progress, failure, metadata and languages")
    public SourceView one(@PathParam("id") String id) {
        return SourceView.of(library.find(PathIds.uuid(id)).orElseThrow(NotFoundException::new));
    }

    @GET
    @Path("{id}/text")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.TRANSLATOR, Roles.ADMIN})
    @Operation(summary = "The extracted text, page by page, each paragraph with its language (409 until done)")
    public SourcePages.Text text(@PathParam("id") String id) {
        UUID source = PathIds.uuid(id);
        return SourcePages.Text.of(source, library.text(source).orElseThrow(NotFoundException::new));
    }

    @GET
    @Path("{id}/original")
    @RolesAllowed({Roles.EDITOR, Roles.TRANSLATOR, Roles.ADMIN})
    @Operation(
            summary = "The original file, as an attachment (never rendered from this origin)",
            description = "503 original-missing while the store does not hold it (the source says why since when).")
    @APIResponse(
            responseCode = "200",
            description = "The original bytes, with the media type they were uploaded as",
            content = @Content(mediaType = "*/*", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response original(@PathParam("id") String id) {
        SourceOriginal original = library.original(PathIds.uuid(id)).orElseThrow(NotFoundException::new);
        SourceReport source = original.source();
        StreamingOutput bytes = out -> {
            try (InputStream in = original.bytes()) {
                in.transferTo(out);
            }
        };
        return Response.ok(bytes)
                .type(SourceDownload.contentType(source))
                .header("Content-Disposition", SourceDownload.contentDisposition(source))
                .header("Content-Length", source.size())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox; default-src 'none'")
                .header("Cache-Control", "private, no-store")
                .build();
    }
}
