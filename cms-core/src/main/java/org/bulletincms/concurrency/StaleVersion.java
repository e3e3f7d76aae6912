package org.bulletincms.concurrency;

import java.util.Objects;
import org.bulletincms.refusal.Refusal;

/**
 * A change to a version that is no longer current (412): someone changed the thing after the caller read it. The
 * current tag goes back to the caller (the web edge sends it as {@code ETag}), so they can reload and apply again.
 */
public class StaleVersion extends Refusal {

    private final String current;

    /** @param current the current tag, unquoted */
    public StaleVersion(String current) {
        super("precondition-failed", Kind.STALE, "the version changed; it is now " + current);
        this.current = Objects.requireNonNull(current, "current");
    }

    /** The current tag, unquoted. */
    public String current() {
        return current;
    }

    @Override
    public String detailKey() {
        return "stale";
    }
}
