package org.bulletincms.workflow;

import org.bulletincms.refusal.Refusal;

/** Translations go into the publication's target locales only; the source locale is the editors' (422). */
public class NotATargetLocale extends Refusal {

    private final String locale;

    public NotATargetLocale(String locale) {
        super("not-a-target-locale", Kind.INVALID, locale + " is not a target locale of the publication", locale);
        this.locale = locale;
    }

    public String locale() {
        return locale;
    }
}
