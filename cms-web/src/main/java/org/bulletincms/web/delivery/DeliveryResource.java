package org.bulletincms.web.delivery;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.bulletincms.delivery.DeliveredDocument;
import org.bulletincms.delivery.DeliveredIssue;
import org.bulletincms.delivery.DeliveredItem;
import org.bulletincms.delivery.DeliveredPublication;
import org.bulletincms.delivery.Delivery;
import org.bulletincms.delivery.DeliveryFormat;
import org.bulletincms.delivery.DocumentKey;
import org.bulletincms.delivery.IssuePage;
import org.bulletincms.delivery.LocaleChoice;
import org.bulletincms.delivery.PrintEdition;
import org.bulletincms.delivery.PublicationList;
import org.bulletincms.locale.LocaleTag;
import org.bulletincms.web.problem.Problem;
import org.bulletincms.web.request.PathIds;
import org.bulletincms.web.request.QueryParameters;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The delivery API for front-end sites: anonymous, read-only, published editions only, answered from the documents
 * compiled when they were published ({@link Delivery}): a request negotiates its locale, finds the bytes
 * by key and sends them with their stored strong ETag ({@code If-None-Match} → 304); nothing is assembled or parsed
 * per request. Every document read is kept in the node's {@link DeliveryCache}, from which the next request for it
 * is answered on the I/O thread. Pages of the issue list other than the compiled first pages of the default size
 * ({@link DeliveryFormat#COMPILED_PAGES}) are cut from the compiled list entries. The Atom feed of each locale is compiled with the lists.
 * Locale: {@code ?locale=} or {@code Accept-Language}, falling back to the publication's source locale
 * (see {@link LocaleChoice}). Unknown query parameters are refused (400); unsafe methods get 405 with Allow.
 * A draft, unapproved or unpublished issue or item answers exactly like one that does not exist (404).
 */
@Path("delivery/v1/publications")
@RequestScoped
@Tag(name = "delivery")
@APIResponse(responseCode = "304", description = "Not modified: the If-None-Match tag is current")
@APIResponse(
        responseCode = "400",
        description = "An unknown query parameter",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
@APIResponse(
        responseCode = "404",
        description = "No such publication, or nothing published at this address",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
public class DeliveryResource {

    static final String ATOM = "application/atom+xml";

    @Inject
    Delivery delivery;

    @Inject
    DeliveryCache cache;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @Context
    Request request;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Publications that have published issues")
    @APIResponse(
            responseCode = "200",
            description = "The publications",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PublicationList.class)))
    public Response publications() {
        QueryParameters.allowOnly(uri, Set.of());
        long generation = cache.generation();
        return send(delivery.publications(), generation);
    }

    @GET
    @Path("{slug}/issues")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Published issues of a publication, newest first, paginated (size at most 100)")
    @APIResponse(
            responseCode = "200",
            description = "A page of the issue list in the chosen locale",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = IssuePage.class)))
    public Response issues(
            @PathParam("slug") String slug,
            @Parameter(description = "1-based page, at most 10000") @jakarta.ws.rs.QueryParam("page") String page,
            @Parameter(description = "page size, default 20, clamped to 100") @jakarta.ws.rs.QueryParam("size")
                    String size) {
        QueryParameters.allowOnly(uri, Set.of("page", "size", "locale"));
        long generation = cache.generation();
        // the page asked for is read once the publication is found: an unknown one is 404 before a malformed page
        return found(
                delivery.issuePage(
                        slug,
                        publication -> new Delivery.ListPage(
                                choice(publication).served(),
                                QueryParameters.page(uri),
                                Math.min(
                                        QueryParameters.positive(uri, "size", DeliveryFormat.DEFAULT_PAGE_SIZE),
                                        DeliveryFormat.MAX_PAGE_SIZE))),
                generation);
    }

    @GET
    @Path("{slug}/issues/{year}/{number}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One issue by year and number (2024年第2期 → 2024/2), latest edition, in one locale")
    @APIResponse(
            responseCode = "200",
            description = "The issue in the chosen locale",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = DeliveredIssue.class),
                            examples = @ExampleObject(name = "2024年第2期", value = """
                    {"publication":{"slug":"spp-newsletter","title":"可持续公共采购计划简报"},"year":2024,"number":2,\
                    "cumulativeNumber":16,"edition":1,"publishedAt":"2024-07-15T08:00:00Z","locale":"zh-CN",\
                    "fallback":false,"label":"2024年第2期 总第16期","contents":[{"title":"同一个地球网络最新进展",\
                    "items":[{"item":"…","title":"数字公共基础设施促进环境可持续性的未来"}]}],"rubrics":[{"id":"…",\
                    "title":"同一个地球网络最新进展","items":[{"id":"…","type":"report-summary","locale":"zh-CN",\
                    "fallback":false,"fields":{"title":"数字公共基础设施促进环境可持续性的未来"}}]}]}""")))
    public Response issue(
            @PathParam("slug") String slug, @PathParam("year") String year, @PathParam("number") String number) {
        QueryParameters.allowOnly(uri, Set.of("locale"));
        int y = integer(year);
        int n = integer(number);
        return compiled(
                slug,
                (publication, choice) ->
                        DocumentKey.latestIssue(publication.id(), y, n, choice.served(), choice.fallback()));
    }

    /**
     * The issue's web page. A URL of its own rather than content negotiation on the JSON's URL: a reader's
     * browser, a link in an e-mail or a CDN rule can name it without setting {@code Accept}, caches need no
     * {@code Vary: Accept}, and the JSON URL keeps answering JSON whatever a client sends.
     */
    @GET
    @Path("{slug}/issues/{year}/{number}.html")
    @Produces(MediaType.TEXT_HTML)
    @Operation(
            summary = "The web page of an issue (2024年第2期 → 2024/2.html), latest edition, in one locale",
            description = "Made when the issue was published, for readers: masthead, contents, every item, no script")
    @APIResponse(
            responseCode = "200",
            description = "The issue as an HTML page in the chosen locale (the source locale's if it is not offered)",
            content = @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)))
    public Response webPage(
            @PathParam("slug") String slug, @PathParam("year") String year, @PathParam("number") String number) {
        return rendering(slug, year, number, DocumentKey::webPage);
    }

    /** The issue's e-mail edition, for a mailing tool to send; its plain-text alternative is {@link #emailText}. */
    @GET
    @Path("{slug}/issues/{year}/{number}.email.html")
    @Produces(MediaType.TEXT_HTML)
    @Operation(
            summary = "The e-mail edition of an issue, latest edition, in one locale: HTML for mail clients",
            description = "600 px wide, inline styles, no script; links to the web page at the public base URL")
    @APIResponse(
            responseCode = "200",
            description = "The e-mail's HTML part in the chosen locale",
            content = @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)))
    public Response emailHtml(
            @PathParam("slug") String slug, @PathParam("year") String year, @PathParam("number") String number) {
        return rendering(slug, year, number, DocumentKey::emailHtml);
    }

    @GET
    @Path("{slug}/issues/{year}/{number}.email.txt")
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(summary = "The plain-text alternative of an issue's e-mail edition, in one locale")
    @APIResponse(
            responseCode = "200",
            description = "The e-mail's text part in the chosen locale",
            content = @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING)))
    public Response emailText(
            @PathParam("slug") String slug, @PathParam("year") String year, @PathParam("number") String number) {
        return rendering(slug, year, number, DocumentKey::emailText);
    }

    /**
     * The issue's print PDF: made by a job just after the publish commit, so for a moment after publication the
     * issue is published but its PDF is not there yet: 503 {@code print-not-ready} with {@code Retry-After}.
     */
    @GET
    @Path("{slug}/issues/{year}/{number}.pdf")
    @Produces(PrintEdition.MEDIA_TYPE)
    @Operation(
            summary = "The print PDF of an issue (A4, tagged PDF/UA), latest edition, in one locale",
            description = "A cover with the masthead and issue label, the contents with page numbers, every item;"
                    + " Chinese fonts embedded. Made just after publication: 503 print-not-ready until it exists")
    @APIResponse(
            responseCode = "200",
            description = "The issue as a PDF in the chosen locale (the source locale's if it is not offered)",
            content =
                    @Content(
                            mediaType = PrintEdition.MEDIA_TYPE,
                            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(
            responseCode = "503",
            description = "The issue is published but its PDF is still being made; ask again after Retry-After",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response printPdf(
            @PathParam("slug") String slug, @PathParam("year") String year, @PathParam("number") String number) {
        QueryParameters.allowOnly(uri, Set.of("locale"));
        int y = integer(year);
        int n = integer(number);
        long generation = cache.generation();
        return found(delivery.printPdf(slug, publication -> choice(publication).served(), y, n), generation);
    }

    /** Where a rendering of an issue's latest edition is kept, by publication, year, number and locale. */
    private interface RenderingKey {
        DocumentKey of(UUID publication, int year, int number, LocaleTag locale);
    }

    private Response rendering(String slug, String year, String number, RenderingKey key) {
        QueryParameters.allowOnly(uri, Set.of("locale"));
        int y = integer(year);
        int n = integer(number);
        return compiled(slug, (publication, choice) -> key.of(publication.id(), y, n, choice.served()));
    }

    @GET
    @Path("{slug}/issues/{year}/{number}/editions/{edition}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One edition of an issue; immutable, cacheable for a year")
    @APIResponse(
            responseCode = "200",
            description = "The edition in the chosen locale",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = DeliveredIssue.class)))
    public Response edition(
            @PathParam("slug") String slug,
            @PathParam("year") String year,
            @PathParam("number") String number,
            @PathParam("edition") String edition) {
        QueryParameters.allowOnly(uri, Set.of("locale"));
        int y = integer(year);
        int n = integer(number);
        int e = integer(edition);
        return compiled(
                slug,
                (publication, choice) ->
                        DocumentKey.issueEdition(publication.id(), y, n, e, choice.served(), choice.fallback()));
    }

    @GET
    @Path("{slug}/issues/cumulative/{cumulative}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One issue by its cumulative number (总第16期 → 16), latest edition")
    @APIResponse(
            responseCode = "200",
            description = "The issue in the chosen locale",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = DeliveredIssue.class)))
    public Response byCumulativeNumber(@PathParam("slug") String slug, @PathParam("cumulative") String cumulative) {
        QueryParameters.allowOnly(uri, Set.of("locale"));
        int c = integer(cumulative);
        return compiled(
                slug,
                (publication, choice) ->
                        DocumentKey.cumulativeIssue(publication.id(), c, choice.served(), choice.fallback()));
    }

    @GET
    @Path("{slug}/feed.atom")
    @Produces(ATOM)
    @Operation(summary = "Atom feed of the publication's published issues in one locale")
    @APIResponse(
            responseCode = "200",
            description = "An Atom 1.0 feed (RFC 4287) of the latest issues",
            content = @Content(mediaType = ATOM, schema = @Schema(type = SchemaType.STRING)))
    public Response feed(@PathParam("slug") String slug) {
        QueryParameters.allowOnly(uri, Set.of("locale"));
        return compiled(slug, (publication, choice) -> DocumentKey.feed(publication.id(), choice.served()));
    }

    @GET
    @Path("{slug}/items/{item}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One published item, as in the latest published edition of its issue")
    @APIResponse(
            responseCode = "200",
            description = "The item in the chosen locale; its fields depend on its type",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = DeliveredItem.class)))
    public Response item(@PathParam("slug") String slug, @PathParam("item") String itemId) {
        QueryParameters.allowOnly(uri, Set.of("locale"));
        UUID id = PathIds.uuid(itemId);
        return compiled(slug, (publication, choice) -> DocumentKey.item(publication.id(), id, choice.served()));
    }

    /** Where a document of a publication is kept, given the locale negotiated over the publication's locales. */
    private interface DocumentAddress {
        DocumentKey of(DeliveredPublication publication, LocaleChoice choice);
    }

    /** The compiled document at the address, or 404 when nothing published has its key. */
    private Response compiled(String slug, DocumentAddress address) {
        long generation = cache.generation();
        return found(delivery.document(slug, publication -> address.of(publication, choice(publication))), generation);
    }

    /**
     * The document found, or 404 when there is no such publication or nothing published at the address; the
     * publication noted for negotiation on the I/O thread, the document kept in the node's cache if it is compiled.
     */
    private Response found(Optional<Delivery.Delivered> found, long generation) {
        Delivery.Delivered delivered = found.orElseThrow(NotFoundException::new);
        cache.remember(delivered.publication());
        return send(delivered.document().orElseThrow(NotFoundException::new), generation);
    }

    private Response send(DeliveredDocument document, long generation) {
        Freshness freshness = Freshness.of(document.kind());
        EntityTag etag =
                new EntityTag(document.etag().substring(1, document.etag().length() - 1));
        Response response = conditional(etag, freshness, document.locale())
                .orElseGet(() -> send(document.body(), etag, document.mediaType(), freshness, document.locale())
                        .build());
        document.key().ifPresent(key -> cache.keep(key, document, generation));
        return response;
    }

    private static Response.ResponseBuilder send(
            byte[] body, EntityTag etag, String mediaType, Freshness freshness, Optional<String> locale) {
        return headers(Response.ok(body, mediaType), etag, freshness, locale);
    }

    private Optional<Response> conditional(EntityTag etag, Freshness freshness, Optional<String> locale) {
        Response.ResponseBuilder notModified = request.evaluatePreconditions(etag);
        return Optional.ofNullable(notModified)
                .map(builder -> headers(builder, etag, freshness, locale).build());
    }

    private static Response.ResponseBuilder headers(
            Response.ResponseBuilder builder, EntityTag etag, Freshness freshness, Optional<String> locale) {
        builder.tag(etag)
                .header(HttpHeaders.CACHE_CONTROL, freshness.header())
                .header(HttpHeaders.VARY, "Accept-Language");
        locale.ifPresent(tag -> builder.header(HttpHeaders.CONTENT_LANGUAGE, tag));
        return builder;
    }

    private LocaleChoice choice(DeliveredPublication publication) {
        Optional<String> parameter =
                Optional.ofNullable(uri.getQueryParameters().getFirst("locale"));
        List<java.util.Locale> acceptable = AcceptLanguage.parse(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        return LocaleChoice.of(parameter, acceptable, publication.locales(), publication.source());
    }

    private static int integer(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new NotFoundException();
        }
    }
}
