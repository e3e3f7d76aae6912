package org.bulletincms.translation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

class SourceValuesTest {

    private final SourceValues before = SourceValues.of(Json.createObjectBuilder()
            .add("title", "首届联合国食品系统峰会承诺重大行动")
            .add("body", "<p>正文</p>")
            .add("kicker", "新闻")
            .build());

    @Test
    void theFingerprintFollowsTheValuesNotTheirOrder() {
        JsonObject reordered = Json.createObjectBuilder()
                .add("kicker", "新闻")
                .add("body", "<p>正文</p>")
                .add("title", "首届联合国食品系统峰会承诺重大行动")
                .build();

        assertEquals(before.fingerprint(), SourceValues.of(reordered).fingerprint());
        assertNotEquals(
                before.fingerprint(),
                SourceValues.of(Json.createObjectBuilder(reordered)
                                .add("title", "首届联合国食品系统峰会")
                                .build())
                        .fingerprint());
    }

    @Test
    void changesNameEachChangedAddedAndRemovedField() {
        SourceValues after = SourceValues.of(Json.createObjectBuilder()
                .add("title", "首届联合国食品系统峰会")
                .add("body", "<p>正文</p>")
                .add("subtitle", "副标题")
                .build());

        List<SourceValues.SourceChange> changes = after.changesSince(before);

        assertEquals(
                List.of("kicker", "subtitle", "title"),
                changes.stream().map(SourceValues.SourceChange::field).toList());
        assertEquals(Json.createValue("首届联合国食品系统峰会承诺重大行动"), changes.get(2).before());
        assertEquals(Json.createValue("首届联合国食品系统峰会"), changes.get(2).after());
        assertEquals(null, changes.get(0).after(), "removed");
        assertEquals(null, changes.get(1).before(), "added");
    }

    @Test
    void aPicturesSourceAltTextOrCaptionChangedOutdatesItsTranslations() {
        SourceValues withPicture = SourceValues.of(Json.createObjectBuilder()
                .add("title", "首届联合国食品系统峰会承诺重大行动")
                .add("picture", Json.createObjectBuilder().add("alt", "代表们签署宣言"))
                .build());
        SourceValues newAlt = SourceValues.of(Json.createObjectBuilder()
                .add("title", "首届联合国食品系统峰会承诺重大行动")
                .add(
                        "picture",
                        Json.createObjectBuilder().add("alt", "代表们在夏约宫签署宣言").add("caption", "签署现场"))
                .build());

        assertNotEquals(withPicture.fingerprint(), newAlt.fingerprint());
        assertEquals(
                List.of("picture"),
                newAlt.changesSince(withPicture).stream()
                        .map(SourceValues.SourceChange::field)
                        .toList());
    }
}
