package org.bulletincms.plugins.standard;

import org.bulletincms.sectiontype.testkit.Samples;
import org.bulletincms.sectiontype.testkit.SectionTypeContract;
import org.bulletincms.spi.SectionType;

class NewsContractTest extends SectionTypeContract {

    @Override
    protected SectionType sectionType() {
        return new News();
    }

    @Override
    protected Samples samples() {
        return Samples.builder()
                .valid("2024/2 新项目：可持续公共采购促进可持续粮食系统的区域路径", Seeds.item("news/2024-2-regional-food-systems.json"))
                .valid("2021/4 通过循环经济加强国家自主贡献", Seeds.item("news/2021-4-circular-economy-ndcs.json"))
                .valid("2021/4 首届联合国食品系统峰会承诺重大行动", Seeds.item("news/2021-4-food-systems-summit.json"))
                .valid("2021/4 《十年方案框架》获批延期至2030年", Seeds.item("news/2021-4-10yfp-extended.json"))
                .draftOnly(
                        "English not written yet",
                        Seeds.item("news/2021-4-food-systems-summit.json").toBuilder()
                                .withoutLocalized("en", "title")
                                .withoutLocalized("en", "body")
                                .build())
                .draftOnly(
                        "source not credited",
                        Seeds.item("news/2024-2-regional-food-systems.json").toBuilder()
                                .withoutLocalized("en", "sourceName")
                                .build())
                .build();
    }
}
