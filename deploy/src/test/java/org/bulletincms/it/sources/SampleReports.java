package org.bulletincms.it.sources;

import java.util.List;

/**
 * The text of the well-formed test reports, taken from two real issues of the Sustainable Public Procurement
 * bulletin (2024 no. 2 and 2021 no. 4), and the phrases a test can expect to find in what is extracted.
 *
 * <p>Every expected phrase is a heading or starts a paragraph, so that it sits on one line of the PDF: Tika
 * keeps a PDF's line breaks inside a paragraph, and a Chinese line may break between any two characters.
 */
public final class SampleReports {

    /** On page 1 of {@link #CHINESE_BULLETIN} only. */
    public static final String ZH_PAGE_1 = "数字公共基础设施促进环境可持续性的未来";
    /** On page 2 of {@link #CHINESE_BULLETIN} only. */
    public static final String ZH_PAGE_2 = "首届全球建筑和气候论坛发布《夏乐宫宣言》";
    /** On page 3 of {@link #CHINESE_BULLETIN} only. */
    public static final String ZH_PAGE_3 = "可持续公共采购和生态标志良好实践系列案例";
    /** A search term found on page 3 of {@link #CHINESE_BULLETIN} and on no other page of it. */
    public static final String ZH_SEARCH_TERM_ON_PAGE_3 = "绿色公共采购";
    /** The English paragraph of {@link #CHINESE_BULLETIN}, on page 1. */
    public static final String EN_IN_CHINESE_BULLETIN =
            "The Future of Digital Public Infrastructure for Environmental Sustainability";
    /** The expected phrase of each page of {@link #CHINESE_BULLETIN}, in page order. */
    public static final List<String> CHINESE_BULLETIN_PAGES = List.of(ZH_PAGE_1, ZH_PAGE_2, ZH_PAGE_3);

    /** On page 1 of {@link #ENGLISH_NOTES} only. */
    public static final String EN_PAGE_1 = "CO₂ Performance Ladder";
    /** On page 2 of {@link #ENGLISH_NOTES} only. */
    public static final String EN_PAGE_2 = "Strengthening NDC ambition";
    /** The expected phrase of each page of {@link #ENGLISH_NOTES}, in page order. */
    public static final List<String> ENGLISH_NOTES_PAGES = List.of(EN_PAGE_1, EN_PAGE_2);

    /** Chinese phrases of {@link #MIXED_BULLETIN}. */
    public static final String MIXED_ZH_1 = "《十年方案框架》获批延期至2030年";

    public static final String MIXED_ZH_2 = "瑞典TCO推出新一代认证计划";
    /** The English phrase of {@link #MIXED_BULLETIN}. */
    public static final String MIXED_EN = "The Finnish Innovation Fund Sitra Finland";

    public static final String CHINESE_BULLETIN_TITLE = "可持续公共采购计划简报 2024年第2期";
    public static final String ENGLISH_NOTES_TITLE = "Sustainable Public Procurement: notes in English";
    public static final String MIXED_BULLETIN_TITLE = "可持续公共采购计划简报 2021年第4期";
    /** The author of every sample report: the centre that compiles the bulletin. */
    public static final String AUTHOR = "中环联合认证中心";

