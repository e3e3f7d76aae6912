package org.bulletincms.issue;

import java.util.UUID;
import org.bulletincms.refusal.Refusal;

/**
 * A rubric or item id that does not belong to the issue addressed. Answers {@code not-found}, the type it had before
 * refusals had codes: for the caller, the path names nothing.
 */
public class NotInIssue extends Refusal {

    /** What the id was meant to name. */
    public enum Part {
        RUBRIC,
        ITEM
    }

    private final Part part;

    public NotInIssue(Part part, UUID id) {
        super("not-found", Kind.NOT_FOUND, "no " + part + " " + id + " in this issue", id);
        this.part = part;
    }

    @Override
    public String detailKey() {
        return part == Part.RUBRIC ? "rubric-not-in-issue" : "item-not-in-issue";
    }
}
