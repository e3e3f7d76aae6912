package org.bulletincms.issue;

import java.util.List;
import org.bulletincms.refusal.Refusal;

/** A rejection, a withdrawn approval or a correction without the comment that explains it (422). */
public class CommentRequired extends Refusal {

    public CommentRequired(WorkflowAction action) {
        super("comment-required", Kind.INVALID, action.code() + " needs a comment");
    }

    @Override
    public List<FieldViolation> fieldViolations() {
        return List.of(FieldViolation.of("/comment", "comment.required"));
    }
}
