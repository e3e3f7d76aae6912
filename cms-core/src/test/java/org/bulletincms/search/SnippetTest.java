package org.bulletincms.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SnippetTest {

    @Test
    void aShortTextIsItsOwnSnippet() {
        assertEquals("可持续公共食品采购", Snippet.of("可持续公共食品采购", "食品"));
    }

    @Test
    void aLongTextIsCutAroundTheFirstOccurrenceOfThePhrase() {
        String text = "甲".repeat(500) + "《夏乐宫宣言》" + "乙".repeat(500);

        String snippet = Snippet.of(text, "《夏乐宫宣言》");

        assertTrue(snippet.contains("夏乐宫宣言"), snippet);
        assertTrue(snippet.startsWith("…") && snippet.endsWith("…"), snippet);
        assertTrue(snippet.length() <= Snippet.MAX_LENGTH, () -> snippet.length() + " characters");
    }

    @Test
    void aWordOfTheQueryIsFoundWhenTheWholeQueryIsNot() {
        String text = "x ".repeat(200) + "sustainable public procurement of food " + "y ".repeat(200);

        assertTrue(Snippet.of(text, "\"Procurement\" -cars").contains("procurement"));
    }

    @Test
    void withoutAnyMatchTheSnippetIsTheBeginning() {
        String text = "z".repeat(400);

        assertEquals("z".repeat(Snippet.MAX_LENGTH - 2) + "…", Snippet.of(text, "nothing"));
    }
}
