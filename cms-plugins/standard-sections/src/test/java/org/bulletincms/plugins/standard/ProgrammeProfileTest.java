package org.bulletincms.plugins.standard;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
