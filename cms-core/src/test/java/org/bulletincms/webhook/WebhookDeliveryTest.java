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
    private static final RetrySchedule THREE_DAYS =
            new RetrySchedule(Duration.ofSeconds(5), Duration.ofHours(1), Duration.ofHours(72));

    private static WebhookDelivery pending() {
        return new WebhookDelivery(UUID.randomUUID(), UUID.randomUUID(), 1, WebhookEvent.ISSUE_PUBLISHED, "{}", NOW);
    }

    @Test
    void onlyA2xxAnswerDelivers() {
        WebhookDelivery delivery = pending();

        delivery.record(AttemptOutcome.answered(204), NOW, THREE_DAYS, Duration.ofSeconds(5));

        assertAll(
                () -> assertEquals(DeliveryState.DELIVERED, delivery.state()),
                () -> assertEquals(Optional.of(NOW), delivery.deliveredAt()),
                () -> assertEquals(Optional.empty(), delivery.nextAttemptAt()));
    }

    @Test
    void aFailedAttemptIsRetriedAfterTheGivenDelayUntilItHasBeenTriedFor72Hours() {
        WebhookDelivery delivery = pending();

        delivery.record(AttemptOutcome.answered(503), NOW, THREE_DAYS, Duration.ofSeconds(5));
        assertEquals(Optional.of(NOW.plusSeconds(5)), delivery.nextAttemptAt());
        delivery.record(AttemptOutcome.answered(301), NOW.plusSeconds(5), THREE_DAYS, Duration.ofSeconds(10));
        assertEquals(DeliveryState.PENDING, delivery.state(), "a redirect is not a success");
        for (int i = 0; i < 100; i++) {
            delivery.record(AttemptOutcome.answered(503), NOW.plusSeconds(60), THREE_DAYS, Duration.ofHours(1));
        }
        assertEquals(DeliveryState.PENDING, delivery.state(), "many attempts do not give up, time does");
        delivery.record(
                AttemptOutcome.answered(503),
                NOW.plus(Duration.ofHours(72)).minusSeconds(1),
                THREE_DAYS,
                Duration.ofHours(1));
        assertEquals(DeliveryState.PENDING, delivery.state(), "still within the 72 hours");
        delivery.record(
                AttemptOutcome.notSent("address-refused"),
                NOW.plus(Duration.ofHours(72)),
                THREE_DAYS,
                Duration.ofHours(1));

        assertAll(
                () -> assertEquals(DeliveryState.FAILED, delivery.state()),
                () -> assertEquals(104, delivery.attempts()),
                () -> assertEquals(Optional.empty(), delivery.nextAttemptAt()),
                () -> assertEquals(Optional.of("address-refused"), delivery.lastError()),
                () -> assertEquals(Optional.empty(), delivery.lastStatus()));
    }

    @Test
    void aReplayedDeliveryIsTriedForAnother72HoursFromTheReplay() {
        WebhookDelivery delivery = pending();
        delivery.record(AttemptOutcome.answered(503), NOW.plus(Duration.ofHours(72)), THREE_DAYS, Duration.ofHours(1));
        assertEquals(DeliveryState.FAILED, delivery.state());
        Instant replayed = NOW.plus(Duration.ofDays(10));

        delivery.replay(replayed);
        delivery.record(
                AttemptOutcome.answered(503), replayed.plus(Duration.ofHours(71)), THREE_DAYS, Duration.ofHours(1));

        assertAll(
                () -> assertEquals(DeliveryState.PENDING, delivery.state()),
                () -> assertEquals(replayed, delivery.retryingSince()));
    }

    @Test
    void aFailureIsNamedByTheStatusOrTheReasonNothingWasSent() {
        assertAll(
                () -> assertEquals("status-503", AttemptOutcome.answered(503).failureReason()),
                () -> assertEquals("timeout", AttemptOutcome.notSent("timeout").failureReason()));
    }

    @Test
    void goneFailsAtOnce() {
        WebhookDelivery delivery = pending();

        delivery.record(AttemptOutcome.answered(410), NOW, THREE_DAYS, Duration.ofSeconds(5));

        assertEquals(DeliveryState.FAILED, delivery.state());
        assertEquals(Optional.of(410), delivery.lastStatus());
    }

    @Test
    void aReplayQueuesTheSameMessageForAFreshSeriesOfAttempts() {
        WebhookDelivery delivery = pending();
        delivery.record(AttemptOutcome.answered(410), NOW, THREE_DAYS, Duration.ofSeconds(5));
        UUID id = delivery.id();

        delivery.replay(NOW.plusSeconds(60));

        assertAll(
                () -> assertEquals(id, delivery.id()),
                () -> assertEquals(DeliveryState.PENDING, delivery.state()),
                () -> assertEquals(0, delivery.attempts()),
                () -> assertTrue(delivery.nextAttemptAt().orElseThrow().equals(NOW.plusSeconds(60))));
    }
}
