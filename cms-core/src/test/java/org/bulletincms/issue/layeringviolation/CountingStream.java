package org.bulletincms.issue.layeringviolation;

import java.io.FilterInputStream;
import java.io.InputStream;

/** A bounded stream of its own beside LimitedInput: LayeringTest must refuse it. */
public final class CountingStream extends FilterInputStream {

    public CountingStream(InputStream in) {
        super(in);
    }
}
