package org.bulletincms.exchange;

import java.util.Arrays;
import java.util.OptionalInt;

/**
 * How alike two texts are, as CAT tools show it: {@code 100 × (1 − d / n)} per cent, rounded down, where {@code d}
 * is the Levenshtein distance between the two texts counted in code points (a Chinese character is one, as is a
 * Latin letter) and {@code n} the longer text's length in code points. Equal texts are 100, texts with nothing in
 * common 0. A rich text is compared by its words, without its markup. The distance is computed only as far as it
 * can still reach the threshold (a band of the dynamic-programming table), so a hopeless candidate costs little.
 */
public final class Similarity {

    /** The least similarity the memory offers as a near match, in per cent. */
    public static final int NEAR_MATCH_THRESHOLD = 70;

    private Similarity() {}

    /** The similarity of two texts in per cent, when it is at least {@code threshold}. */
    public static OptionalInt atLeast(String a, String b, int threshold) {
        int[] x = a.codePoints().toArray();
        int[] y = b.codePoints().toArray();
        int longer = Math.max(x.length, y.length);
        if (longer == 0) {
            return OptionalInt.of(100);
        }
        // the most edits that still leave the similarity at the threshold or above
        int allowed = longer * (100 - threshold) / 100;
        int distance = boundedDistance(x, y, allowed);
        if (distance > allowed) {
            return OptionalInt.empty();
        }
        int percent = (int) ((long) (longer - distance) * 100 / longer);
        return percent >= threshold ? OptionalInt.of(percent) : OptionalInt.empty();
    }

    /** The similarity of two texts in per cent. */
    public static int of(String a, String b) {
        return atLeast(a, b, 0).orElseThrow();
    }

    /** The Levenshtein distance of two code point arrays, or {@code bound + 1} when it is larger than the bound. */
    static int boundedDistance(int[] x, int[] y, int bound) {
        if (Math.abs(x.length - y.length) > bound) {
            return bound + 1;
        }
        int over = bound + 1;
        int[] previous = new int[y.length + 1];
        int[] current = new int[y.length + 1];
        for (int j = 0; j <= y.length; j++) {
            previous[j] = j <= bound ? j : over;
        }
        for (int i = 1; i <= x.length; i++) {
            int from = Math.max(1, i - bound);
            int to = Math.min(y.length, i + bound);
            Arrays.fill(current, over);
            current[0] = i <= bound ? i : over;
            int best = current[0];
            for (int j = from; j <= to; j++) {
                int substitution = previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1);
                int deletion = previous[j] + 1;
                int insertion = current[j - 1] + 1;
                current[j] = Math.min(over, Math.min(substitution, Math.min(deletion, insertion)));
                best = Math.min(best, current[j]);
            }
            if (best > bound) {
                return over;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[y.length];
    }
}
