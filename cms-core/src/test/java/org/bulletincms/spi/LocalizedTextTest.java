package org.bulletincms.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LocalizedTextTest {

    private final LocalizedText label = LocalizedText.of("标题", "Title");

    @Test
    void findsTheLanguageOfARegionalTag() {
        assertEquals("标题", label.get("zh-CN"));
        assertEquals("标题", label.get(Locale.SIMPLIFIED_CHINESE));
        assertEquals("Title", label.get("en-GB"));
    }

    @Test
    void prefersTheExactTag() {
        LocalizedText regional = new LocalizedText(Map.of("zh", "标题", "zh-TW", "標題", "en", "Title"));

        assertEquals("標題", regional.get("zh-TW"));
        assertEquals("标题", regional.get("zh-CN"));
    }

    @Test
    void findsAnotherTagOfTheSameLanguage() {
        assertEquals("標題", new LocalizedText(Map.of("zh-Hant", "標題", "en", "Title")).get("zh"));
    }

    @Test
    void fallsBackToEnglish() {
        assertEquals("Title", label.get("fr"));
    }

    @Test
    void isEmptyWithoutAnyText() {
        assertEquals("", LocalizedText.none().get("zh"));
    }

    @Test
    void refusesAKeyThatIsNotALanguageTag() {
        assertThrows(IllegalArgumentException.class, () -> new LocalizedText(Map.of("zh_CN", "标题")));
    }
}
