package org.bulletincms.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalInt;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SimilarityTest {

    @Test
    void equalTextsAreAHundredPerCent() {
        assertEquals(100, Similarity.of("Programme news", "Programme news"));
        assertEquals(100, Similarity.of("", ""));
    }

    @Test
    void theScoreIsOneMinusTheEditDistanceOverTheLongerLengthRoundedDown() {
        // kitten → sitting: three edits, seven letters: 4/7
        assertEquals(57, Similarity.of("kitten", "sitting"));
        assertEquals(0, Similarity.of("abc", "xyz"));
    }

    @Test
    void aChineseCharacterIsOneEditLikeALetter() {
        // seed 2021 No. 4: 4个特点 → 四个特点
        assertEquals(75, Similarity.of("4个特点", "四个特点"));
        // a character outside the BMP is one code point, not two
        assertEquals(80, Similarity.of("𠀋个特点啊", "𠀀个特点啊"));
    }

    @Test
    void belowTheThresholdThereIsNoScore() {
        assertEquals(OptionalInt.empty(), Similarity.atLeast("kitten", "sitting", Similarity.NEAR_MATCH_THRESHOLD));
        assertEquals(
                OptionalInt.of(94),
                Similarity.atLeast("Partners' meeting", "Partners’ meeting", Similarity.NEAR_MATCH_THRESHOLD));
    }

    @Test
    void theBandedDistanceIsTheFullDistanceWheneverItIsWithinTheBound() {
        Random random = new Random(18);
        for (int round = 0; round < 2_000; round++) {
            int[] x = random.ints(random.nextInt(25), 'a', 'e').toArray();
            int[] y = random.ints(random.nextInt(25), 'a', 'e').toArray();
            int bound = random.nextInt(12);
            int full = levenshtein(x, y);
            int banded = Similarity.boundedDistance(x, y, bound);
            assertEquals(full <= bound ? full : bound + 1, banded, () -> "bound " + bound);
        }
    }

    @Test
    void aTextWithinTheThresholdIsWithinItsSketchsLengthWindow() {
        SourceSketch sketch = SourceSketch.of("a".repeat(70));
        assertEquals(49, sketch.shortestNear());
        assertEquals(100, sketch.longestNear());
        assertTrue(Similarity.atLeast("a".repeat(70), "a".repeat(100), 70).isPresent());
        assertTrue(Similarity.atLeast("a".repeat(70), "a".repeat(101), 70).isEmpty());
    }

    private static int levenshtein(int[] x, int[] y) {
        int[][] d = new int[x.length + 1][y.length + 1];
        for (int i = 0; i <= x.length; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= y.length; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= x.length; i++) {
            for (int j = 1; j <= y.length; j++) {
                d[i][j] = Math.min(
                        d[i - 1][j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1), Math.min(d[i - 1][j], d[i][j - 1]) + 1);
            }
        }
        return d[x.length][y.length];
    }
}
