package org.bulletincms.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.function.Function;
import org.bulletincms.issue.Issue;
import org.bulletincms.issue.IssueRepository;
import org.bulletincms.publication.Publication;
import org.bulletincms.publication.PublicationLocales;
import org.bulletincms.publication.PublicationRepository;
import org.bulletincms.sectiontype.InstalledSectionTypes;
import org.bulletincms.sectiontype.ServedPictures;
import org.bulletincms.workflow.IssueContent;
import org.bulletincms.workflow.PublishedSnapshot;

/**
 * What a preview link shows: the issue behind it as it would be published now, made by the code that makes a
 * publication (the snapshot, then the delivery JSON or the web page from it), so that what an approver looks at is
 * what readers will get. Each preview one transaction; the issue and its publication stay here.
 */
@ApplicationScoped
@Transactional
public class IssuePreviews {

    @Inject
    PreviewLinks links;

    @Inject
    IssueRepository issues;

    @Inject
    PublicationRepository publications;

    @Inject
    InstalledSectionTypes sectionTypes;

    @Inject
    ServedPictures pictures;

    /** What a preview shows in one locale: the document, and the locale negotiated. */
    public record Previewed(String body, LocaleChoice choice) {}

    /**
     * The issue behind the link with this token as the delivery API will serve it, in the locale {@code choose}
     * picks of its publication's.
     *
     * @throws PreviewUnavailable if no link has the token, or it expired or was revoked
     */
    public Previewed json(String token, Instant now, Function<PublicationLocales, LocaleChoice> choose) {
        Preview preview = of(token, now);
        LocaleChoice choice = choose.apply(preview.publication().locales());
        DeliveredIssue delivered = DeliveryShapes.issue(
                        preview.snapshot(), preview.publication(), choice.served(), choice.fallback())
                .withRenderings(IssueRendering.previewed(token, choice.served()));
        return new Previewed(DeliveryJson.text(delivered), choice);
    }

    /**
     * The web page of the issue behind the link with this token, as it will be compiled when the issue is
     * published, in the locale {@code choose} picks of its publication's.
     *
     * @throws PreviewUnavailable if no link has the token, or it expired or was revoked
     */
    public Previewed webPage(String token, Instant now, Function<PublicationLocales, LocaleChoice> choose) {
        Preview preview = of(token, now);
        LocaleChoice choice = choose.apply(preview.publication().locales());
        return new Previewed(
                new String(
                        WebEditionPage.of(preview.snapshot(), preview.publication(), choice.served(), sectionTypes),
                        StandardCharsets.UTF_8),
                choice);
    }

    /** The issue behind a usable link, as it would be published now. */
    private record Preview(Publication publication, JsonObject snapshot) {}

    private Preview of(String token, Instant now) {
        PreviewLink link =
                links.byToken(token).filter(found -> found.isUsableAt(now)).orElseThrow(PreviewUnavailable::new);
        Issue issue = issues.find(link.issueId()).orElseThrow(PreviewUnavailable::new);
        Publication publication = publications.find(issue.publicationId()).orElseThrow(PreviewUnavailable::new);
        JsonObject snapshot =
                PublishedSnapshot.of(issue, publication, sectionTypes, pictures, now, IssueContent.hash(issue));
        return new Preview(publication, snapshot);
    }
}
