package org.bulletincms.issue;

import org.bulletincms.refusal.Refusal;

/** The issue's stage does not allow this write (409): e.g. an editor changing content under review. */
public class ContentLocked extends Refusal {

    private final Stage stage;

    public ContentLocked(Stage stage, String what) {
        super("content-locked", Kind.CONFLICT, what + " is locked while the issue is " + stage.code(), stage.code());
        this.stage = stage;
    }

    public Stage stage() {
        return stage;
    }
}
