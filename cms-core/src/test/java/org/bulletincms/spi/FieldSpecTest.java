package org.bulletincms.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class FieldSpecTest {

    @Test
    void readsLikeTheFieldItDeclares() {
        FieldSpec title =
                FieldSpec.plainText("title").required().translatable().max(200).label("标题", "Title");

        assertEquals(
                new FieldSpec(
                        "title",
                        FieldKind.PLAIN_TEXT,
                        true,
                        true,
                        200,
                        1,
                        LocalizedText.of("标题", "Title"),
                        java.util.Optional.empty(),
                        List.of()),
                title);
    }

    @Test
    void startsWithTheKindsDefaultLimits() {
        FieldSpec people = FieldSpec.people("speakers");

        assertEquals(FieldKind.PEOPLE.defaultMaxLength(), people.maxLength());
        assertEquals(FieldKind.PEOPLE.defaultMaxEntries(), people.maxEntries());
    }

    @Test
    void collectsChoiceOptionsInOrder() {
        FieldSpec mode = FieldSpec.choice("participation")
                .option("physical", "线下", "In person")
                .option("virtual", "线上", "Online");

        assertEquals(
                List.of("physical", "virtual"),
                mode.options().stream().map(ChoiceOption::code).toList());
        assertTrue(mode.option("virtual").isPresent());
    }

    @Test
    void refusesOptionsOnOtherKinds() {
        assertThrows(
                IllegalStateException.class, () -> FieldSpec.plainText("title").option("a", "甲", "A"));
    }
}
