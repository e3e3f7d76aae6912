package org.bulletincms.workflow;

import org.bulletincms.refusal.Refusal;

/** The issue no longer has the content that was signed off, so it cannot be published (409). */
public class SignOffOutdated extends Refusal {

    public SignOffOutdated(String signedHash, String currentHash) {
        super("sign-off-outdated", Kind.CONFLICT, "signed " + signedHash + " but the issue is now " + currentHash);
    }
}
