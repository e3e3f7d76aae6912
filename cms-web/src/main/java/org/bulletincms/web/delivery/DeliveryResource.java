package org.bulletincms.web.delivery;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.bulletincms.delivery.PublishedIssues;
import org.bulletincms.locale.LocaleTag;
import org.bulletincms.publication.Publication;
import org.bulletincms.publication.PublicationRepository;
import org.bulletincms.web.concurrency.Versions;
import org.bulletincms.web.request.PathIds;
import org.bulletincms.web.request.QueryParameters;
import org.bulletincms.workflow.PublishedEdition;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The delivery API for front-end sites: anonymous, read-only, published editions only, served from their
 * immutable snapshots. Every response has a strong ETag and answers {@code If-None-Match} with 304.
 * Locale: {@code ?locale=} or {@code Accept-Language}, falling back to the publication's source locale
 * (see {@link LocaleChoice}). Unknown query parameters are refused (400); unsafe methods get 405 with Allow.
 * A draft, unapproved or unpublished issue or item answers exactly like one that does not exist (404).
 */
@Path("delivery/v1/publications")
@RequestScoped
@Transactional
@Tag(name = "delivery")
public class DeliveryResource {

    /** Latest-edition URLs change when a correction is published: caches check back after a minute. */
    /** The largest page of issues served; larger requests are clamped to it. */
    static final int MAX_PAGE_SIZE = 100;
    static final int DEFAULT_PAGE_SIZE = 20;

    static final int LATEST_MAX_AGE_SECONDS = 60;
    /** Edition URLs never change. */
    static final int EDITION_MAX_AGE_SECONDS = 31_536_000;

    @Inject
    PublicationRepository publications;

    @Inject
    PublishedIssues published;

    @Inject
    DeliveryDocuments documents;

    @Inject
    DeliveryResponses responses;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @Context
    Request request;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Publications that have published issues")
    public Response publications() {
        QueryParameters.allowOnly(uri, Set.of());
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (UUID id : published.publicationsWithIssues()) {
            publications.find(id).ifPresent(publication -> list.add(describe(publication)));
        }
        return cached(Json.createObjectBuilder().add("publications", list).build(), LATEST_MAX_AGE_SECONDS, Optional.empty());
    }

    @GET
    @Path("{slug}/issues")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Published issues of a publication, newest first, paginated (size at most 100)")
    public Response issues(@PathParam("slug") String slug,
                           @Parameter(description = "1-based page, at most 10000") @jakarta.ws.rs.QueryParam("page") String page,
                           @Parameter(description = "page size, default 20, clamped to 100")
                           @jakarta.ws.rs.QueryParam("size") String size) {
        QueryParameters.allowOnly(uri, Set.of("page", "size", "locale"));
        Publication publication = publication(slug);
        LocaleChoice choice = choice(publication);
        int pageNumber = QueryParameters.page(uri);
        int pageSize = Math.min(QueryParameters.positive(uri, "size", DEFAULT_PAGE_SIZE),
                MAX_PAGE_SIZE);
        long total = published.count(publication.id());
        JsonArrayBuilder list = Json.createArrayBuilder();
        int first = QueryParameters.offset(pageNumber, pageSize);
        for (PublishedEdition edition : published.latest(publication.id(), first, pageSize)) {
            JsonObject locale = DeliveryDocuments.parse(edition.snapshot()).getJsonObject("locales")
                    .getJsonObject(choice.served().value());
            JsonObjectBuilder entry = Json.createObjectBuilder()
                    .add("year", edition.number().year())
                    .add("number", edition.number().numberInYear())
                    .add("cumulativeNumber", edition.number().cumulative())
                    .add("edition", edition.edition())
                    .add("publishedAt", edition.publishedAt().toString())
                    .add("label", locale.getString("label"))
                    .add("href", "/api/delivery/v1/publications/" + slug + "/issues/" + edition.number().year()
                            + "/" + edition.number().numberInYear());
            if (locale.containsKey("title")) {
                entry.add("title", locale.getString("title"));
            }
            list.add(entry);
        }
        JsonObject body = Json.createObjectBuilder()
                .add("publication", describe(publication))
                .add("locale", choice.served().value())
                .add("page", pageNumber).add("size", pageSize).add("total", total)
                .add("issues", list).build();
        return cached(body, LATEST_MAX_AGE_SECONDS, Optional.of(choice.served()));
    }

    @GET
    @Path("{slug}/issues/{year}/{number}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One issue by year and number (2024年第2期 → 2024/2), latest edition, in one locale")
    @APIResponse(responseCode = "200", description = "The issue in the chosen locale", content = @Content(
            mediaType = "application/json", examples = @ExampleObject(name = "2024年第2期", value = """
                    {"publication":{"slug":"spp-newsletter","title":"可持续公共采购计划简报"},"year":2024,"number":2,\
                    "cumulativeNumber":16,"edition":1,"publishedAt":"2024-07-15T08:00:00Z","locale":"zh-CN",\
                    "fallback":false,"label":"2024年第2期 总第16期","contents":[{"title":"同一个地球网络最新进展",\
                    "items":[{"item":"…","title":"数字公共基础设施促进环境可持续性的未来"}]}],"rubrics":[{"id":"…",\
                    "title":"同一个地球网络最新进展","items":[{"id":"…","type":"report-summary","locale":"zh-CN",\
                    "fallback":false,"fields":{"title":"数字公共基础设施促进环境可持续性的未来"}}]}]}""")))
    public Response issue(@PathParam("slug") String slug, @PathParam("year") String year,
                          @PathParam("number") String number) {
        QueryParameters.allowOnly(uri, Set.of("locale"));
        Publication publication = publication(slug);
        UUID edition = published.latestIdByNumber(publication.id(), integer(year), integer(number))
                .orElseThrow(NotFoundException::new);
        return render(edition, publication, LATEST_MAX_AGE_SECONDS);
    }

