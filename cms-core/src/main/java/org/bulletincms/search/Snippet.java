package org.bulletincms.search;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A short plain-text excerpt of a hit around the first place the query (or one of its words) occurs, so a
 * reader sees why it matched. Plain text, never HTML: front ends escape and highlight as they like.
 */
public final class Snippet {

    /** The longest snippet, in characters, ellipses included. */
    public static final int MAX_LENGTH = 160;

    private static final Pattern QUERY_SYNTAX = Pattern.compile("[\"+\\-|*()~《》「」“”]");

    private Snippet() {}

    public static String of(String text, String query) {
        if (text.length() <= MAX_LENGTH) {
            return text;
        }
        int at = firstOccurrence(text, query);
        int start = Math.max(0, Math.min(at - MAX_LENGTH / 4, text.length() - (MAX_LENGTH - 2)));
        int end = Math.min(text.length(), start + MAX_LENGTH - 2);
        return (start > 0 ? "…" : "") + text.substring(start, end).strip() + (end < text.length() ? "…" : "");
    }

    private static int firstOccurrence(String text, String query) {
        String haystack = text.toLowerCase(Locale.ROOT);
        String cleaned = QUERY_SYNTAX
                .matcher(query.toLowerCase(Locale.ROOT))
                .replaceAll(" ")
                .strip();
        int whole = cleaned.isEmpty() ? -1 : haystack.indexOf(cleaned);
        if (whole >= 0) {
            return whole;
        }
        int first = -1;
        for (String word : cleaned.split("\\s+")) {
            int at = word.isEmpty() ? -1 : haystack.indexOf(word);
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        return Math.max(first, 0);
    }
}
