package org.bulletincms.plugins.standard;

import org.bulletincms.sectiontype.testkit.Samples;
import org.bulletincms.sectiontype.testkit.SectionTypeContract;
import org.bulletincms.spi.SectionType;

class ReportSummaryContractTest extends SectionTypeContract {

    @Override
    protected SectionType sectionType() {
        return new ReportSummary();
    }

    @Override
    protected Samples samples() {
        return Samples.builder()
                .valid(
                        "2024/2 数字公共基础设施促进环境可持续性的未来",
                        Seeds.item("report-summary/2024-2-dpi-environmental-sustainability.json"))
                .valid(
                        "2024/2 可持续公共采购和生态标志良好实践系列案例",
                        Seeds.item("report-summary/2024-2-spp-ecolabelling-good-practice.json"))
                .valid("2024/2 毛里求斯建筑业可持续采购 概述", Seeds.item("report-summary/2024-2-mauritius-construction.json"))
                .valid("2024/2 绿色公共采购绩效监测 新报告", Seeds.item("report-summary/2024-2-gpp-monitoring.json"))
                .valid("2024/2 城市推动可持续采购行动应对全球环境挑战", Seeds.item("report-summary/2024-2-cities-buildings-climate.json"))
                .valid("2021/4 UNEP发布第2版《可持续公共采购指南》", Seeds.item("report-summary/2021-4-unep-spp-guidelines.json"))
                .valid(
                        "with the uploaded report and its address",
                        Seeds.item("report-summary/2024-2-gpp-monitoring.json").toBuilder()
                                .shared("sourceDocument", "src-2024-02-iisd-gpp-monitoring")
                                .shared("reportUrl", "https://www.iisd.org/")
                                .build())
                .draftOnly(
                        "report title still missing",
                        Seeds.item("report-summary/2024-2-gpp-monitoring.json").toBuilder()
                                .withoutLocalized("zh-CN", "reportTitle")
                                .build())
                .build();
    }
}
