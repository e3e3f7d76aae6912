package org.bulletincms.workflow;

/** A rejection, a withdrawn approval or a correction without the comment that explains it (422). */
public class CommentRequired extends RuntimeException {

    public CommentRequired(WorkflowAction action) {
        super(action.code() + " needs a comment");
    }
}
