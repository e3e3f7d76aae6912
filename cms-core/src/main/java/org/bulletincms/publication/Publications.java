package org.bulletincms.publication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.bulletincms.locale.TextByLocale;

/**
 * Reading, starting and revising publications: the application service the web edge calls, so that no resource
 * uses a repository. The web edge checks the version a reviser read (If-Match) before {@link #revise}.
 */
@ApplicationScoped
@Transactional
public class Publications {

    @Inject
    PublicationRepository publications;

    public Optional<Publication> find(UUID id) {
        return publications.find(id);
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
}
