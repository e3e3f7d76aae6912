package org.bulletincms.webhook;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of event an endpoint may ask for, by their stable wire codes. */
public enum WebhookEvent {
    /** The first edition of an issue was published. */
    ISSUE_PUBLISHED("issue.published"),
    /** A later edition (a correction) of an issue was published. */
    ISSUE_CORRECTED("issue.corrected"),
    /** A published issue was unpublished: front ends should take every edition of it down. */
    ISSUE_UNPUBLISHED("issue.unpublished");

    private final String code;

    WebhookEvent(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<WebhookEvent> ofCode(String code) {
        return Arrays.stream(values()).filter(event -> event.code.equals(code)).findFirst();
    }
}
