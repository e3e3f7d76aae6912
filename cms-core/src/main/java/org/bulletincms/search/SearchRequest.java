package org.bulletincms.search;

import java.util.Objects;
import java.util.Optional;
import org.bulletincms.locale.LocaleTag;

/**
 * One search over published content.
 *
 * @param text        what the reader typed ({@link PlainQuery}: {@code "..."} for a phrase, {@code -word} to
 *                    exclude); all words must match
 * @param locale      only texts served in this locale; every locale when empty
 * @param publication only this publication (its slug); every publication when empty
 * @param page        1-based
 * @param size        hits per page, at most {@link #MAX_PAGE_SIZE}
 */
public record SearchRequest(String text, Optional<LocaleTag> locale, Optional<String> publication, int page, int size) {

    /** The longest query, in characters. */
    public static final int MAX_QUERY_LENGTH = 200;
    /** The largest page; larger requests are served this many hits. */
    public static final int MAX_PAGE_SIZE = 50;

    public static final int DEFAULT_PAGE_SIZE = 10;

    public SearchRequest {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(publication, "publication");
        if (text.isBlank() || text.length() > MAX_QUERY_LENGTH) {
            throw new IllegalArgumentException("a query has 1 to " + MAX_QUERY_LENGTH + " characters");
        }
        if (page < 1 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page " + page + " of size " + size);
        }
    }

    int offset() {
        return Math.multiplyExact(page - 1, size);
    }
}
