package org.bulletincms.source;

/**
 * The store does not hold a source's original (see {@link MissingOriginal}); the source's row, text and links are
 * kept, and the original is served again once the store holds it.
 */
public class OriginalMissing extends RuntimeException {

    public OriginalMissing(String key) {
        super("the source store does not hold the original " + key, null, false, false);
    }
}
