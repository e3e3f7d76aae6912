package org.bulletincms.drafting;

import org.bulletincms.refusal.Refusal;

/** A revision that cannot be read as content with the installed section types any more (409). */
public class RevisionUnreadable extends Refusal {

    public RevisionUnreadable(int revision, String reason) {
        super(
                "revision-unreadable",
                Kind.CONFLICT,
                "revision " + revision + " is unreadable: " + reason,
                revision,
                reason);
    }
}
