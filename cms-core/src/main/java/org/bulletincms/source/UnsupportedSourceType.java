package org.bulletincms.source;

/** The upload's bytes are of a type that is not a source report (see {@link SourceType}); nothing was kept. */
public class UnsupportedSourceType extends RuntimeException {

    private final String detected;

    public UnsupportedSourceType(String detected) {
        super("unsupported source type " + detected, null, false, false);
        this.detected = detected;
    }

    /** The media type the bytes were found to have. */
    public String detected() {
        return detected;
    }
}
