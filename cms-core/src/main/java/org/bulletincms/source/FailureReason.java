package org.bulletincms.source;

import java.util.Locale;

/**
 * Why the text of a source could not be extracted. Each reason tells the editor what to do: most mean the file
 * itself must change (decrypt it, split it, export it again); {@link #INTERRUPTED} means it may simply be tried
 * again.
 */
public enum FailureReason {
    /** Parsing took longer than {@code cms.sources.parse-timeout-seconds}. */
    TIMEOUT,
    /** The parser needed more than {@code cms.sources.parser-heap-mb}. */
    OUT_OF_MEMORY,
    /** The text is longer than {@code cms.sources.max-extracted-characters}. */
    WRITE_LIMIT,
    /** The file expands far beyond its size or nests deeper than any real document (a zip or XML bomb). */
    SUSPECTED_BOMB,
    /** The file is password-protected. */
    ENCRYPTED,
    /** The parser could not read the file (corrupt, truncated, or refused as unsafe, e.g. a DOCTYPE in OOXML). */
    UNPARSEABLE,
    /** A closer look found a type the product does not accept (the upload could only tell "some Office file"). */
    UNSUPPORTED_TYPE,
    /** The parser process died without saying why. */
    CRASHED,
    /** The server stopped during the extraction more than once; see {@code cms.sources.max-attempts}. */
    INTERRUPTED;

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
