package org.bulletincms.sectiontype;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.bulletincms.spi.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ViolationMessagesTest {

    private final ViolationMessages messages = new ViolationMessages();

    @ParameterizedTest
    @EnumSource(GenericViolation.class)
    void everyCoreKeyHasAChineseAnEnglishAndARootText(GenericViolation violation) {
        for (Locale locale : List.of(Locale.CHINESE, Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH, Locale.ROOT)) {
            assertTrue(
                    messages.hasCoreText(violation.key(), locale),
                    violation.key() + " has no text for '" + locale + "'");
        }
    }

    @Test
    void chineseAndEnglishBundlesAreDifferentTranslationsOfTheSameKeys() {
        ResourceBundle zh = ResourceBundle.getBundle(ViolationMessages.BUNDLE, Locale.CHINESE);
        ResourceBundle en = ResourceBundle.getBundle(ViolationMessages.BUNDLE, Locale.ENGLISH);

        assertEquals(en.keySet(), zh.keySet());
        assertTrue(zh.getString("field.required").contains("必填"));
    }

    @Test
    void rendersACoreViolationWithItsArguments() {
        Violation tooLong = Violation.of(
                "/localized/zh-CN/title", "field.too-long", Map.of("field", "title", "max", 200, "actual", 250));

        assertEquals("“标题”过长：最多 200 个字符，当前为 250 个。", messages.render(tooLong, Locale.SIMPLIFIED_CHINESE, new Notice()));
        assertEquals(
                "“Title” is too long: at most 200 characters, this has 250.",
                messages.render(tooLong, Locale.ENGLISH, new Notice()));
    }

    @Test
    void rendersTheFieldNameWhenTheTypeIsNotGiven() {
        Violation required = Violation.of("/shared/start", "field.required", Map.of("field", "start"));

        assertEquals("“start” is required.", messages.render(required, Locale.ENGLISH));
    }

    @Test
    void rendersAPluginsOwnMessage() {
        Violation own = Violation.of("/shared/link", "notice.no-way-to-respond");

        assertEquals("请填写链接或联系邮箱。", messages.render(own, Locale.CHINESE, new Notice()));
    }

    @Test
    void fallsBackToTheKeyWhenNoTextExists() {
        Violation unknown = Violation.of("", "elsewhere.unknown-key", Map.of("n", 1));

        assertEquals("elsewhere.unknown-key {n=1}", messages.render(unknown, Locale.ENGLISH, new Notice()));
    }

    @Test
    void answersInEnglishForALanguageWithoutBundle() {
        Violation required = Violation.of("/shared/start", "field.required", Map.of("field", "start"));

        assertEquals("“start” is required.", messages.render(required, Locale.FRENCH));
    }
}
