package org.bulletincms.webhook;

import java.util.Optional;

/**
 * What one delivery attempt came to: the receiver's status code if it answered, or the reason it was not
 * reached ({@code address-refused}, {@code unresolvable}, {@code ambiguous-ip}, {@code timeout},
 * {@code connection-refused}, {@code connection-failed}). The receiver's body is never part of it.
 */
public record AttemptOutcome(Optional<Integer> status, Optional<String> error) {

    public static AttemptOutcome answered(int status) {
        return new AttemptOutcome(Optional.of(status), Optional.empty());
    }

    public static AttemptOutcome notSent(String reason) {
        return new AttemptOutcome(Optional.empty(), Optional.of(reason));
    }

    public boolean delivered() {
        return status.filter(code -> code >= 200 && code < 300).isPresent();
    }

    /** Why the attempt failed, in a word: {@code status-503} for an answer, else the reason it was not sent. */
    public String failureReason() {
        return status.map(code -> "status-" + code).or(() -> error).orElse("connection-failed");
    }

    public boolean gone() {
        return status.filter(code -> code == 410).isPresent();
    }
}
