package org.bulletincms.plugins.standard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.util.List;
import java.util.Map;
import org.bulletincms.spi.ItemContent;
import org.bulletincms.spi.ValidationMode;
import org.bulletincms.spi.Violation;
import org.junit.jupiter.api.Test;

class ProgrammeProfileTest {

    private final ProgrammeProfile profile = new ProgrammeProfile();
    private final ItemContent ladder = Seeds.item("programme-profile/2024-2-co2-performance-ladder.json");

    @Test
    void theChineseEditionShowsTheEnglishBoxMarkedEnglishBeforeTheChineseDescription() {
        String html = Rendering.preview(profile, ladder, "zh-CN");

        int title = html.indexOf("<h3 class=\"title\">二氧化碳绩效阶梯采购工具</h3>");
        int box = html.indexOf(
                "<div class=\"programme-box\" lang=\"en\"><h4 class=\"boxTitle\">CO₂ Performance Ladder</h4>");
        int place = html.indexOf("<p class=\"boxPlace\">Eindhoven</p><p class=\"year\">2023</p></div>");
        int description = html.indexOf("二氧化碳绩效阶梯，既是帮助组织减少排放的碳管理系统");
        assertTrue(title >= 0 && title < box && box < place && place < description, html);
        assertTrue(html.contains("The CO₂ Performance Ladder (CO2PL) is an instrument"), html);
    }

    @Test
    void theEnglishEditionShowsTheSameBoxWithoutMarkingItsLanguage() {
        String html = Rendering.preview(profile, ladder, "en");

        assertTrue(
                html.contains("<div class=\"programme-box\"><h4 class=\"boxTitle\">CO₂ Performance Ladder</h4>"), html);
        assertTrue(html.contains("The CO₂ Performance Ladder is both a carbon management system"), html);
    }

    @Test
    void aBoxSaysItsLanguageAtPublicationAsALanguageTag() {
        ItemContent unsaid = ladder.toBuilder().withoutShared("boxLanguage").build();
        ItemContent garbled =
                ladder.toBuilder().shared("boxLanguage", "English").build();

        assertEquals(List.of(), profile.validate(unsaid, ValidationMode.DRAFT));
        assertEquals(
                List.of(Violation.of("/shared/boxLanguage", "programme-profile.box-language-required")),
                profile.validate(unsaid, ValidationMode.PUBLISH));
        assertEquals(
                List.of(Violation.of(
                        "/shared/boxLanguage", "programme-profile.box-language-malformed", Map.of("value", "English"))),
                profile.validate(garbled, ValidationMode.DRAFT));
        assertTrue(!Rendering.preview(profile, garbled, "zh-CN").contains("lang="), "no language is claimed");
    }

    @Test
    void catchesAFigureRetypedWronglyInTranslation() {
        ItemContent retyped = ladder.toBuilder()
                .localized(
                        "zh-CN",
                        "keyFigures",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("value", 5000)
                                        .add("label", "家组织获得认证"))
                                .add(Json.createObjectBuilder()
                                        .add("value", 1500)
                                        .add("label", "张证书"))
                                .add(Json.createObjectBuilder()
                                        .add("value", 300)
                                        .add("label", "个采购机构"))
                                .build())
                .build();

        assertEquals(
                List.of(Violation.of(
                        "/localized/zh-CN/keyFigures", "programme-profile.figures-differ", Map.of("locale", "en"))),
                profile.validate(retyped, ValidationMode.PUBLISH));
    }

    @Test
    void aFigureIsAboveZero() {
        ItemContent zero = ladder.toBuilder()
                .localized(
                        "en",
                        "keyFigures",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder().add("value", 0).add("label", "certificates"))
                                .build())
                .build();

        assertEquals(
                List.of(Violation.of(
                        "/localized/en/keyFigures/0/value",
                        "programme-profile.figure-not-positive",
                        Map.of("value", "0"))),
                profile.validate(zero, ValidationMode.DRAFT));
    }

    @Test
    void theYearIsAWholeYear() {
        assertEquals(
                List.of("programme-profile.year-implausible"),
                profile
                        .validate(
                                ladder.toBuilder()
                                        .shared("year", Json.createValue(23))
                                        .build(),
                                ValidationMode.DRAFT)
                        .stream()
                        .map(Violation::messageKey)
                        .toList());
        assertEquals(
                List.of(),
                profile.validate(
                        ladder.toBuilder()
                                .shared("year", Json.createValue(2023.0))
                                .build(),
                        ValidationMode.DRAFT));
    }
}
