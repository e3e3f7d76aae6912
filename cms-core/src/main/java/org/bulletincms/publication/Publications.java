package org.bulletincms.publication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.bulletincms.account.Accounts;
import org.bulletincms.concurrency.ExpectedVersion;
import org.bulletincms.issue.IssueRepository;
import org.bulletincms.locale.TextByLocale;

/**
 * Reading, starting, revising and deleting publications: the application service the web edge calls, each call its
 * own transaction, answering with {@link PublicationView}s. A reviser or deleter names the version they read
 * ({@link ExpectedVersion}, from If-Match), checked here.
 */
@ApplicationScoped
@Transactional
public class Publications {

    @Inject
    PublicationRepository publications;

    @Inject
    IssueRepository issues;

    @Inject
    Accounts accounts;

    Clock clock = Clock.systemUTC();

    public Optional<PublicationView> find(UUID id) {
        return publications.find(id).map(this::view);
    }

    /** The locales the publication's issues are written in; empty when there is no such publication. */
    public Optional<PublicationLocales> locales(UUID id) {
        return publications.find(id).map(Publication::locales);
    }

    public List<PublicationView> all() {
        return publications.all().stream().map(this::view).toList();
    }

    /** Starts a publication; a slug another publication has is refused ({@link PublicationSlugTaken}). */
    public PublicationView start(NewPublication start, String startedBy) {
        if (publications.slugTaken(start.slug())) {
            throw new PublicationSlugTaken(start.slug());
        }
        Publication publication = Publication.start(
                start.slug(), start.title(), start.publisher(), start.locales(), startedBy, clock.instant());
        publication.describe(start.tagline(), start.colophon());
        publications.add(publication);
        publications.flush();
        return view(publication);
    }

    /**
     * New titles, publisher, taglines and colophon defaults, written at once so the answer has the new version;
     * empty when there is no such publication.
     */
    public Optional<PublicationView> revise(
            UUID id,
            ExpectedVersion expected,
            TextByLocale title,
            Optional<String> publisher,
            TextByLocale tagline,
            ColophonDefaults colophon) {
        return publications.find(id).map(publication -> {
            expected.require(PublicationView.tag(publication));
            publication.revise(title, publisher);
            publication.describe(tagline, colophon);
            publications.flush();
            return view(publication);
        });
    }

    /**
     * Deletes a publication that has no issues; one that has any is refused ({@link PublicationHasIssues}). False
     * when there is no such publication.
     */
    public boolean delete(UUID id, ExpectedVersion expected) {
        Optional<Publication> found = publications.find(id);
        found.ifPresent(publication -> {
            expected.require(PublicationView.tag(publication));
            long count = issues.countOfPublication(publication.id());
            if (count > 0) {
                throw new PublicationHasIssues(count);
            }
            publications.remove(publication);
        });
        return found.isPresent();
    }

    private PublicationView view(Publication publication) {
        return PublicationView.of(publication, accounts);
    }
}
