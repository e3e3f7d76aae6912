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

    /**
     * What the editor can do about it, in words; the parser's own message (exception class, object ids) goes to
     * the server log only. The editorial UI shows its own zh/en text for each {@link #code()}.
     */
    public String advice() {
        return switch (this) {
            case TIMEOUT ->
                "Extracting the text took too long. Split the file, or export it again (for example as"
                        + " PDF), and upload the result.";
            case OUT_OF_MEMORY ->
                "Extracting the text needed more memory than allowed. Split the file and upload the" + " parts.";
            case WRITE_LIMIT -> "The file has more text than allowed. Split it and upload the parts.";
            case SUSPECTED_BOMB ->
                "The file expands far beyond its size or nests deeper than any real document. Open"
                        + " it in the program that made it, save or export it again, and upload the copy.";
            case ENCRYPTED -> "The file is password-protected. Save a copy without the password and upload that.";
            case UNPARSEABLE ->
                "The file could not be read: it may be damaged or incomplete, or use a feature refused"
                        + " as unsafe. Open it in the program that made it, save or export it again (for example as PDF),"
                        + " and upload the copy.";
            case UNSUPPORTED_TYPE ->
                "A closer look found a kind of file that is not a source report. Export it as"
                        + " PDF or Word and upload that.";
            case CRASHED ->
                "The text extractor stopped unexpectedly. Upload the file again later; if it fails again,"
                        + " export it again (for example as PDF).";
            case INTERRUPTED ->
                "The server stopped during the extraction too often. Upload the file again; if it"
                        + " keeps failing, export it again (for example as PDF).";
        };
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
