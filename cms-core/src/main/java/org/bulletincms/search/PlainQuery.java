package org.bulletincms.search;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;

/**
 * What a reader's search words may mean: words that must all match, {@code "a phrase"}, and {@code -word} to
 * exclude one. Nothing else is an operator: {@code foo~2} (fuzzy), {@code a*} (prefix), {@code ?}, {@code field:x},
 * {@code |} and parentheses are searched as the words they contain. Fuzzy and prefix queries expand to many terms
 * and cost the server far more than the words do; anonymous callers reach delivery search, so they get the cheap
 * syntax only.
 */
public final class PlainQuery {

    /** The simple-query-string operators readers may use; pass to {@code simpleQueryString().flags(…)}. */
    public static final Set<SimpleQueryFlag> FLAGS = Collections.unmodifiableSet(
            EnumSet.of(SimpleQueryFlag.AND, SimpleQueryFlag.NOT, SimpleQueryFlag.PHRASE, SimpleQueryFlag.WHITESPACE));

    private PlainQuery() {}

    /**
     * The query for a field analysed as Chinese, where every run of Han characters outside quotes becomes a phrase:
     * {@code 绿色公共采购 -食品} reads {@code "绿色公共采购" -"食品"}. An index that holds Chinese as single characters
     * (OpenSearch without {@code cjk_bigram}) would otherwise match a document holding each character anywhere; with
     * bigrams (Lucene) the phrase asks for the same pairs, in order. A run inside a word ({@code abc绿色}) is cut off
     * from it, and a {@code -} in front of the word excludes every part.
     */
    public static String chineseRunsAsPhrases(String query) {
        StringBuilder out = new StringBuilder(query.length() + 8);
        boolean quoted = false;
        boolean wordExcluded = false;
        boolean atWordStart = true;
        int i = 0;
        while (i < query.length()) {
            int c = query.codePointAt(i);
            if (c == '"') {
                quoted = !quoted;
            }
            if (quoted || c == '"' || !isHan(c)) {
                if (Character.isWhitespace(c)) {
                    atWordStart = true;
                    wordExcluded = false;
                } else {
                    if (atWordStart && c == '-' && !quoted) {
                        wordExcluded = true;
                    }
                    atWordStart = false;
                }
                out.appendCodePoint(c);
                i += Character.charCount(c);
                continue;
            }
            int end = i;
            while (end < query.length() && isHan(query.codePointAt(end))) {
                end += Character.charCount(query.codePointAt(end));
            }
            boolean rightAfterMinus = out.length() > 0 && out.charAt(out.length() - 1) == '-' && wordExcluded;
            if (!rightAfterMinus && !atWordStart) {
                out.append(' ');
                if (wordExcluded) {
                    out.append('-');
                }
            }
            out.append('"').append(query, i, end).append('"');
            if (end < query.length() && !Character.isWhitespace(query.codePointAt(end))) {
                out.append(' ');
                if (wordExcluded) {
                    out.append('-');
                }
            }
            atWordStart = false;
            i = end;
        }
        return out.toString();
    }

    private static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }
}
