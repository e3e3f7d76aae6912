package org.bulletincms.plugins.standard;

import java.util.List;
import org.bulletincms.sectiontype.testkit.Samples;
import org.bulletincms.sectiontype.testkit.SectionTypeContract;
import org.bulletincms.spi.SectionType;

class EventContractTest extends SectionTypeContract {

    @Override
    protected SectionType sectionType() {
        return new Event();
    }

    @Override
    protected Samples samples() {
        return Samples.builder()
                .valid("2021/4 COP26 High-Level Climate Action Event", Seeds.item("event/2021-4-cop26.json"))
                .valid(
                        "2024/2 The Future of DPI for Environmental Sustainability (WSIS+20)",
                        Seeds.item("event/2024-2-dpi-wsis.json"))
                .valid(
                        "2021/4 COP26 with the partners' logos under their names",
                        SamplePictures.listed(
                                Seeds.item("event/2021-4-cop26.json"),
                                Event.PARTNER_LOGOS,
                                List.of(
                                        List.of("联合国环境规划署标志", "UNEP logo"),
                                        List.of("同一个地球网络标志", "One Planet network logo"))))
                .draftOnly(
                        "time not announced yet",
                        Seeds.item("event/2024-2-dpi-wsis.json").toBuilder()
                                .withoutShared("start")
                                .withoutShared("end")
                                .build())
                .draftOnly(
                        "online without a link yet",
                        Seeds.item("event/2021-4-cop26.json").toBuilder()
                                .shared("participation", "virtual")
                                .build())
                .hostile(
                        "ends before it starts",
                        Seeds.item("event/2021-4-cop26.json").toBuilder()
                                .shared("end", "2021-11-06T12:00+00:00[Europe/London]")
                                .build())
                .hostile(
                        "in person with a link",
                        Seeds.item("event/2021-4-cop26.json").toBuilder()
                                .shared("participation", "physical")
                                .shared("virtualLink", "https://unfccc.int/cop26")
                                .build())
                .hostile(
                        "a hashtag with markup",
                        Seeds.item("event/2021-4-cop26.json").toBuilder()
                                .shared("hashtag", "#COP26<script>")
                                .build())
                .olderVersion(
                        1,
                        "2021/4 COP26 with the flyer's time “13:30-14:45 GMT”",
                        Seeds.item("event/v1-2021-4-cop26.json"))
                .olderVersion(
                        1,
                        "2024/2 DPI with the flyer's time “17:00–17:45 (UTC+02:00)”",
                        Seeds.item("event/v1-2024-2-dpi-wsis.json"))
                .build();
    }
}
