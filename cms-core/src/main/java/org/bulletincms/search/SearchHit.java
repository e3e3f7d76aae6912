package org.bulletincms.search;

import java.util.Optional;
import java.util.UUID;

/**
 * One published item that matches a search, where it was published, with a plain-text snippet showing where.
 *
 * @param locale the locale the item was found in
 * @param contentLocale the locale of the text found (the source locale when the item is not translated)
 */
public record SearchHit(
        String publicationSlug,
        int year,
        int numberInYear,
        int cumulativeNumber,
        int edition,
        UUID itemId,
        String itemType,
        String locale,
        String contentLocale,
        Optional<String> title,
        String snippet) {

    static SearchHit of(PublishedText text, String snippet) {
        return new SearchHit(
                text.publicationSlug(),
                text.year(),
                text.numberInYear(),
                text.cumulativeNumber(),
                text.edition(),
                text.itemId(),
                text.itemType(),
                text.locale(),
                text.contentLocale(),
                text.title(),
                snippet);
    }
}
