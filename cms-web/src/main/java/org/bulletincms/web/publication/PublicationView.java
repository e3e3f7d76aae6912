package org.bulletincms.web.publication;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.bulletincms.locale.LocaleTag;
import org.bulletincms.publication.Publication;

/** A publication as the management API shows it. */
public record PublicationView(UUID id, String slug, Map<String, String> title, String publisher,
                              String sourceLocale, List<String> targetLocales, Instant createdAt,
                              String createdBy, long version) {

    static PublicationView of(Publication publication) {
        Map<String, String> title = new TreeMap<>();
        publication.title().asMap().forEach((locale, text) -> title.put(locale.value(), text));
        return new PublicationView(publication.id(), publication.slug().value(), title,
                publication.publisher().orElse(null), publication.locales().source().value(),
                publication.locales().targets().stream().map(LocaleTag::value).toList(),
                publication.createdAt(), publication.createdBy(), publication.version());
    }
}
