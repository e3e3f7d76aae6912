package org.bulletincms.concurrency;

import org.bulletincms.refusal.Refusal;

/** A change that does not name the version it changes (428): it could overwrite a change it never saw. */
public class VersionRequired extends Refusal {

    public VersionRequired() {
        super("precondition-required", Kind.VERSION_REQUIRED, "a change must name the version it changes");
    }

    @Override
    public String detailKey() {
        return "if-match-required";
    }
}
