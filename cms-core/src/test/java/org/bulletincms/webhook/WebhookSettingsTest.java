package org.bulletincms.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WebhookSettingsTest {

    /** The settings as MicroProfile Config fills them when nothing is configured. */
    private static WebhookSettings defaults() {
        WebhookSettings settings = new WebhookSettings();
        settings.allowedHosts = Optional.empty();
        settings.pollMillis = 1000;
        settings.retryBaseMillis = 5000;
        settings.retryMaxMillis = 3_600_000;
        settings.giveUpAfterHours = 72;
        settings.maxAttempts = Optional.empty();
        settings.timeoutMillis = 5000;
        settings.maxInFlight = 16;
        return settings;
    }

    @Test
    void byDefaultDeliveriesAreRetriedFor72Hours() {
        WebhookSettings settings = defaults();

        settings.check();

        assertEquals(Duration.ofHours(72), settings.retrySchedule().giveUpAfter());
    }

    @Test
    void theRetiredAttemptLimitIsRefusedAtStartUpRatherThanIgnored() {
        WebhookSettings settings = defaults();
        settings.maxAttempts = Optional.of("15");

        IllegalStateException refused = assertThrows(IllegalStateException.class, settings::check);

        assertTrue(refused.getMessage().contains("cms.webhooks.give-up-after-hours"), refused::getMessage);
    }

    @Test
    void aRetryPeriodShorterThanAnHourOrThanTheLongestDelayIsRefusedAtStartUp() {
        WebhookSettings none = defaults();
        none.giveUpAfterHours = 0;
        WebhookSettings shorterThanADelay = defaults();
        shorterThanADelay.retryMaxMillis = Duration.ofHours(3).toMillis();
        shorterThanADelay.giveUpAfterHours = 2;

        assertThrows(IllegalStateException.class, none::check);
        assertThrows(IllegalStateException.class, shorterThanADelay::check);
    }
}
