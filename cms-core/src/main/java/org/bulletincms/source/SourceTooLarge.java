package org.bulletincms.source;

/** The upload is larger than {@code cms.sources.max-upload-bytes}; nothing of it was kept. */
public class SourceTooLarge extends RuntimeException {

    private final long maxBytes;

    public SourceTooLarge(long maxBytes) {
        super("source larger than " + maxBytes + " bytes", null, false, false);
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }
}
