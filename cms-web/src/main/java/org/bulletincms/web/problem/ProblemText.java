package org.bulletincms.web.problem;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
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
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Chinese for callers that prefer any Chinese variant, English otherwise. */
    public static ProblemText forLanguages(List<Locale> acceptableLanguages) {
        for (Locale candidate : acceptableLanguages) {
            if ("zh".equals(candidate.getLanguage())) {
                return new ProblemText(Locale.CHINESE);
            }
            if ("en".equals(candidate.getLanguage())) {
                return new ProblemText(Locale.ENGLISH);
            }
        }
        return new ProblemText(Locale.ENGLISH);
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
