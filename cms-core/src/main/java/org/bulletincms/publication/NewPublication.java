package org.bulletincms.publication;

import java.util.Objects;
import java.util.Optional;
import org.bulletincms.locale.TextByLocale;

/**
 * What starting a publication takes, checked field by field by whoever built it (the web edge, with a JSON pointer
 * for each error): the slug, a title in the source locale, the publisher if named, the locales, and the taglines and
 * colophon defaults in those locales.
 */
public record NewPublication(
        PublicationSlug slug,
        TextByLocale title,
        Optional<String> publisher,
        PublicationLocales locales,
        TextByLocale tagline,
        ColophonDefaults colophon) {

    public NewPublication {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(publisher, "publisher");
        Objects.requireNonNull(locales, "locales");
        Objects.requireNonNull(tagline, "tagline");
        Objects.requireNonNull(colophon, "colophon");
    }
}
