package org.bulletincms.plugins.standard;

import org.bulletincms.sectiontype.testkit.Samples;
import org.bulletincms.sectiontype.testkit.SectionTypeContract;
import org.bulletincms.spi.SectionType;

class AnnouncementContractTest extends SectionTypeContract {

    @Override
    protected SectionType sectionType() {
        return new Announcement();
    }

    @Override
    protected Samples samples() {
        return Samples.builder()
                .valid("2024/2 可持续公共采购计划顾问委员会会议", Seeds.item("announcement/2024-2-advisory-committee.json"))
                .valid("2024/2 可持续公共采购计划新增一联合领导机构", Seeds.item("announcement/2024-2-new-co-lead.json"))
                .valid("2021/4 WWF未来食品合作项目", Seeds.item("announcement/2021-4-wwf-future-food.json"))
                .valid("2021/4 瑞典TCO推出新一代认证计划", Seeds.item("announcement/2021-4-tco-certified.json"))
                .draftOnly(
                        "title only",
                        Seeds.item("announcement/2024-2-new-co-lead.json").toBuilder()
                                .withoutLocalized("zh-CN", "body")
                                .withoutLocalized("en", "body")
                                .build())
                .build();
    }
}
