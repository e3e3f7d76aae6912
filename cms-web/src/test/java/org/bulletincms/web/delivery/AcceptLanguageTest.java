package org.bulletincms.web.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class AcceptLanguageTest {

    @Test
    void rangesComeMostWantedFirstAndEquallyWantedInTheClientsOrder() {
        assertEquals(List.of("fr", "en-US", "zh-CN"), tags(AcceptLanguage.parse("zh-CN;q=0.5, fr, en-US")));
    }

    @Test
    void aRangeWithQualityZeroIsNotAcceptable() {
        assertEquals(List.of("en"), tags(AcceptLanguage.parse("zh-CN;q=0, en")));
    }

    @Test
    void theWildcardIsKeptForNegotiationToStopAt() {
        List<Locale> ranges = AcceptLanguage.parse("de;q=0.9, *;q=0.5");
        assertEquals("*", ranges.get(1).getLanguage());
    }

    @Test
    void noHeaderOrAnEmptyOneAcceptsNothingInParticular() {
        assertEquals(List.of(), AcceptLanguage.parse(null));
        assertEquals(List.of(), AcceptLanguage.parse(" "));
    }

    @Test
    void anUnreadableQualityCountsAsOne() {
        assertEquals(List.of("en", "zh-CN"), tags(AcceptLanguage.parse("en;q=abc, zh-CN;q=0.2")));
    }

    private static List<String> tags(List<Locale> locales) {
        return locales.stream().map(Locale::toLanguageTag).toList();
    }
}
