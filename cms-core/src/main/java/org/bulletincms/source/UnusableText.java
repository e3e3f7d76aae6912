package org.bulletincms.source;

/** The parser's output cannot be kept as a source's text, for the reason given. */
class UnusableText extends RuntimeException {

    private final FailureReason reason;

    UnusableText(FailureReason reason, String detail, Throwable cause) {
        super(detail, cause, false, false);
        this.reason = reason;
    }

    ParseOutcome.Failed asFailure() {
        return new ParseOutcome.Failed(reason, getMessage());
    }
}
