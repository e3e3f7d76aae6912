package org.bulletincms.locale;

import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Objects;

/**
 * A content locale as a well-formed BCP 47 language tag in canonical case, e.g. {@code zh-CN} or {@code en}.
 *
 * <p>Content locales are identifiers stored with every translation, so they are validated once here
 * and compared as plain values everywhere else.
 */
public record LocaleTag(String value) implements Comparable<LocaleTag> {

    public LocaleTag {
        Objects.requireNonNull(value, "locale tag");
        if (value.isBlank() || value.length() > 35) {
            throw new IllegalArgumentException("not a BCP 47 language tag: " + value);
        }
        try {
            Locale locale = new Locale.Builder().setLanguageTag(value).build();
            value = locale.toLanguageTag();
        } catch (IllformedLocaleException e) {
            throw new IllegalArgumentException("not a BCP 47 language tag: " + value, e);
        }
        if (value.equals("und")) {
            throw new IllegalArgumentException("not a BCP 47 language tag: " + value);
        }
    }

    public static LocaleTag of(String value) {
        return new LocaleTag(value);
    }

    /** Whether {@code candidate} parses as a language tag; for validators that report instead of throwing. */
    public static boolean isWellFormed(String candidate) {
        try {
            new LocaleTag(candidate);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    public Locale toLocale() {
        return Locale.forLanguageTag(value);
    }

    @Override
    public int compareTo(LocaleTag other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
