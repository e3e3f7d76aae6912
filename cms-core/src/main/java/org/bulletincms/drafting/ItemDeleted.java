package org.bulletincms.drafting;

import org.bulletincms.refusal.Refusal;

/** The item was deleted (409): its revisions can be read but not restored into it. */
public class ItemDeleted extends Refusal {

    public ItemDeleted(int revision) {
        super("item-deleted", Kind.CONFLICT, "the item of revision " + revision + " was deleted", revision);
    }
}
