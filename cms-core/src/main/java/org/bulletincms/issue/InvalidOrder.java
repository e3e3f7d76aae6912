package org.bulletincms.issue;

/** A new order of rubrics or items that does not name exactly the entries it rearranges. */
public class InvalidOrder extends RuntimeException {

    public InvalidOrder(String reason) {
        super(reason);
    }
}