    /** Three pages in Chinese with one English paragraph: the usual source report. */
    public static final Report CHINESE_BULLETIN = new Report(
            CHINESE_BULLETIN_TITLE,
            AUTHOR,
            "zh-CN",
            List.of(
                    new Report.Page(
                            ZH_PAGE_1,
                            "日前，联合国环境规划署在信息社会世界峰会(WSIS)20论坛高级别活动上发布" + "《促进环境可持续性的数字化公共基础设施》研究报告。",
                            "《报告》探讨了利益相关方在做出与环境可持续性相关的决策时所面临的常见信息挑战，"
                                    + "探讨了数字公共基础设施（DPI）作为解决方案的关键部分可以发挥的作用。"
                                    + "为了应对相互关联的三重地球环境危机，"
                                    + "具有可获取、及时、可信和有见地的信息以支持环境可持续性决策至关重要。",
                            EN_IN_CHINESE_BULLETIN + ". International Conference Center Geneva, Room 15, 3rd Floor. "
                                    + "Physical and virtual participation. Wednesday, 29 May 2024, 17:00–17:45 (UTC+02:00)."),
                    new Report.Page(
                            ZH_PAGE_2,
                            "来自70个国家的代表在由法国政府和联合国环境规划署组织的首届“全球建筑和气候论坛”上"
                                    + "签署了《夏乐宫宣言》（Declaration de Chaillot），"
                                    + "旨在为全球行动创造动力，推动在建筑行业脱碳和加强气候适应战略，"
                                    + "为践行《巴黎协定》迈出重要行动。",
                            "《宣言》强调了国际合作的重要性，"
                                    + "并敦促各国政府以及建筑和建设部门的国有和非国有组织做出相应承诺。"
                                    + "循环和全生命周期方法被认为是在城市规划和建设中落实《巴黎协定》应遵循的原则，"
                                    + "这包括了从设计规划阶段到材料的低碳节能使用，以及延长使用寿命。"),
                    new Report.Page(
                            ZH_PAGE_3,
                            "“可持续公共采购和生态标志良好实践系列案例”"
                                    + "由德国联邦环境、自然保护、核安全和消费者保护部(BMUUV)和国际气候倡议组织(ICI)资助，"
                                    + "德国技术合作公司(GIZ)、联合国环境规划署(UNEP)和德国生态研究所联合编制。",
                            ZH_SEARCH_TERM_ON_PAGE_3 + "绩效监测新报告",
                            "推行绿色公共采购对政府实现其气候目标发挥着关键作用，"
                                    + "开展绩效评价是有效推行绿色公共采购的一个重要手段。"
                                    + "《绿色公共采购绩效监测：方法、挑战和案例研究》由国际可持续发展研究所(IISD)发布。")));

    /** Two pages in English. */
    public static final Report ENGLISH_NOTES = new Report(
            ENGLISH_NOTES_TITLE,
            AUTHOR,
            "en",
            List.of(
                    new Report.Page(
                            EN_PAGE_1,
                            "The CO₂ Performance Ladder (CO2PL) is an instrument that helps organisations reduce their "
                                    + "carbon emissions within their organisation, projects, and their supply chain. With a "
                                    + "certificate on the Ladder, organisations can receive an award advantage in tenders.",
                            "Over 5000 organisations (1400 certificates) in the Netherlands, Belgium and beyond have already "
                                    + "been certified on the CO₂ Performance Ladder as a carbon management system."),
                    new Report.Page(
                            EN_PAGE_2 + " through circular economy: the path for 1.5 degrees",
                            "COP 26 High-Level Climate Action Event. Saturday 6th November, 13:30-14:45 GMT, Hydro Bowl, "
                                    + "Action Room 2, Blue Zone.",
                            "Moderator: Executive Director UNEP; Assistant Secretary-General UNDP; Senior Director UNFCCC.")));

    /** Chinese and English paragraphs, for the formats other than PDF; two pages where a format has pages. */
    public static final Report MIXED_BULLETIN = new Report(
            MIXED_BULLETIN_TITLE,
            AUTHOR,
            "zh-CN",
            List.of(
                    new Report.Page(
                            MIXED_ZH_1,
                            "近日，联合国大会第二委员会批准《可持续生产和消费十年框架方案》延期至2030年。",
                            "Panelists: Climate Energy for The Netherlands; Ministry of Energy and Mines Laos PDR; "
                                    + MIXED_EN + "."),
                    new Report.Page(MIXED_ZH_2, "瑞典TCO认证推出新一代认证计划促进实现信息技术产品的可持续采购。")));

    private SampleReports() {}
}
