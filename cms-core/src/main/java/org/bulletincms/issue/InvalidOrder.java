package org.bulletincms.issue;

import org.bulletincms.refusal.Refusal;

/** A new order of rubrics or items that does not name exactly the entries it rearranges. */
public class InvalidOrder extends Refusal {

    public InvalidOrder(String reason) {
        super("invalid-order", Kind.INVALID, reason, reason);
    }
}
