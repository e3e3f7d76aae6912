package org.bulletincms.publication;

import java.util.Objects;
import org.bulletincms.locale.LocaleTag;

/**
 * A publication's tagline as a reader sees it, with the language it is written in.
 *
 * @param text     the tagline, such as {@code One planet, procure with care}
 * @param language the locale it is written in, which may differ from the reader's
 */
public record Tagline(String text, LocaleTag language) {

    public Tagline {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(language, "language");
    }
}
