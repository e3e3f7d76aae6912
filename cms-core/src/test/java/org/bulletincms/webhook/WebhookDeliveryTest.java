package org.bulletincms.webhook;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class WebhookDeliveryTest {

    private static final Instant NOW = Instant.parse("2024-07-15T08:00:00Z");
    private static final RetrySchedule THREE_ATTEMPTS = new RetrySchedule(Duration.ofSeconds(5), Duration.ofHours(1), 3);

    private static WebhookDelivery pending() {
        return new WebhookDelivery(UUID.randomUUID(), WebhookEvent.ISSUE_PUBLISHED, "{}", NOW);
    }

    @Test
    void onlyA2xxAnswerDelivers() {
        WebhookDelivery delivery = pending();

        delivery.record(AttemptOutcome.answered(204), NOW, THREE_ATTEMPTS, Duration.ofSeconds(5));

        assertAll(
                () -> assertEquals(DeliveryState.DELIVERED, delivery.state()),
                () -> assertEquals(Optional.of(NOW), delivery.deliveredAt()),
                () -> assertEquals(Optional.empty(), delivery.nextAttemptAt()));
    }

    @Test
    void aFailedAttemptIsRetriedAfterTheGivenDelayUntilTheLastAttempt() {
        WebhookDelivery delivery = pending();

        delivery.record(AttemptOutcome.answered(503), NOW, THREE_ATTEMPTS, Duration.ofSeconds(5));
        assertEquals(Optional.of(NOW.plusSeconds(5)), delivery.nextAttemptAt());
        delivery.record(AttemptOutcome.answered(301), NOW, THREE_ATTEMPTS, Duration.ofSeconds(10));
        assertEquals(DeliveryState.PENDING, delivery.state(), "a redirect is not a success");
        delivery.record(AttemptOutcome.notSent("address-refused"), NOW, THREE_ATTEMPTS, Duration.ofSeconds(20));

        assertAll(
                () -> assertEquals(DeliveryState.FAILED, delivery.state()),
                () -> assertEquals(3, delivery.attempts()),
                () -> assertEquals(Optional.of("address-refused"), delivery.lastError()),
                () -> assertEquals(Optional.empty(), delivery.lastStatus()));
    }

    @Test
    void goneFailsAtOnce() {
        WebhookDelivery delivery = pending();

        delivery.record(AttemptOutcome.answered(410), NOW, THREE_ATTEMPTS, Duration.ofSeconds(5));

        assertEquals(DeliveryState.FAILED, delivery.state());
        assertEquals(Optional.of(410), delivery.lastStatus());
    }

    @Test
    void aReplayQueuesTheSameMessageForAFreshSeriesOfAttempts() {
        WebhookDelivery delivery = pending();
        delivery.record(AttemptOutcome.answered(410), NOW, THREE_ATTEMPTS, Duration.ofSeconds(5));
        UUID id = delivery.id();

        delivery.replay(NOW.plusSeconds(60));

        assertAll(
                () -> assertEquals(id, delivery.id()),
                () -> assertEquals(DeliveryState.PENDING, delivery.state()),
                () -> assertEquals(0, delivery.attempts()),
                () -> assertTrue(delivery.nextAttemptAt().orElseThrow().equals(NOW.plusSeconds(60))));
    }
}