    @GET
    @Path("{slug}/issues/{year}/{number}/editions/{edition}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One edition of an issue; immutable, cacheable for a year")
    public Response edition(@PathParam("slug") String slug, @PathParam("year") String year,
                            @PathParam("number") String number, @PathParam("edition") String edition) {
        QueryParameters.allowOnly(uri, Set.of("locale"));
        Publication publication = publication(slug);
        UUID found = published.editionId(publication.id(), integer(year), integer(number), integer(edition))
                .orElseThrow(NotFoundException::new);
        return render(found, publication, EDITION_MAX_AGE_SECONDS);
    }

    @GET
    @Path("{slug}/issues/cumulative/{cumulative}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One issue by its cumulative number (总第16期 → 16), latest edition")
    public Response byCumulativeNumber(@PathParam("slug") String slug, @PathParam("cumulative") String cumulative) {
        QueryParameters.allowOnly(uri, Set.of("locale"));
        Publication publication = publication(slug);
        UUID edition = published.latestIdByCumulativeNumber(publication.id(), integer(cumulative))
                .orElseThrow(NotFoundException::new);
        return render(edition, publication, LATEST_MAX_AGE_SECONDS);
    }

    @GET
    @Path("{slug}/items/{item}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One published item, as in the latest published edition of its issue")
    public Response item(@PathParam("slug") String slug, @PathParam("item") String itemId) {
        QueryParameters.allowOnly(uri, Set.of("locale"));
        Publication publication = publication(slug);
        UUID id = PathIds.uuid(itemId);
        PublishedEdition edition = published.containingItem(id)
                .filter(e -> e.publicationId().equals(publication.id()))
                .orElseThrow(NotFoundException::new);
        LocaleChoice choice = choice(publication);
        JsonObject item = documents.item(edition, publication, choice, id);
        if (item == null) {
            throw new NotFoundException();
        }
        return cached(item, LATEST_MAX_AGE_SECONDS, Optional.of(choice.served()));
    }

    private Response render(UUID edition, Publication publication, int maxAge) {
        DeliveryDocuments.Rendered rendered = documents.issue(edition,
                id -> published.find(id).orElseThrow(NotFoundException::new), publication, choice(publication));
        Response response = conditional(rendered.etag(), maxAge, rendered.locale())
                .orElseGet(() -> headers(Response.ok(rendered.body(), MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")),
                        rendered.etag(), maxAge, Optional.of(rendered.locale())).build());
        responses.keep(DeliveryResponses.key(uri.getRequestUri().getRawPath(), uri.getRequestUri().getRawQuery(),
                        headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)), rendered.body(),
                rendered.etag().toString(), rendered.locale().value(),
                response.getHeaderString(HttpHeaders.CACHE_CONTROL));
        return response;
    }

    private Response cached(JsonObject body, int maxAge, Optional<LocaleTag> locale) {
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        EntityTag etag = Versions.tag(new String(bytes, StandardCharsets.UTF_8));
        return conditional(etag, maxAge, locale.orElse(null))
                .orElseGet(() -> headers(Response.ok(bytes, MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")),
                        etag, maxAge, locale).build());
    }

    private Optional<Response> conditional(EntityTag etag, int maxAge, LocaleTag locale) {
        Response.ResponseBuilder notModified = request.evaluatePreconditions(etag);
        return Optional.ofNullable(notModified).map(builder ->
                headers(builder, etag, maxAge, Optional.ofNullable(locale)).build());
    }

    private static Response.ResponseBuilder headers(Response.ResponseBuilder builder, EntityTag etag, int maxAge,
                                                    Optional<LocaleTag> locale) {
        CacheControl cache = new CacheControl();
        cache.setMaxAge(maxAge);
        cache.setNoTransform(false);
        if (maxAge == EDITION_MAX_AGE_SECONDS) {
            cache.getCacheExtension().put("immutable", null);
        }
        builder.tag(etag).cacheControl(cache).header(HttpHeaders.VARY, "Accept-Language");
        locale.ifPresent(tag -> builder.header(HttpHeaders.CONTENT_LANGUAGE, tag.value()));
        return builder;
    }

    private LocaleChoice choice(Publication publication) {
        Optional<String> parameter = Optional.ofNullable(uri.getQueryParameters().getFirst("locale"));
        List<java.util.Locale> acceptable = headers.getAcceptableLanguages();
        return LocaleChoice.of(parameter, acceptable, publication.locales().all(), publication.locales().source());
    }

    private Publication publication(String slug) {
        return publications.bySlug(slug)
                .filter(p -> published.hasPublished(p.id()))
                .orElseThrow(NotFoundException::new);
    }

    private static JsonObject describe(Publication publication) {
        JsonObjectBuilder title = Json.createObjectBuilder();
        publication.title().asMap().forEach((locale, text) -> title.add(locale.value(), text));
        JsonArrayBuilder locales = Json.createArrayBuilder();
        publication.locales().all().forEach(locale -> locales.add(locale.value()));
        return Json.createObjectBuilder()
                .add("slug", publication.slug().value())
                .add("title", title)
                .add("sourceLocale", publication.locales().source().value())
                .add("locales", locales)
                .add("issues", "/api/delivery/v1/publications/" + publication.slug().value() + "/issues")
                .add("feed", "/api/delivery/v1/publications/" + publication.slug().value() + "/feed.atom")
                .build();
    }

    private static int integer(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new NotFoundException();
        }
    }
}
