package org.bulletincms.plugins.standard;

import jakarta.json.Json;
import org.bulletincms.sectiontype.testkit.Samples;
import org.bulletincms.sectiontype.testkit.SectionTypeContract;
import org.bulletincms.spi.SectionType;

class ProgrammeProfileContractTest extends SectionTypeContract {

    @Override
    protected SectionType sectionType() {
        return new ProgrammeProfile();
    }

    @Override
    protected Samples samples() {
        return Samples.builder()
                .valid("2024/2 二氧化碳绩效阶梯采购工具", Seeds.item("programme-profile/2024-2-co2-performance-ladder.json"))
                .valid(
                        "2024/2 二氧化碳绩效阶梯 with its logo",
                        SamplePictures.placed(
                                Seeds.item("programme-profile/2024-2-co2-performance-ladder.json"),
                                "logo",
                                "二氧化碳绩效阶梯标志",
                                "CO₂ Performance Ladder logo"))
                .draftOnly(
                        "English figures retyped wrongly",
                        Seeds.item("programme-profile/2024-2-co2-performance-ladder.json").toBuilder()
                                .localized(
                                        "en",
                                        "keyFigures",
                                        Json.createArrayBuilder()
                                                .add(Json.createObjectBuilder()
                                                        .add("value", 500)
                                                        .add("unit", "+")
                                                        .add("label", "organisations certified"))
                                                .add(Json.createObjectBuilder()
                                                        .add("value", 1400)
                                                        .add("label", "certificates"))
                                                .add(Json.createObjectBuilder()
                                                        .add("value", 300)
                                                        .add("unit", "+")
                                                        .add("label", "contracting authorities"))
                                                .build())
                                .build())
                .hostile(
                        "a negative figure",
                        Seeds.item("programme-profile/2024-2-co2-performance-ladder.json").toBuilder()
                                .localized(
                                        "zh-CN",
                                        "keyFigures",
                                        Json.createArrayBuilder()
                                                .add(Json.createObjectBuilder()
                                                        .add("value", -5000)
                                                        .add("label", "家组织获得认证"))
                                                .build())
                                .build())
                .draftOnly(
                        "the English box without its language",
                        ladder().withoutShared("boxLanguage").build())
                .hostile(
                        "a box language that is no language tag",
                        ladder().shared("boxLanguage", "English\" onload=\"x").build())
                .hostile(
                        "a year of 20.23",
                        Seeds.item("programme-profile/2024-2-co2-performance-ladder.json").toBuilder()
                                .shared("year", Json.createValue(20.23))
                                .build())
                .build();
    }

    private static org.bulletincms.spi.ItemContent.Builder ladder() {
        return Seeds.item("programme-profile/2024-2-co2-performance-ladder.json").toBuilder();
    }
}
