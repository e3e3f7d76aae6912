package org.bulletincms.issue;

import org.bulletincms.refusal.Refusal;

/** The action cannot be taken from the stage the issue is in (409): e.g. approving a draft. */
public class IllegalTransition extends Refusal {

    private final WorkflowAction action;
    private final Stage stage;

    public IllegalTransition(WorkflowAction action, Stage stage) {
        super(
                "illegal-transition",
                Kind.CONFLICT,
                action.code() + " is not possible while the issue is " + stage.code(),
                action.code(),
                stage.code());
        this.action = action;
        this.stage = stage;
    }

    public WorkflowAction action() {
        return action;
    }

    public Stage stage() {
        return stage;
    }
}
