package org.bulletincms.delivery;

import org.bulletincms.refusal.Refusal;

/**
 * The issue is published in this locale but its print PDF is not made yet: a job makes it just after the publish
 * commit ({@link PrintJobs}), in about a second. The same request succeeds shortly (503 with {@code Retry-After}).
 */
public class PrintNotReady extends Refusal {

    /** Seconds to wait before asking again: a few PDFs' time. */
    public static final int RETRY_AFTER_SECONDS = 5;

    public PrintNotReady() {
        super("print-not-ready", Kind.UNAVAILABLE, "the print PDF is not made yet", RETRY_AFTER_SECONDS);
    }
}
