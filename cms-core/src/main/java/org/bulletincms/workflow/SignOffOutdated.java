package org.bulletincms.workflow;

/** The issue no longer has the content that was signed off, so it cannot be published (409). */
public class SignOffOutdated extends RuntimeException {

    public SignOffOutdated(String signedHash, String currentHash) {
        super("signed " + signedHash + " but the issue is now " + currentHash);
    }
}
