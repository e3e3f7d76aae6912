package org.bulletincms.translation;

import java.util.Locale;

/**
 * Where an item stands in one target locale. Outdated is detected, not declared: the source changed after
 * the translation was made.
 */
public enum TranslationStatus {
    MISSING,
    IN_PROGRESS,
    DONE,
    OUTDATED;

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Whether this status keeps the issue from review. */
    public boolean blocksReview() {
        return this == MISSING || this == OUTDATED;
    }
}
