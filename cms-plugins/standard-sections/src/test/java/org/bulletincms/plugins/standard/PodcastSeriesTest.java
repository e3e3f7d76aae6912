package org.bulletincms.plugins.standard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import java.util.List;
import org.bulletincms.spi.ItemContent;
import org.bulletincms.spi.ValidationMode;
import org.bulletincms.spi.Violation;
import org.junit.jupiter.api.Test;

class PodcastSeriesTest {

    private final PodcastSeries series = new PodcastSeries();
    private final ItemContent iclei = Seeds.item("podcast-series/2021-4-iclei-food-podcasts.json");

    @Test
    void aSeriesMayHaveMoreEpisodesThanTheNewsletterLists() {
        assertEquals(List.of(), series.validate(iclei, ValidationMode.PUBLISH));
    }

    @Test
    void aSeriesHasNoFewerEpisodesThanListed() {
        List<Violation> violations = series.validate(
                iclei.toBuilder().shared("episodeCount", Json.createValue(6)).build(), ValidationMode.DRAFT);

        assertEquals(
                List.of("podcast-series.fewer-than-listed", "podcast-series.fewer-than-listed"),
                violations.stream().map(Violation::messageKey).toList());
    }
}
