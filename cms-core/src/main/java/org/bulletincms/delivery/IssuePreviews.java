package org.bulletincms.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.bulletincms.issue.Issue;
import org.bulletincms.issue.IssueRepository;
import org.bulletincms.locale.LocaleTag;
import org.bulletincms.publication.Publication;
import org.bulletincms.publication.PublicationRepository;
import org.bulletincms.sectiontype.InstalledSectionTypes;
import org.bulletincms.sectiontype.ServedPictures;
import org.bulletincms.workflow.IssueContent;
import org.bulletincms.workflow.PublishedSnapshot;

/**
 * What a preview link shows: the issue behind it as it would be published now, made by the code that makes a
 * publication (the snapshot, then the delivery JSON or the web page from it), so that what an approver looks at is
 * what readers will get.
 */
@ApplicationScoped
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

    /** The issue behind a usable link, as it would be published now. */
    public record IssuePreview(Publication publication, JsonObject snapshot) {

        /** The issue as the delivery API will serve it in a locale. */
        public DeliveredIssue delivered(LocaleTag locale, boolean fallback) {
            return DeliveryShapes.issue(snapshot, publication, locale, fallback);
        }
    }

    /**
     * The preview of the link with this token.
     *
     * @throws PreviewUnavailable if no link has the token, or it expired or was revoked
     */
    public IssuePreview of(String token, Instant now) {
        PreviewLink link =
                links.byToken(token).filter(found -> found.isUsableAt(now)).orElseThrow(PreviewUnavailable::new);
        Issue issue = issues.find(link.issueId()).orElseThrow(PreviewUnavailable::new);
        Publication publication = publications.find(issue.publicationId()).orElseThrow(PreviewUnavailable::new);
        JsonObject snapshot =
                PublishedSnapshot.of(issue, publication, sectionTypes, pictures, now, IssueContent.hash(issue));
        return new IssuePreview(publication, snapshot);
    }

    /** The issue's web page in a locale, as it will be compiled when the issue is published. */
    public String webPage(IssuePreview preview, LocaleTag locale) {
        return new String(
                WebEditionPage.of(preview.snapshot(), preview.publication(), locale, sectionTypes),
                StandardCharsets.UTF_8);
    }
}
