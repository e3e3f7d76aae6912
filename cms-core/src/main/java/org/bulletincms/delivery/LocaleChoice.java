package org.bulletincms.delivery;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.bulletincms.locale.LocaleTag;

/**
 * Which locale a delivery response is in. The rules, as documented for front ends:
 * <ol>
 * <li>{@code ?locale=} names a locale of the publication → that locale;</li>
 * <li>otherwise the first {@code Accept-Language} range that matches a publication locale (exactly, or by
 *     language: {@code zh} and {@code zh-TW} match {@code zh-CN}) → that locale;</li>
 * <li>otherwise → the publication's source locale, and the response says it fell back.</li>
 * </ol>
 * Items not translated into the chosen locale are served in the source locale and say so item by item. The web
 * edge reads the parameter and {@code Accept-Language}; previews and the delivery API apply the same rules.
 */
public record LocaleChoice(LocaleTag served, Optional<String> requested, boolean fallback) {

    public static LocaleChoice of(
            Optional<String> parameter, List<Locale> acceptable, List<LocaleTag> locales, LocaleTag source) {
        if (parameter.isPresent()) {
            Optional<LocaleTag> match = match(parameter.get(), locales);
            return match.map(tag -> new LocaleChoice(tag, parameter, false))
                    .orElseGet(() -> new LocaleChoice(source, parameter, true));
        }
        for (Locale range : acceptable) {
            if (range.getLanguage().equals("*")) {
                break;
            }
            Optional<LocaleTag> match = match(range.toLanguageTag(), locales);
            if (match.isPresent()) {
                return new LocaleChoice(match.get(), Optional.of(range.toLanguageTag()), false);
            }
        }
        return new LocaleChoice(
                source,
                acceptable.isEmpty()
                        ? Optional.empty()
                        : Optional.of(acceptable.get(0).toLanguageTag()),
                !acceptable.isEmpty() && !acceptable.get(0).getLanguage().equals("*"));
    }

    private static Optional<LocaleTag> match(String wanted, List<LocaleTag> locales) {
        String lower = wanted.toLowerCase(Locale.ROOT);
        for (LocaleTag tag : locales) {
            if (tag.value().toLowerCase(Locale.ROOT).equals(lower)) {
                return Optional.of(tag);
            }
        }
        String language = lower.split("-")[0];
        for (LocaleTag tag : locales) {
            if (tag.toLocale().getLanguage().equals(language)) {
                return Optional.of(tag);
            }
        }
        return Optional.empty();
    }
}
