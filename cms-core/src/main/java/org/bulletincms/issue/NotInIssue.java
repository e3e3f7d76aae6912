package org.bulletincms.issue;

import java.util.UUID;

/** A rubric or item id that does not belong to the issue addressed. */
public class NotInIssue extends RuntimeException {

    public NotInIssue(String what, UUID id) {
        super("no " + what + " " + id + " in this issue");
    }
}
