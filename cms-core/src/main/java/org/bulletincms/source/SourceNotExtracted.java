package org.bulletincms.source;

/** The source's text was asked for before its extraction is done (or after it failed). */
public class SourceNotExtracted extends RuntimeException {

    private final ExtractionStatus status;

    public SourceNotExtracted(ExtractionStatus status) {
        super("source text not available while " + status.code(), null, false, false);
        this.status = status;
    }

    public ExtractionStatus status() {
        return status;
    }
}
