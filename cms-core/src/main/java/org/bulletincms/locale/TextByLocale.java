package org.bulletincms.locale;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A short human text given in several content locales, such as a publication's title
 * ({@code 可持续公共采购计划简报} / {@code SPP Programme Newsletter}). Immutable.
 */
public final class TextByLocale {

    private final Map<LocaleTag, String> texts;

    private TextByLocale(Map<LocaleTag, String> texts) {
        this.texts = Collections.unmodifiableMap(new LinkedHashMap<>(texts));
    }

    public static TextByLocale of(Map<LocaleTag, String> texts) {
        texts.forEach((locale, text) -> {
            if (text == null || text.isBlank()) {
                throw new IllegalArgumentException("empty text for " + locale);
            }
        });
        return new TextByLocale(texts);
    }

    public static TextByLocale empty() {
        return new TextByLocale(Map.of());
    }

    public Optional<String> in(LocaleTag locale) {
        return Optional.ofNullable(texts.get(locale));
    }

    public Set<LocaleTag> locales() {
        return texts.keySet();
    }

    public Map<LocaleTag, String> asMap() {
        return texts;
    }

    public boolean isEmpty() {
        return texts.isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TextByLocale other && texts.equals(other.texts);
    }

    @Override
    public int hashCode() {
        return texts.hashCode();
    }

    @Override
    public String toString() {
        return texts.toString();
    }
}
