package org.bulletincms.web.publication;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.bulletincms.account.Accounts;
import org.bulletincms.locale.LocaleTag;
import org.bulletincms.locale.TextByLocale;
import org.bulletincms.publication.Publication;

/** A publication as the management API shows it. */
public record PublicationView(
        UUID id,
        String slug,
        Map<String, String> title,
        String publisher,
        String sourceLocale,
        List<String> targetLocales,
        Map<String, String> tagline,
        Colophon colophon,
        Instant createdAt,
        String createdBy,
        long version) {

    /** The colophon defaults of the publication. */
    public record Colophon(Map<String, String> editor, String email, String website, Map<String, String> sourcesNote) {}

    private static Map<String, String> texts(TextByLocale text) {
        Map<String, String> map = new TreeMap<>();
        text.asMap().forEach((locale, value) -> map.put(locale.value(), value));
        return map;
    }

    static PublicationView of(Publication publication, Accounts accounts) {
        Map<String, String> title = new TreeMap<>();
        publication.title().asMap().forEach((locale, text) -> title.put(locale.value(), text));
        return new PublicationView(
                publication.id(),
                publication.slug().value(),
                title,
                publication.publisher().orElse(null),
                publication.locales().source().value(),
                publication.locales().targets().stream().map(LocaleTag::value).toList(),
                texts(publication.tagline()),
                new Colophon(
                        texts(publication.colophon().editor()),
                        publication.colophon().contactEmail().orElse(null),
                        publication.colophon().webSite().orElse(null),
                        texts(publication.colophon().sourcesNote())),
                publication.createdAt(),
                accounts.shownName(publication.createdBy()),
                publication.version());
    }
}
