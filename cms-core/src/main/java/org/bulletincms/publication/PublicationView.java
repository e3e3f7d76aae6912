package org.bulletincms.publication;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.bulletincms.account.Accounts;
import org.bulletincms.concurrency.VersionTag;
import org.bulletincms.locale.TextByLocale;

/**
 * A publication as the people who run it see it, its founder by their current user name.
 *
 * @param tag the publication's version as a client names it in {@code If-Match}, unquoted
 */
public record PublicationView(
        UUID id,
        PublicationSlug slug,
        TextByLocale title,
        Optional<String> publisher,
        PublicationLocales locales,
        TextByLocale tagline,
        ColophonDefaults colophon,
        Instant createdAt,
        String createdBy,
        long version,
        String tag) {

    public PublicationView {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(publisher, "publisher");
        Objects.requireNonNull(locales, "locales");
        Objects.requireNonNull(tagline, "tagline");
        Objects.requireNonNull(colophon, "colophon");
        Objects.requireNonNull(tag, "tag");
    }

    /** The publication as it is now; call after a flush, so its version is current. */
    static PublicationView of(Publication publication, Accounts accounts) {
        return new PublicationView(
                publication.id(),
                publication.slug(),
                publication.title(),
                publication.publisher(),
                publication.locales(),
                publication.tagline(),
                publication.colophon(),
                publication.createdAt(),
                accounts.shownName(publication.createdBy()),
                publication.version(),
                tag(publication));
    }

    /** The tag of a publication's version: its id and version, so a tag of another publication never matches. */
    static String tag(Publication publication) {
        return VersionTag.of(publication.id(), publication.version());
    }
}
