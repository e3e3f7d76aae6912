package org.bulletincms.plugins.standard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.bulletincms.sectiontype.InstalledSectionTypes;
import org.bulletincms.sectiontype.ItemContentCheck;
import org.bulletincms.sectiontype.ResolvedItemContent;
import org.bulletincms.sectiontype.RichTextSanitizer;
import org.bulletincms.spi.SectionType;
import org.bulletincms.spi.ValidationMode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every item of both seed issues, in the order the issue prints them, fits a standard type and can be published. */
class SeedIssuesTest {

    private record SeedItem(String heading, String typeId, String file) {}

    private static final List<SeedItem> ISSUE_2024_2 = List.of(
            new SeedItem(
                    "数字公共基础设施促进环境可持续性的未来",
                    "report-summary",
                    "report-summary/2024-2-dpi-environmental-sustainability.json"),
            new SeedItem(
                    "The Future of Digital Public Infrastructure for Environmental Sustainability",
                    "event",
                    "event/2024-2-dpi-wsis.json"),
            new SeedItem("首届全球建筑和气候论坛发布《夏乐宫宣言》", "declaration", "declaration/2024-2-chaillot.json"),
            new SeedItem("新项目：可持续公共采购促进可持续粮食系统的区域路径", "news", "news/2024-2-regional-food-systems.json"),
            new SeedItem(
                    "可持续公共采购和生态标志良好实践系列案例",
                    "report-summary",
                    "report-summary/2024-2-spp-ecolabelling-good-practice.json"),
            new SeedItem("可持续公共采购计划顾问委员会会议", "announcement", "announcement/2024-2-advisory-committee.json"),
            new SeedItem("可持续公共采购计划新增一联合领导机构", "announcement", "announcement/2024-2-new-co-lead.json"),
            new SeedItem("毛里求斯建筑业可持续采购概述", "report-summary", "report-summary/2024-2-mauritius-construction.json"),
            new SeedItem("绿色公共采购绩效监测新报告", "report-summary", "report-summary/2024-2-gpp-monitoring.json"),
            new SeedItem("二氧化碳绩效阶梯采购工具", "programme-profile", "programme-profile/2024-2-co2-performance-ladder.json"),
            new SeedItem(
                    "城市推动可持续采购行动应对全球环境挑战", "report-summary", "report-summary/2024-2-cities-buildings-climate.json"),
            new SeedItem("简报内容来源于…… 编辑：王璟", "colophon", "colophon/2024-2-colophon.json"));

    private static final List<SeedItem> ISSUE_2021_4 = List.of(
            new SeedItem("通过循环经济加强国家自主贡献——推动实现全球平均气温升高不超过1.5°C的目标", "news", "news/2021-4-circular-economy-ndcs.json"),
            new SeedItem("COP 26 High-Level Climate Action Event", "event", "event/2021-4-cop26.json"),
            new SeedItem("首届联合国食品系统峰会承诺重大行动", "news", "news/2021-4-food-systems-summit.json"),
            new SeedItem("《十年方案框架》获批延期至2030年", "news", "news/2021-4-10yfp-extended.json"),
            new SeedItem("UNEP发布第2版《可持续公共采购指南》", "report-summary", "report-summary/2021-4-unep-spp-guidelines.json"),
            new SeedItem("SDG12.7.1可持续公共采购指数方法学国家级别报告结果", "results", "results/2021-4-sdg-12-7-1.json"),
            new SeedItem("可持续公共采购计划成立食品工作组", "working-group", "working-group/2021-4-food-working-group.json"),
            new SeedItem("ICLEI推出食品可持续采购系列播客", "podcast-series", "podcast-series/2021-4-iclei-food-podcasts.json"),
            new SeedItem("WWF未来食品合作项目：转变南方国家的农产品系统", "announcement", "announcement/2021-4-wwf-future-food.json"),
            new SeedItem("瑞典TCO推出新一代认证计划", "announcement", "announcement/2021-4-tco-certified.json"),
            new SeedItem("IGPN发起应对气候变化实践的调研活动", "survey", "survey/2021-4-igpn-climate-survey.json"),
            new SeedItem("简报内容来源于…… 编辑：王璟", "colophon", "colophon/2021-4-colophon.json"));

    /** The item lines of each seed issue's 目录, as printed (the 2024 one writes 案例 as 案列). */
    private static final List<String> CONTENTS_2024_2 = List.of(
            "数字公共基础设施促进环境可持续性的未来",
            "首届全球建筑和气候论坛发布《夏乐宫宣言》",
            "新项目：可持续公共采购促进可持续粮食系统的区域路径",
            "可持续公共采购和生态标志良好实践系列案列",
            "可持续公共采购计划召开顾问委员会会议",
            "可持续公共采购计划新增一联合领导机构",
            "毛里求斯建筑业可持续采购概述",
            "绿色公共采购绩效监测新报告",
            "二氧化碳绩效阶梯采购工具",
            "城市推动可持续采购行动应对全球挑战");

    private static final List<String> CONTENTS_2021_4 = List.of(
            "通过循环经济加强国家自主贡献——推动实现全球平均气温升高不超过1.5°C的目标",
            "首届联合国食品系统峰会承诺重大行动",
            "《十年方案框架》获批延期至2030年",
            "UNEP发布第2版《可持续公共采购指南》",
            "SDG12.7.1可持续公共采购指数方法学国家级别报告结果",
            "可持续公共采购计划成立新的食品工作组",
            "ICLEI推出食品可持续采购系列播客",
            "WWF未来食品合作项目：转变南方国家的农产品系统",
            "瑞典TCO推出新一代认证计划",
            "IGPN发起应对气候变化实际做法的调研活动");

    private final InstalledSectionTypes installed =
            InstalledSectionTypes.discover(SeedIssuesTest.class.getClassLoader());
    private final ItemContentCheck check = new ItemContentCheck(new RichTextSanitizer());

    @TestFactory
    Stream<DynamicTest> everyItemOfBothSeedIssuesIsPublishableAsItsType() {
        return Stream.concat(
                ISSUE_2024_2.stream().map(item -> test("2024/2", item)),
                ISSUE_2021_4.stream().map(item -> test("2021/4", item)));
    }

    @Test
    void theContentsOfSeedIssue2024No2ReadAsTheSeedsContents() {
        assertEquals(CONTENTS_2024_2, contents(ISSUE_2024_2));
    }

    @Test
    void theContentsOfSeedIssue2021No4ReadAsTheSeedsContents() {
        assertEquals(CONTENTS_2021_4, contents(ISSUE_2021_4));
    }

    /** The Chinese contents lines of an issue's items (events have none), the colophon's closing rubric aside. */
    private List<String> contents(List<SeedItem> issue) {
        return issue.stream()
                .filter(item -> !item.typeId().equals("colophon"))
                .flatMap(item -> {
                    SectionType type = installed.require(item.typeId());
                    return new ResolvedItemContent(type, Seeds.item(item.file()), type.schemaVersion())
                            .contentsLine("zh-CN").stream();
                })
                .toList();
    }

    private DynamicTest test(String issue, SeedItem item) {
        return DynamicTest.dynamicTest(
                issue + " " + item.heading() + " → " + item.typeId(),
                () -> assertEquals(
                        List.of(),
                        check.check(
                                        installed.require(item.typeId()),
                                        Seeds.item(item.file()),
                                        ValidationMode.PUBLISH,
                                        Set.of("zh-CN", "en"),
                                        // the seed files name no picture: the tests that upload one place it
                                        mediaId -> false)
                                .violations()));
    }
}
