package org.bulletincms.web.delivery;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.bulletincms.delivery.DeliveredIssue;
import org.bulletincms.delivery.DeliveryJson;
import org.bulletincms.delivery.DeliveryShapes;
import org.bulletincms.delivery.PreviewLink;
import org.bulletincms.delivery.PreviewLinks;
import org.bulletincms.issue.Issue;
import org.bulletincms.issue.IssueRepository;
import org.bulletincms.publication.Publication;
import org.bulletincms.publication.PublicationRepository;
import org.bulletincms.sectiontype.InstalledSectionTypes;
import org.bulletincms.web.problem.ApiProblem;
import org.bulletincms.web.problem.Problem;
import org.bulletincms.web.problem.ProblemType;
import org.bulletincms.web.request.QueryParameters;
import org.bulletincms.workflow.IssueContent;
import org.bulletincms.workflow.PublishedSnapshot;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A preview link: the issue's current state rendered exactly as the delivery API will serve it once
 * published — the same snapshot code, the same document — for whoever holds the link, until it expires or
 * is revoked. Never cached, never indexed.
 */
@Path("delivery/v1/preview/{token}")
@RequestScoped
@Transactional
@Tag(name = "delivery")
public class PreviewResource {

    @Inject
    PreviewLinks links;

    @Inject
    IssueRepository issues;

    @Inject
    PublicationRepository publications;

    @Inject
    InstalledSectionTypes sectionTypes;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @GET
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
        Instant now = Clock.systemUTC().instant();
        PreviewLink link = links.byToken(token).orElseThrow(NotFoundException::new);
        if (!link.isUsableAt(now)) {
            throw new ApiProblem(ProblemType.NOT_FOUND, "detail.preview-expired");
        }
        Issue issue = issues.find(link.issueId()).orElseThrow(NotFoundException::new);
        Publication publication = publications.find(issue.publicationId()).orElseThrow(NotFoundException::new);
        LocaleChoice choice = LocaleChoice.of(
                Optional.ofNullable(uri.getQueryParameters().getFirst("locale")),
                AcceptLanguage.parse(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)),
                publication.locales().all(),
                publication.locales().source());
        var snapshot = PublishedSnapshot.of(issue, publication, sectionTypes, now, IssueContent.hash(issue));
        return Response.ok(
                        DeliveryJson.text(
                                DeliveryShapes.issue(snapshot, publication, choice.served(), choice.fallback())),
                        MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .header("X-Robots-Tag", "noindex, nofollow")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .header(HttpHeaders.CONTENT_LANGUAGE, choice.served().value())
                .header(HttpHeaders.VARY, "Accept-Language")
                .build();
    }
}
