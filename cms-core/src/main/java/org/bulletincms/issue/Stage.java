package org.bulletincms.issue;

/** Where an issue is in the editorial workflow: draft → in translation → in review → approved → published. */
public enum Stage {
    DRAFT,
    IN_TRANSLATION,
    IN_REVIEW,
    APPROVED,
    PUBLISHED;

    /** The stage as the API writes it: {@code in-translation}. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
