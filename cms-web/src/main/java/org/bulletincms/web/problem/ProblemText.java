package org.bulletincms.web.problem;

import jakarta.json.JsonValue;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * Renders problem titles and details in the caller's language (zh or en) from the {@code problems} bundle.
 */
public final class ProblemText {

    private static final String BUNDLE = "org.bulletincms.web.problem.problems";

    private final ResourceBundle bundle;
    private final Locale locale;

    private ProblemText(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(
                BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Chinese for callers that prefer any Chinese variant, English otherwise. */
    public static ProblemText forLanguages(List<Locale> acceptableLanguages) {
        return new ProblemText(languageOf(acceptableLanguages));
    }

    /**
     * The language people are answered in (problem texts, violation messages): the first of zh and en that
     * the caller accepts, English when neither.
     */
    public static Locale languageOf(List<Locale> acceptableLanguages) {
        for (Locale candidate : acceptableLanguages) {
            if ("zh".equals(candidate.getLanguage())) {
                return Locale.CHINESE;
            }
            if ("en".equals(candidate.getLanguage())) {
                return Locale.ENGLISH;
            }
        }
        return Locale.ENGLISH;
    }

    /** The language the texts are in. */
    public Locale locale() {
        return locale;
    }

    /** A problem of a type whose status is the type's own. */
    Problem problem(ProblemType type, String detailKey, Object... arguments) {
        return problem(type, Map.of(), detailKey, arguments);
    }

    /** A problem of a type whose status is the type's own, with members besides the standard ones. */
    Problem problem(ProblemType type, Map<String, JsonValue> extensions, String detailKey, Object... arguments) {
        return new Problem(
                type, type.status(), title(type), detail(detailKey, arguments), Optional.empty(), extensions);
    }

    public String title(ProblemType type) {
        return text(type.slug() + ".title");
    }

    public String detail(String key, Object... arguments) {
        return new MessageFormat(text(key), locale).format(arguments);
    }

    private String text(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
