package org.bulletincms.plugins.standard;

import org.bulletincms.sectiontype.testkit.Samples;
import org.bulletincms.sectiontype.testkit.SectionTypeContract;
import org.bulletincms.spi.SectionType;

class ResultsContractTest extends SectionTypeContract {

    @Override
    protected SectionType sectionType() {
        return new Results();
    }

    @Override
    protected Samples samples() {
        return Samples.builder()
                .valid("2021/4 SDG12.7.1可持续公共采购指数方法学国家级别报告结果", Seeds.item("results/2021-4-sdg-12-7-1.json"))
                .valid(
                        "findings without figures",
                        Seeds.item("results/2021-4-sdg-12-7-1.json").toBuilder()
                                .withoutLocalized("zh-CN", "keyFigures")
                                .withoutLocalized("en", "keyFigures")
                                .build())
                .draftOnly(
                        "no findings yet",
                        Seeds.item("results/2021-4-sdg-12-7-1.json").toBuilder()
                                .withoutLocalized("en", "findings")
                                .withoutLocalized("en", "keyFigures")
                                .build())
                .build();
    }
}
