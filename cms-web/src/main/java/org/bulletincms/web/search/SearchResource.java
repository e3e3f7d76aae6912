package org.bulletincms.web.search;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.bulletincms.locale.LocaleTag;
import org.bulletincms.search.PublishedSearch;
import org.bulletincms.search.SearchHit;
import org.bulletincms.search.SearchRequest;
import org.bulletincms.search.SearchResults;
import org.bulletincms.web.problem.ApiProblem;
import org.bulletincms.web.problem.Problem;
import org.bulletincms.web.problem.ProblemType;
import org.bulletincms.web.request.QueryParameters;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Full-text search over published content, anonymous. Only the latest published edition of each issue is
 * searched; drafts and unpublished issues are never indexed. Parameters: {@code q} (required, 1 to 200
 * characters, all words must match, {@code "..."} for a phrase), {@code locale} (only texts served in that
 * locale), {@code publication} (a slug), {@code page} (from 1) and {@code size} (default 10, at most 50;
 * larger sizes are clamped). Any other parameter is refused with 400.
 */
@Path("delivery/v1/search")
@RequestScoped
@Tag(name = "delivery")
public class SearchResource {

    static final Set<String> PARAMETERS = Set.of("q", "locale", "publication", "page", "size");

    @Inject
    PublishedSearch search;

    @Context
    UriInfo uri;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Search published items (Chinese and English)",
            description = "Hits are items of the latest published edition of each issue, best match first, with a "
                    + "plain-text snippet. size is clamped to " + SearchRequest.MAX_PAGE_SIZE + ".")
    @APIResponse(
            responseCode = "200",
            description = "A page of results",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = SearchPage.class)))
    @APIResponse(
            responseCode = "400",
            description = "No query, a query too long, a malformed locale or number, or an unknown parameter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(
            responseCode = "503",
            description = "The search engine (OpenSearch, several nodes) cannot answer right now: search-unavailable,"
                    + " with Retry-After; everything else of the API keeps working",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public SearchPage search(
            @Parameter(description = "1 to 200 characters") @jakarta.ws.rs.QueryParam("q") String q,
            @jakarta.ws.rs.QueryParam("locale") String locale,
            @jakarta.ws.rs.QueryParam("publication") String publication,
            @jakarta.ws.rs.QueryParam("page") String page,
            @jakarta.ws.rs.QueryParam("size") String size) {
        refuseUnknownParameters();
        SearchResults results = search.search(new SearchRequest(
                query(q),
                locale(locale),
                Optional.ofNullable(publication).filter(p -> !p.isBlank()),
                QueryParameters.page(positive("page", page, 1)),
                Math.min(positive("size", size, SearchRequest.DEFAULT_PAGE_SIZE), SearchRequest.MAX_PAGE_SIZE)));
        return json(results);
    }

    private void refuseUnknownParameters() {
        Set<String> unknown = new TreeSet<>(uri.getQueryParameters().keySet());
        unknown.removeAll(PARAMETERS);
        if (!unknown.isEmpty()) {
            throw new ApiProblem(
                    ProblemType.MALFORMED_REQUEST,
                    "detail.search-unknown-parameter",
                    String.join(", ", unknown),
                    String.join(", ", new TreeSet<>(PARAMETERS)));
        }
    }

    private static String query(String q) {
        if (q == null || q.isBlank() || q.length() > SearchRequest.MAX_QUERY_LENGTH) {
            throw new ApiProblem(
                    ProblemType.MALFORMED_REQUEST, "detail.search-query-length", SearchRequest.MAX_QUERY_LENGTH);
        }
        return q.strip();
    }

    private static Optional<LocaleTag> locale(String locale) {
        if (locale == null) {
            return Optional.empty();
        }
        if (!LocaleTag.isWellFormed(locale)) {
            throw new ApiProblem(ProblemType.MALFORMED_REQUEST, "detail.search-bad-locale", locale);
        }
        return Optional.of(LocaleTag.of(locale));
    }

    private static int positive(String name, String value, int fallback) {
        if (value == null) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= 1) {
                return number;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new ApiProblem(ProblemType.MALFORMED_REQUEST, "detail.search-not-a-positive-number", name);
    }

    private static SearchPage json(SearchResults results) {
        SearchRequest request = results.request();
        List<SearchResult> hits = new ArrayList<>();
        for (SearchHit hit : results.hits()) {
            hits.add(new SearchResult(
                    hit.publicationSlug(),
                    hit.year(),
                    hit.numberInYear(),
                    hit.cumulativeNumber(),
                    hit.edition(),
                    hit.itemId().toString(),
                    hit.itemType(),
                    hit.locale(),
                    hit.contentLocale(),
                    hit.title(),
                    hit.snippet(),
                    "/api/delivery/v1/publications/" + hit.publicationSlug() + "/items/" + hit.itemId() + "?locale="
                            + hit.locale()));
        }
        return new SearchPage(
                request.text(),
                request.page(),
                request.size(),
                results.total(),
                request.locale().map(LocaleTag::value),
                request.publication(),
                hits);
    }
}
