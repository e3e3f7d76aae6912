package org.example.bulletin.tender;

import jakarta.json.Json;
import org.bulletincms.sectiontype.testkit.SampleFiles;
import org.bulletincms.sectiontype.testkit.Samples;
import org.bulletincms.sectiontype.testkit.SectionTypeContract;
import org.bulletincms.spi.ItemContent;
import org.bulletincms.spi.SectionType;

class TenderNoticeContractTest extends SectionTypeContract {

    private static final ItemContent EINDHOVEN =
            SampleFiles.read(TenderNoticeContractTest.class, "eindhoven-public-lighting.json");

    @Override
    protected SectionType sectionType() {
        return new TenderNotice();
    }

    @Override
    protected Samples samples() {
        return Samples.builder()
                .valid("public lighting, Eindhoven (illustrative)", EINDHOVEN)
                .valid(
                        "without an estimated value",
                        EINDHOVEN.toBuilder()
                                .withoutShared("estimatedValue")
                                .withoutShared("currency")
                                .build())
                .valid(
                        "with a photo of the street lights",
                        EINDHOVEN.toBuilder()
                                .shared(
                                        "picture",
                                        Json.createObjectBuilder()
                                                .add("media", "9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a")
                                                .add("licence", "CC BY 4.0")
                                                .build())
                                .localized(
                                        "zh-CN",
                                        "picture",
                                        Json.createObjectBuilder()
                                                .add("alt", "夜间的LED路灯")
                                                .build())
                                .localized(
                                        "en",
                                        "picture",
                                        Json.createObjectBuilder()
                                                .add("alt", "LED street lights at night")
                                                .build())
                                .build())
                .draftOnly(
                        "value without currency",
                        EINDHOVEN.toBuilder().withoutShared("currency").build())
                .draftOnly(
                        "no deadline yet",
                        EINDHOVEN.toBuilder()
                                .withoutShared("submissionDeadline")
                                .build())
                .hostile(
                        "a negative value",
                        EINDHOVEN.toBuilder()
                                .shared("estimatedValue", Json.createValue(-1))
                                .build())
                .hostile(
                        "a currency that does not exist",
                        EINDHOVEN.toBuilder().shared("currency", "XYZ").build())
                .build();
    }
}
