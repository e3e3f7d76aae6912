package org.bulletincms.workflow;

/** Translations go into the publication's target locales only; the source locale is the editors' (422). */
public class NotATargetLocale extends RuntimeException {

    private final String locale;

    public NotATargetLocale(String locale) {
        super(locale + " is not a target locale of the publication");
        this.locale = locale;
    }

    public String locale() {
        return locale;
    }
}
