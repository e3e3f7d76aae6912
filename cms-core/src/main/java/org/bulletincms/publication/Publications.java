package org.bulletincms.publication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.bulletincms.issue.IssueRepository;
import org.bulletincms.locale.TextByLocale;

/**
 * Reading, starting, revising and deleting publications: the application service the web edge calls, so that no
 * resource uses a repository. The web edge checks the version a reviser or deleter read (If-Match) before {@link
 * #revise} and {@link #delete}.
 */
@ApplicationScoped
@Transactional
public class Publications {

    @Inject
    PublicationRepository publications;

    @Inject
    IssueRepository issues;

    public Optional<Publication> find(UUID id) {
        return publications.find(id);
    }

    /** The locales the publication's issues are written in; empty when there is no such publication. */
    public Optional<PublicationLocales> locales(UUID id) {
        return publications.find(id).map(Publication::locales);
    }

    /** The publication a delivery URL names by its slug. */
    public Optional<Publication> bySlug(String slug) {
        return publications.bySlug(slug);
    }

    public List<Publication> all() {
        return publications.all();
    }

    /** Keeps a new publication; a slug another publication has is refused ({@link PublicationSlugTaken}). */
    public Publication start(Publication publication) {
        if (publications.slugTaken(publication.slug())) {
            throw new PublicationSlugTaken(publication.slug());
        }
        publications.add(publication);
        return publication;
    }

    /** New titles, publisher, taglines and colophon defaults, written at once so the answer has the new version. */
    public Publication revise(
            Publication publication,
            TextByLocale title,
            Optional<String> publisher,
            TextByLocale tagline,
            ColophonDefaults colophon) {
        publication.revise(title, publisher);
        publication.describe(tagline, colophon);
        publications.flush();
        return publication;
    }

    /** Deletes a publication that has no issues; one that has any is refused ({@link PublicationHasIssues}). */
    public void delete(Publication publication) {
        long count = issues.countOfPublication(publication.id());
        if (count > 0) {
            throw new PublicationHasIssues(count);
        }
        publications.remove(publication);
    }
}
