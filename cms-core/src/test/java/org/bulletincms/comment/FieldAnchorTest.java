package org.bulletincms.comment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class FieldAnchorTest {

    @Test
    void aTranslatableFieldNamesItsLocaleAndField() {
        FieldAnchor anchor = new FieldAnchor("/localized/en/title");

        assertEquals(Optional.of("en"), anchor.locale());
        assertEquals("title", anchor.field());
    }

    @Test
    void aSharedFieldHasNoLocaleAndMayPointDeeperIntoItsValue() {
        FieldAnchor anchor = new FieldAnchor("/shared/people/0/name");

        assertEquals(Optional.empty(), anchor.locale());
        assertEquals("people", anchor.field());
    }

    @Test
    void escapedTokensAreUnescaped() {
        assertEquals("a/b~c", new FieldAnchor("/shared/a~1b~0c").field());
    }

    @Test
    void pointersOutsideAFieldAreNotAnchors() {
        assertAll(
                "",
                "/",
                "shared/title",
                "/shared",
                "/localized/en",
                "/localized//title",
                "/content/shared/x",
                "/shared/bad~2escape",
                "/shared/" + "x".repeat(FieldAnchor.MAX_LENGTH));
        assertTrue(FieldAnchor.isWellFormed("/localized/zh-CN/body"));
    }

    private static void assertAll(String... candidates) {
        for (String candidate : candidates) {
            assertFalse(FieldAnchor.isWellFormed(candidate), candidate);
        }
    }
}
