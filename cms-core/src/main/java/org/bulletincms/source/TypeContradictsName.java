package org.bulletincms.source;

/**
 * The upload's bytes are of an accepted type that its name contradicts (HTML named {@code report.pdf}): a
 * disguised file, or a mistake the uploader should see before anyone opens it. Nothing was kept.
 */
public class TypeContradictsName extends RuntimeException {

    private final SourceFileName name;
    private final SourceType detected;

    public TypeContradictsName(SourceFileName name, SourceType detected) {
        super("a file named " + name + " holds " + detected.mediaType(), null, false, false);
        this.name = name;
        this.detected = detected;
    }

    public SourceFileName name() {
        return name;
    }

    /** The type the bytes were found to have. */
    public SourceType detected() {
        return detected;
    }
}
