package org.bulletincms.sectiontype;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The bidirectional embeddings, overrides and isolates one text opens (Unicode's bidi algorithm, UAX #9), so that
 * {@link EscapingHtmlSink} can close them at the end of the text: a right-to-left override in a title would
 * otherwise reverse everything after it on the page, the trick that makes {@code exe.txt} read as {@code txt.exe}.
 * A closing character without its opening is dropped, so a value cannot close what the page opened either. One
 * per text; not thread-safe.
 */
final class BidiNesting {

    private static final char LRE = '\u202A';
    private static final char RLE = '\u202B';
    private static final char PDF = '\u202C';
    private static final char LRO = '\u202D';
    private static final char RLO = '\u202E';
    private static final char LRI = '\u2066';
    private static final char RLI = '\u2067';
    private static final char FSI = '\u2068';
    private static final char PDI = '\u2069';

    /** What each open level needs to be closed with: {@link #PDF} or {@link #PDI}; created on first use. */
    private Deque<Character> open;

    static boolean isControl(char c) {
        return (c >= LRE && c <= RLO) || (c >= LRI && c <= PDI);
    }

    /** Writes a control character if it opens a level or closes an open one; drops it otherwise. */
    void accept(char control, StringBuilder out) {
        if (open == null) {
            open = new ArrayDeque<>();
        }
        switch (control) {
            case LRE, RLE, LRO, RLO -> {
                open.push(PDF);
                out.append(control);
            }
            case LRI, RLI, FSI -> {
                open.push(PDI);
                out.append(control);
            }
            case PDF -> {
                // Inside an isolate, a PDF cannot close an embedding opened outside it (UAX #9, X7).
                if (!open.isEmpty() && open.peek() == PDF) {
                    open.pop();
                    out.append(PDF);
                }
            }
            default -> {
                // PDI closes its isolate and every embedding opened inside it (UAX #9, X6a).
                if (open.contains(PDI)) {
                    char closed;
                    do {
                        closed = open.pop();
                    } while (closed != PDI);
                    out.append(PDI);
                }
            }
        }
    }

    /** Closes every level still open, innermost first. */
    void closeAll(StringBuilder out) {
        while (open != null && !open.isEmpty()) {
            out.append(open.pop());
        }
    }
}
