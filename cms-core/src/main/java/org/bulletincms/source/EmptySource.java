package org.bulletincms.source;

/** The upload has no bytes at all; there is nothing to keep or extract. */
public class EmptySource extends RuntimeException {

    public EmptySource() {
        super("source is empty", null, false, false);
    }
}
