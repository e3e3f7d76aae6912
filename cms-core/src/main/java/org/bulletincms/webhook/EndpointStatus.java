package org.bulletincms.webhook;

import java.time.Instant;
import java.util.Optional;

/**
 * What an admin needs to see about an endpoint: failing (since when, why) or healthy, how many deliveries wait
 * to be sent or retried ({@code backlog}), how many of those wait behind an earlier event of the same issue that is
 * not through yet ({@code heldBack}: a failing delivery holds back only its own issue's later events) and how many
 * were given up ({@code failed}: they need a replay).
 */
public record EndpointStatus(
        Optional<Instant> failingSince,
        Optional<String> lastFailure,
        Optional<Instant> lastFailureAt,
        long backlog,
        long heldBack,
        long failed) {

    /** A new endpoint's: nothing tried, nothing failed. */
    public static EndpointStatus healthy() {
        return new EndpointStatus(Optional.empty(), Optional.empty(), Optional.empty(), 0, 0, 0);
    }

    public boolean failing() {
        return failingSince.isPresent();
    }
}
