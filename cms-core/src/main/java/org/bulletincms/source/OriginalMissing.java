package org.bulletincms.source;

import org.bulletincms.refusal.Refusal;

/**
 * The store does not hold a source's original (see {@link MissingOriginal}); the source's row, text and links are
 * kept, and the original is served again once the store holds it.
 */
public class OriginalMissing extends Refusal {

    public OriginalMissing(String key) {
        super("original-missing", Kind.UNAVAILABLE, "the source store does not hold the original " + key);
    }
}
