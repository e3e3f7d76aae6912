package org.bulletincms.web.metrics;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * What waits or is stuck in the database, counted at one instant: the source extraction queue and the webhook
 * outbox. Counted over the whole database, so every node of a cluster reports the same figures.
 *
 * @param sourcesQueued         sources waiting for extraction
 * @param sourcesExtracting     sources a parser is working on
 * @param sourcesFailed         sources whose extraction failed (the reason is on the source, for the editor)
 * @param webhooksPending       deliveries not yet accepted by their receiver and still to be (re)tried
 * @param webhooksRetrying      of those, the ones whose receiver already failed at least once
 * @param webhooksFailed        deliveries given up after the last attempt, waiting for an admin's replay
 * @param oldestPendingSeconds  how long the oldest pending delivery had been waiting; zero when none was
 */
record Backlog(
        long sourcesQueued,
        long sourcesExtracting,
        long sourcesFailed,
        long webhooksPending,
        long webhooksRetrying,
        long webhooksFailed,
        double oldestPendingSeconds) {

    /** The age at {@code now} of a delivery created at {@code oldestPending}; zero when nothing is pending. */
    static double waitingSeconds(Optional<Instant> oldestPending, Instant now) {
        return oldestPending
                .map(created -> Math.max(0, Duration.between(created, now).toMillis() / 1000.0))
                .orElse(0.0);
    }
}
