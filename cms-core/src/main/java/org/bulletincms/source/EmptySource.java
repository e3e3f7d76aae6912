package org.bulletincms.source;

import org.bulletincms.refusal.Refusal;

/**
 * The upload has no bytes at all; there is nothing to keep or extract. Answers {@code malformed-request}, the type it
 * had before refusals had codes.
 */
public class EmptySource extends Refusal {

    public EmptySource() {
        super("malformed-request", Kind.MALFORMED, "source is empty");
    }

    @Override
    public String detailKey() {
        return "source-empty";
    }
}
