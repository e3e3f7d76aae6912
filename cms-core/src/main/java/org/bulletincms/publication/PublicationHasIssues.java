package org.bulletincms.publication;

import org.bulletincms.refusal.Refusal;

/** A publication that still has issues cannot be deleted: its issues would lose what they belong to. */
public class PublicationHasIssues extends Refusal {

    public PublicationHasIssues(long issues) {
        super("publication-has-issues", Kind.CONFLICT, "the publication still has " + issues + " issue(s)", issues);
    }
}
