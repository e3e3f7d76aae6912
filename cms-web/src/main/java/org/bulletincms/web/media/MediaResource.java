package org.bulletincms.web.media;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import org.bulletincms.account.Accounts;
import org.bulletincms.media.ImageFormat;
import org.bulletincms.media.ImageTooLarge;
import org.bulletincms.media.MediaLibrary;
import org.bulletincms.media.MediaLimits;
import org.bulletincms.media.MediaUploads;
import org.bulletincms.publication.PublicationLocales;
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
 * A publication's media library: editors upload pictures; every role sees them (translators write their alt texts,
 * approvers see them in previews). docs/media.md.
 */
@Path("v1/publications/{publication}/media")
@RequestScoped
@Tag(name = "media")
@SecurityRequirement(name = "keycloak")
public class MediaResource {

    static final int DEFAULT_PAGE_SIZE = 40;
    static final int MAX_PAGE_SIZE = 100;
    static final int MAX_QUERY_LENGTH = 200;

    @Inject
    MediaUploads uploads;

    @Inject
    MediaLibrary library;

    @Inject
    RenditionMemory renditions;

    @Inject
    MediaLimits limits;

    @Inject
    Accounts accounts;

    @Inject
    Caller caller;

    @Context
    UriInfo uri;

    @POST
    @OwnBodyLimit
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(
            summary = "Upload a picture: the raw file as the body, its name in ?filename=",
            description = "JPEG, PNG, WebP or GIF, read from the bytes; SVG and anything else 415. Larger than "
                    + "cms.media.max-upload-bytes: 413 before the rest is read; more pixels than cms.media.max-pixels"
                    + " declared in its header: 413 image-too-many-pixels, nothing decoded; cut off or damaged: 422 "
                    + "image-unreadable; not decoded within cms.media.decode-seconds: 422 image-too-slow-to-decode;"
                    + " past the publication's quota: 507 media-quota-exceeded. 201 with the "
                    + "picture kept without its metadata and its renditions; 200 with the existing one when the "
                    + "same bytes were uploaded before.")
    @APIResponse(
            responseCode = "201",
            description = "The new picture, at Location",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = MediaView.class)))
    @APIResponse(
            responseCode = "200",
            description = "The picture uploaded before with the same bytes (duplicate: true)",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = MediaView.class)))
    public Response upload(
            @PathParam("publication") String publication,
            @RequestBody(
                            required = true,
                            description = "The file's bytes, any Content-Type (the format is read from the bytes)",
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_OCTET_STREAM,
                                            schema = @Schema(type = SchemaType.STRING, format = "binary")))
                    InputStream body,
            @QueryParam("filename") String filename,
            @HeaderParam("Content-Length") String contentLength) {
        UUID publicationId = publication(publication);
        if (declaredLength(contentLength) > limits.maxUploadBytes()) {
            throw new ImageTooLarge(limits.maxUploadBytes());
        }
        MediaUploads.Uploaded uploaded = uploads.upload(publicationId, body, filename, caller.subject());
        MediaView json = MediaView.of(uploaded.image(), uploaded.duplicate(), accounts);
        if (uploaded.duplicate()) {
            return Response.ok(json).build();
        }
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(uploaded.image().id().toString())
                        .replaceQuery(null)
                        .build())
                .entity(json)
                .build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.TRANSLATOR, Roles.APPROVER, Roles.ADMIN})
    @Operation(
            summary = "The publication's pictures, newest first; q searches file names and alt texts",
            description = "q: 1 to 200 characters, matched anywhere in the name or an alt text, whatever the case. "
                    + "page from 1, size up to 100. limits: what an upload may be, and the quota used.")
    public MediaPages.Listing list(
            @PathParam("publication") String publication,
            @QueryParam("q") String q,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        UUID publicationId = publication(publication);
        Optional<String> query = Optional.ofNullable(q).map(String::strip).filter(s -> !s.isEmpty());
        if (query.filter(s -> s.length() > MAX_QUERY_LENGTH).isPresent()) {
            throw new ApiProblem(ProblemType.MALFORMED_REQUEST, "detail.search-query-length", MAX_QUERY_LENGTH);
        }
        int pageNumber = QueryParameters.page(uri);
        int pageSize = Math.min(QueryParameters.positive(uri, "size", DEFAULT_PAGE_SIZE), MAX_PAGE_SIZE);
        return new MediaPages.Listing(
                library.newest(publicationId, query, QueryParameters.offset(pageNumber, pageSize), pageSize).stream()
                        .map(image -> MediaView.of(image, accounts))
                        .toList(),
                query,
                pageNumber,
                pageSize,
                library.count(publicationId, query),
                new MediaPages.Limits(
                        limits.maxUploadBytes(),
                        limits.maxPixels(),
                        limits.quotaBytes(),
                        library.usedBytes(publicationId),
                        Arrays.stream(ImageFormat.values())
                                .map(ImageFormat::mediaType)
                                .toList()));
    }

    @GET
    @Path("unused")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(
            summary = "The publication's pictures that no item and no published edition uses, oldest first",
            description = "Candidates for clean-up: each can be deleted. Item revisions are not counted: restoring "
                    + "a revision whose picture was deleted is refused (image.unknown).")
    public MediaPages.Unused unused(@PathParam("publication") String publication) {
        UUID publicationId = publication(publication);
        return new MediaPages.Unused(library.unused(publicationId).stream()
                .map(image -> MediaView.of(image, accounts))
                .toList());
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(
            summary = "Delete a picture nothing uses",
            description = "409 media-in-use, with usedBy listing each item ({issue, item}) and published edition "
                    + "({issue, edition}) that shows it, while any does; nothing is deleted then.")
    @APIResponse(responseCode = "204", description = "Deleted; its renditions are no longer served")
    public Response delete(@PathParam("publication") String publication, @PathParam("id") String id) {
        if (!library.delete(publication(publication), PathIds.uuid(id))) {
            throw new NotFoundException();
        }
        renditions.forgetAll();
        return Response.noContent().build();
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.TRANSLATOR, Roles.APPROVER, Roles.ADMIN})
    @Operation(summary = "One picture, with its alt texts and renditions")
    public MediaView one(@PathParam("publication") String publication, @PathParam("id") String id) {
        return library.find(publication(publication), PathIds.uuid(id))
                .map(image -> MediaView.of(image, accounts))
                .orElseThrow(NotFoundException::new);
    }

    @PUT
    @Path("{id}/file")
    @OwnBodyLimit
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(
            summary = "Replace a picture's file: new bytes, same id, alt texts kept; the raw file as the body, its name"
                    + " in ?filename=",
            description = "Taken in as an upload is, with the same refusals. The picture gets new renditions (new"
                    + " URLs); editions published before keep theirs, served as published. A file another picture of"
                    + " the library was uploaded from: 409 media-already-in-library (existing); the picture's own"
                    + " file again: the picture unchanged.")
    @APIResponse(
            responseCode = "200",
            description = "The picture with its new file and renditions",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = MediaView.class)))
    public MediaView replace(
            @PathParam("publication") String publication,
            @PathParam("id") String id,
            @RequestBody(
                            required = true,
                            description = "The file's bytes, any Content-Type (the format is read from the bytes)",
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_OCTET_STREAM,
                                            schema = @Schema(type = SchemaType.STRING, format = "binary")))
                    InputStream body,
            @QueryParam("filename") String filename,
            @HeaderParam("Content-Length") String contentLength) {
        UUID publicationId = publication(publication);
        UUID pictureId = PathIds.uuid(id);
        if (declaredLength(contentLength) > limits.maxUploadBytes()) {
            throw new ImageTooLarge(limits.maxUploadBytes());
        }
        return uploads.replace(publicationId, pictureId, body, filename, caller.subject())
                .map(image -> MediaView.of(image, accounts))
                .orElseThrow(NotFoundException::new);
    }

    @PUT
    @Path("{id}/alt")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.TRANSLATOR, Roles.ADMIN})
    @Operation(
            summary = "Set a picture's alt texts, every locale's at once: {\"alt\": {\"zh-CN\": \"…\", \"en\": \"…\"}}",
            description = "Locales of the publication only; a locale left out or blank has no alt text.")
    @APIResponse(
            responseCode = "200",
            description = "The picture with its new alt texts",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = MediaView.class)))
    public MediaView describe(
            @PathParam("publication") String publication, @PathParam("id") String id, AltRequest body) {
        UUID publicationId = publication(publication);
        PublicationLocales locales = library.publicationLocales(publicationId).orElseThrow(NotFoundException::new);
        return library.describe(publicationId, PathIds.uuid(id), body.checked(locales))
                .map(image -> MediaView.of(image, accounts))
                .orElseThrow(NotFoundException::new);
    }

    @PUT
    @Path("{id}/decorative")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(
            summary = "Mark a picture decorative, or take the mark back: {\"decorative\": true}",
            description = "A decorative picture adds nothing a reader needs, so it needs no alt text; an item that "
                    + "places it starts with its placement decorative (the image field's decorative, which is what "
                    + "publishing checks). Items that placed it before keep their own choice; alt texts are kept.")
    @APIResponse(
            responseCode = "200",
            description = "The picture with its mark",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = MediaView.class)))
    public MediaView markDecorative(
            @PathParam("publication") String publication, @PathParam("id") String id, DecorativeRequest body) {
        return library.markDecorative(publication(publication), PathIds.uuid(id), body.decorative())
                .map(image -> MediaView.of(image, accounts))
                .orElseThrow(NotFoundException::new);
    }

    private UUID publication(String id) {
        UUID publicationId = PathIds.uuid(id);
        if (library.publicationLocales(publicationId).isEmpty()) {
            throw new NotFoundException();
        }
        return publicationId;
    }

    private static long declaredLength(String header) {
        try {
            return header == null ? -1 : Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
