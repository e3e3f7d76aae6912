package org.bulletincms.exchange;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What the memory indexes a source text by so that a near match is found without comparing a segment with every
 * entry: its length in code points (a text within {@link Similarity#NEAR_MATCH_THRESHOLD} per cent of another is at
 * most that much shorter or longer) and a MinHash sketch of its character trigrams in {@link #BANDS} bands of
 * {@link #ROWS} hashes (locality-sensitive hashing). Two texts share a band key with a probability that grows
 * steeply with the share of trigrams they have in common (Jaccard similarity J): {@code 1 − (1 − J²)¹⁰}, 94 % at
 * J = 0.5 (a 100-character text with a 30-character stretch rewritten), 10 % at J = 0.1 (unrelated texts of one
 * language). Only entries sharing a key are compared with {@link Similarity}. The hashes have fixed seeds: the same
 * text always has the same keys, on every node and after a restart. Immutable.
 *
 * @param length the text's length in code points
 * @param keys   one key per band, the band's number in the top bits
 */
public record SourceSketch(int length, Set<Long> keys) {

    /** Bands of the sketch; a candidate shares at least one band's key. */
    public static final int BANDS = 10;

    /** Hashes per band; a band's key is made of all of them. */
    public static final int ROWS = 2;

    private static final int GRAM = 3;

    public SourceSketch {
        keys = Set.copyOf(keys);
    }

    /** The sketch of a text (the words of a rich text, without markup). */
    public static SourceSketch of(String text) {
        int[] points = text.codePoints().toArray();
        Set<String> grams = new HashSet<>();
        if (points.length < GRAM) {
            grams.add(text);
        } else {
            for (int i = 0; i + GRAM <= points.length; i++) {
                grams.add(new String(points, i, GRAM));
            }
        }
        Set<Long> keys = new LinkedHashSet<>();
        for (int band = 0; band < BANDS; band++) {
            long key = band;
            for (int row = 0; row < ROWS; row++) {
                int seed = band * ROWS + row;
                int least = Integer.MAX_VALUE;
                for (String gram : grams) {
                    least = Math.min(least, hash(gram, seed));
                }
                key = key * 31 + least;
            }
            keys.add(((long) band << 56) | (key & 0x00FF_FFFF_FFFF_FFFFL));
        }
        return new SourceSketch(points.length, keys);
    }

    /** The shortest length a text within the threshold of this one can have. */
    public int shortestNear() {
        return (int) Math.ceil(length * Similarity.NEAR_MATCH_THRESHOLD / 100.0);
    }

    /** The longest length a text within the threshold of this one can have. */
    public int longestNear() {
        return (int) Math.floor(length * 100.0 / Similarity.NEAR_MATCH_THRESHOLD);
    }

    /** A seeded 32-bit mix of a trigram (MurmurHash3's finaliser over the code points), stable across JVMs. */
    private static int hash(String gram, int seed) {
        int h = 0x9747b28c ^ (seed * 0x5bd1e995);
        for (int i = 0; i < gram.length(); i++) {
            h ^= gram.charAt(i);
            h *= 0x5bd1e995;
            h ^= h >>> 15;
        }
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h;
    }
}
