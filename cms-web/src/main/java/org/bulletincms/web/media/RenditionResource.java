package org.bulletincms.web.media;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import org.bulletincms.media.MediaLibrary;
import org.bulletincms.media.RenditionFile;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Renditions of pictures, anonymous, under URLs named by the SHA-256 of their bytes: a URL names one content for
 * ever, so it is cached for a year as {@code immutable} (browsers do not even revalidate it on reload) with the hash
 * as its strong ETag. A picture replaced in the library gets new URLs; the old ones keep answering while a picture
 * still has them. The hash is also what makes a rendition unguessable before its URL is published.
 */
@Path("delivery/v1/media/{file}")
@RequestScoped
@Tag(name = "delivery")
public class RenditionResource {

    /** A year, the longest max-age caches are asked to keep; immutable says the bytes never change. */
    static final String FOR_EVER = "public, max-age=31536000, immutable";

    /** A picture opened on its own is a document: nothing in it may run or load. */
    static final String SANDBOX = "default-src 'none'; sandbox";

    @Inject
    MediaLibrary library;

    @Inject
    RenditionMemory memory;

    @GET
    @Operation(summary = "A rendition of a picture: cached for ever (Cache-Control: immutable), strong ETag")
    @APIResponse(
            responseCode = "200",
            description = "The rendition's bytes, image/jpeg, image/png or image/gif",
            content = @Content(mediaType = "image/*", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "304", description = "If-None-Match named its ETag")
    public Response rendition(@PathParam("file") String file, @Context Request request) throws IOException {
        RenditionFileName name = RenditionFileName.of(file).orElseThrow(NotFoundException::new);
        RenditionFile rendition = library.rendition(name.sha256())
                .filter(r -> r.format().extension().equals(name.extension()))
                .orElseThrow(NotFoundException::new);
        EntityTag tag = new EntityTag(rendition.sha256());
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.header("Cache-Control", FOR_EVER).build();
        }
        Object body;
        if (RenditionMemory.keeps(rendition.size())) {
            // small enough to keep: read whole, so the next request is answered from memory (RenditionMemoryHandler)
            byte[] bytes;
            try (InputStream in = library.open(rendition)) {
                bytes = in.readAllBytes();
            }
            memory.keep(name.file(), bytes, rendition.format().mediaType());
            body = bytes;
        } else {
            InputStream bytes = library.open(rendition);
            body = (StreamingOutput) out -> {
                try (InputStream in = bytes) {
                    in.transferTo(out);
                }
            };
        }
        return Response.ok(body)
                .type(rendition.format().mediaType())
                .tag(tag)
                .header("Cache-Control", FOR_EVER)
                .header("Content-Length", rendition.size())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", SANDBOX)
                .build();
    }

    /** The ETag header's value for a rendition, as JAX-RS writes {@code new EntityTag(sha256)}. */
    static String etagOf(String sha256) {
        return '"' + sha256 + '"';
    }
}
