package org.bulletincms.source;

import java.util.Locale;

/** Where a source's text extraction stands. Only {@link #DONE} has text; only {@link #FAILED} has a reason. */
public enum ExtractionStatus {
    QUEUED,
    EXTRACTING,
    DONE,
    FAILED;

    /** The lower-case code used in the API and the database. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
