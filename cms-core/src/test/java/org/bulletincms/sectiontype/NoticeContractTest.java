package org.bulletincms.sectiontype;

import java.nio.file.Path;
import java.util.List;
import org.bulletincms.sectiontype.testkit.Samples;
import org.bulletincms.sectiontype.testkit.SectionTypeContract;
import org.bulletincms.spi.ItemContent;
import org.bulletincms.spi.SectionType;
import org.junit.jupiter.api.io.TempDir;

/** The test kit run on the core's own fixture, as a plugin would run it. */
class NoticeContractTest extends SectionTypeContract {

    @Override
    protected SectionType sectionType() {
        return new Notice();
    }

    @TempDir
    Path pluginJar;

    @Override
    protected ClassLoader pluginClassLoader() {
        return PluginJar.registering(pluginJar, List.of(Notice.class.getName()));
    }

    @Override
    protected Samples samples() {
        return Samples.builder()
                .valid(
                        "advisory committee meeting",
                        ItemContent.builder()
                                .shared("published", "2024-06-27")
                                .shared("contact", "wangj@mepcec.com")
                                .localized("zh-CN", "title", "可持续公共采购计划顾问委员会会议")
                                .localized("zh-CN", "body", "<p>6月27日，可持续公共采购（SPP）计划召开顾问委员会会议。</p>")
                                .localized("en", "title", "SPP Programme Advisory Committee meeting")
                                .localized(
                                        "en",
                                        "body",
                                        "<p>On 27 June the SPP Programme held its Advisory Committee meeting.</p>")
                                .build())
                .draftOnly(
                        "no English title yet",
                        ItemContent.builder()
                                .shared("published", "2024-06-27")
                                .shared("contact", "wangj@mepcec.com")
                                .localized("zh-CN", "title", "可持续公共采购计划顾问委员会会议")
                                .build())
                .draftOnly(
                        "no way to respond",
                        ItemContent.builder()
                                .shared("published", "2024-06-27")
                                .localized("zh-CN", "title", "会议")
                                .localized("en", "title", "Meeting")
                                .build())
                .olderVersion(
                        1,
                        "v1 called the link url",
                        ItemContent.builder()
                                .shared("published", "2024-06-27")
                                .shared("url", "https://www.oneplanetnetwork.org/")
                                .localized("zh-CN", "title", "会议")
                                .localized("en", "title", "Meeting")
                                .build())
                .build();
    }
}
