package org.bulletincms.search;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The plain text of one item of a published snapshot in one locale.
 *
 * @param locale        the snapshot locale it was read from
 * @param contentLocale the locale it is written in (the source locale where the translation is missing)
 * @param body          every text field but the title, tags removed, one field per line
 */
public record ItemText(
        UUID itemId, String type, String locale, String contentLocale, Optional<String> title, String body) {

    public ItemText {
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(contentLocale, "contentLocale");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
    }
}
