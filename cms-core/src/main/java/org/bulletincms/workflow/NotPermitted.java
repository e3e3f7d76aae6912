package org.bulletincms.workflow;

/** The actor's roles do not allow this (403); {@code reason} is a stable code such as {@code role} or {@code four-eyes}. */
public class NotPermitted extends RuntimeException {

    private final String reason;

    public NotPermitted(String reason, String message) {
        super(message);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
