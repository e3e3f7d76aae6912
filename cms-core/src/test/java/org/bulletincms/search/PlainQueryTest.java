package org.bulletincms.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PlainQueryTest {

    @Test
    void aRunOfChineseCharactersBecomesAPhrase() {
        assertEquals("\"绿色公共采购\"", PlainQuery.chineseRunsAsPhrases("绿色公共采购"));
    }

    @Test
    void chinesePunctuationIsLeftOutsideThePhrase() {
        assertEquals("《 \"夏乐宫宣言\" 》", PlainQuery.chineseRunsAsPhrases("《夏乐宫宣言》"));
    }

    @Test
    void anExcludedChineseWordStaysExcluded() {
        assertEquals("\"公共采购\" -\"食品\"", PlainQuery.chineseRunsAsPhrases("公共采购 -食品"));
    }

    @Test
    void everyPartOfAnExcludedMixedWordIsExcluded() {
        assertEquals("-abc -\"绿色\" -x", PlainQuery.chineseRunsAsPhrases("-abc绿色x"));
    }

    @Test
    void aQuotedPhraseIsLeftAsItIs() {
        assertEquals("\"公共 采购\" \"食品\"", PlainQuery.chineseRunsAsPhrases("\"公共 采购\" 食品"));
    }

    @Test
    void latinWordsAreLeftAsTheyAre() {
        assertEquals("public procurement -cars", PlainQuery.chineseRunsAsPhrases("public procurement -cars"));
    }

    @Test
    void aHyphenInsideAWordExcludesNothing() {
        assertEquals("e- \"采购\"", PlainQuery.chineseRunsAsPhrases("e-采购"));
    }
}
