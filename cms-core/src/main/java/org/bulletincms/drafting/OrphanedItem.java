package org.bulletincms.drafting;

import org.bulletincms.refusal.Refusal;

/** The item's section type is not installed (409): its content is kept verbatim and cannot be changed. */
public class OrphanedItem extends Refusal {

    public OrphanedItem(String sectionType) {
        super("orphaned-item", Kind.CONFLICT, "section type " + sectionType + " is not installed", sectionType);
    }
}
