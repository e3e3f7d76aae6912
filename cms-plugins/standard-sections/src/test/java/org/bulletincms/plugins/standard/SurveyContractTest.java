package org.bulletincms.plugins.standard;

import org.bulletincms.sectiontype.testkit.Samples;
import org.bulletincms.sectiontype.testkit.SectionTypeContract;
import org.bulletincms.spi.SectionType;

class SurveyContractTest extends SectionTypeContract {

    @Override
    protected SectionType sectionType() {
        return new Survey();
    }

    @Override
    protected Samples samples() {
        return Samples.builder()
                .valid("2021/4 IGPN发起应对气候变化实践的调研活动", Seeds.item("survey/2021-4-igpn-climate-survey.json"))
                .valid(
                        "with opening day, address and contact",
                        Seeds.item("survey/2021-4-igpn-climate-survey.json").toBuilder()
                                .shared("opensOn", "2021-12-01")
                                .shared("url", "https://www.igpn.org/")
                                .shared("contactEmail", "wangj@mepcec.com")
                                .build())
                .draftOnly(
                        "deadline not set yet",
                        Seeds.item("survey/2021-4-igpn-climate-survey.json").toBuilder()
                                .withoutShared("deadline")
                                .build())
                .hostile(
                        "closing before it opens",
                        Seeds.item("survey/2021-4-igpn-climate-survey.json").toBuilder()
                                .shared("opensOn", "2022-04-01")
                                .build())
                .build();
    }
}
