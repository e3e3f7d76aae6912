package org.bulletincms.plugins.standard;

import jakarta.json.Json;
import org.bulletincms.sectiontype.testkit.Samples;
import org.bulletincms.sectiontype.testkit.SectionTypeContract;
import org.bulletincms.spi.SectionType;

class PodcastSeriesContractTest extends SectionTypeContract {

    @Override
    protected SectionType sectionType() {
        return new PodcastSeries();
    }

    @Override
    protected Samples samples() {
        return Samples.builder()
                .valid("2021/4 ICLEI推出食品可持续采购系列播客", Seeds.item("podcast-series/2021-4-iclei-food-podcasts.json"))
                .draftOnly(
                        "publisher not given yet",
                        Seeds.item("podcast-series/2021-4-iclei-food-podcasts.json").toBuilder()
                                .withoutLocalized("en", "publisher")
                                .build())
                .hostile(
                        "fewer episodes than listed",
                        Seeds.item("podcast-series/2021-4-iclei-food-podcasts.json").toBuilder()
                                .shared("episodeCount", Json.createValue(5))
                                .build())
                .hostile(
                        "half an episode",
                        Seeds.item("podcast-series/2021-4-iclei-food-podcasts.json").toBuilder()
                                .shared("episodeCount", Json.createValue(9.5))
                                .build())
                .build();
    }
}
