package org.bulletincms.limit;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A stream that lets at most {@code limit} bytes through and counts them: the read that would pass the limit calls
 * the caller's {@link Exceeded} instead of returning, so an oversized input is never read whole. Bytes skipped count
 * as read. Not thread-safe, like any stream; closing it closes the wrapped stream.
 */
public final class LimitedInput extends FilterInputStream {

    /** What to do when the limit is passed: throw the refusal the caller answers with. */
    @FunctionalInterface
    public interface Exceeded {

        /** Called once more than {@code limit} bytes were read; must throw. */
        void passed(long limit) throws IOException;
    }

    private final long limit;
    private final Exceeded exceeded;
    private long count;
    private boolean passed;

    public LimitedInput(InputStream in, long limit, Exceeded exceeded) {
        super(in);
        if (limit < 0) {
            throw new IllegalArgumentException("a limit of " + limit + " bytes");
        }
        this.limit = limit;
        this.exceeded = exceeded;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        if (skipped > 0) {
            count(skipped);
        }
        return skipped;
    }

    /** Marking would let bytes be read twice and counted twice. */
    @Override
    public boolean markSupported() {
        return false;
    }

    /** How many bytes came through so far. */
    public long count() {
        return count;
    }

    /** Whether the limit was passed (for a caller whose parser wraps the refusal in an exception of its own). */
    public boolean passed() {
        return passed;
    }

    private void count(long n) throws IOException {
        count += n;
        if (count > limit) {
            passed = true;
            exceeded.passed(limit);
            throw new IllegalStateException("Exceeded.passed must throw");
        }
    }
}
