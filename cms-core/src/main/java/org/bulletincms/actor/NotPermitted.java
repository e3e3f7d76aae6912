package org.bulletincms.actor;

import org.bulletincms.refusal.Refusal;

/** The actor's roles do not allow this (403); {@code reason} is a stable code such as {@code role} or {@code four-eyes}. */
public class NotPermitted extends Refusal {

    private final String reason;

    public NotPermitted(String reason, String message) {
        super("forbidden", Kind.FORBIDDEN, message, message);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }

    /** One fact (not allowed), worded per reason: {@code detail.not-permitted-role}, {@code ...-four-eyes}. */
    @Override
    public String detailKey() {
        return "not-permitted-" + reason;
    }
}
