package org.bulletincms.plugins.standard;

import jakarta.json.JsonValue;
import org.bulletincms.sectiontype.testkit.Samples;
import org.bulletincms.sectiontype.testkit.SectionTypeContract;
import org.bulletincms.spi.SectionType;

class DeclarationContractTest extends SectionTypeContract {

    @Override
    protected SectionType sectionType() {
        return new Declaration();
    }

    @Override
    protected Samples samples() {
        return Samples.builder()
                .valid("2024/2 首届全球建筑和气候论坛发布《夏乐宫宣言》", Seeds.item("declaration/2024-2-chaillot.json"))
                .valid(
                        "2024/2 《夏乐宫宣言》 with the picture of the strategy group",
                        SamplePictures.placed(
                                Seeds.item("declaration/2024-2-chaillot.json"),
                                "picture",
                                "建筑领域旗舰倡议战略组成员合影",
                                "The strategy group of the buildings flagship initiative"))
                .draftOnly(
                        "commitments not entered yet",
                        Seeds.item("declaration/2024-2-chaillot.json").toBuilder()
                                .localized("en", "commitments", JsonValue.EMPTY_JSON_ARRAY)
                                .build())
                .build();
    }
}
