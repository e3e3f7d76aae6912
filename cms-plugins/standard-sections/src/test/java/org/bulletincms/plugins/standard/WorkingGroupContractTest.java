package org.bulletincms.plugins.standard;

import org.bulletincms.sectiontype.testkit.Samples;
import org.bulletincms.sectiontype.testkit.SectionTypeContract;
import org.bulletincms.spi.SectionType;

class WorkingGroupContractTest extends SectionTypeContract {

    @Override
    protected SectionType sectionType() {
        return new WorkingGroup();
    }

    @Override
    protected Samples samples() {
        return Samples.builder()
                .valid("2021/4 可持续公共采购计划成立食品工作组", Seeds.item("working-group/2021-4-food-working-group.json"))
                .draftOnly(
                        "description not written yet",
                        Seeds.item("working-group/2021-4-food-working-group.json").toBuilder()
                                .withoutLocalized("en", "body")
                                .build())
                .build();
    }
}
