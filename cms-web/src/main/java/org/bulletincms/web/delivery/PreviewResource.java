package org.bulletincms.web.delivery;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import org.bulletincms.delivery.DeliveredIssue;
import org.bulletincms.delivery.IssuePreviews;
import org.bulletincms.delivery.LocaleChoice;
import org.bulletincms.publication.PublicationLocales;
import org.bulletincms.web.problem.Problem;
import org.bulletincms.web.request.QueryParameters;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A preview link: the issue's current state rendered exactly as the delivery API will serve it once
 * published — the same snapshot code, the same document — for whoever holds the link, until it expires or
 * is revoked: its JSON, and beside it ({@code <token>.html}) its web page, made by the renderer of the
 * published page from the same snapshot, so that what an approver signs off is what readers get. Never cached,
 * never indexed.
 */
@Path("delivery/v1/preview")
@RequestScoped
@Tag(name = "delivery")
public class PreviewResource {

    @Inject
    IssuePreviews previews;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @GET
    @Path("{token}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "An unpublished issue as it will be delivered; read-only, noindex, expiring")
    @APIResponse(
            responseCode = "200",
            description = "The issue as it will be delivered (a draft may still lack fields required to publish)",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = DeliveredIssue.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such link, or it expired or was revoked",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response preview(@PathParam("token") String token) {
        QueryParameters.allowOnly(uri, Set.of("locale"));
        return answer(previews.json(token, Clock.systemUTC().instant(), this::choice), MediaType.APPLICATION_JSON_TYPE);
    }

    @GET
    @Path("{token}.html")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "An unpublished issue's web page as readers will get it; read-only, noindex, expiring")
    @APIResponse(
            responseCode = "200",
            description = "The issue's web page in the chosen locale, made as the published page will be",
            content = @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(
            responseCode = "404",
            description = "No such link, or it expired or was revoked",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response page(@PathParam("token") String token) {
        QueryParameters.allowOnly(uri, Set.of("locale"));
        return answer(previews.webPage(token, Clock.systemUTC().instant(), this::choice), MediaType.TEXT_HTML_TYPE);
    }

    private LocaleChoice choice(PublicationLocales locales) {
        return LocaleChoice.of(
                Optional.ofNullable(uri.getQueryParameters().getFirst("locale")),
                AcceptLanguage.parse(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)),
                locales.all(),
                locales.source());
    }

    private static Response answer(IssuePreviews.Previewed preview, MediaType type) {
        return Response.ok(preview.body(), type.withCharset("UTF-8"))
                .header("X-Robots-Tag", "noindex, nofollow")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .header(HttpHeaders.CONTENT_LANGUAGE, preview.choice().served().value())
                .header(HttpHeaders.VARY, "Accept-Language")
                .build();
    }
}
