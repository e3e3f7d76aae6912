package org.bulletincms.issue;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.bulletincms.actor.Role;

/**
 * The moves of the editorial workflow: from which stage, to which stage, and who may make them.
 * Publishing an approved issue is open to editors and approvers: the approver's sign-off is the
 * editorial decision, and publishing it (now or at a set time) is a scheduling act either may do.
 * Unpublishing takes an issue away from front ends altogether (a legal request, a mistake too grave for a
 * correction); like a sign-off it is an editorial decision, so it is the approvers', and it must say why. The
 * issue returns to draft, and publishing it again makes a new edition.
 */
public enum WorkflowAction {
    SEND_TO_TRANSLATION(Stage.DRAFT, Stage.IN_TRANSLATION, Set.of(Role.EDITOR), false),
    SUBMIT_FOR_REVIEW(Stage.IN_TRANSLATION, Stage.IN_REVIEW, Set.of(Role.EDITOR), false),
    REJECT(Stage.IN_REVIEW, Stage.DRAFT, Set.of(Role.APPROVER), true),
    APPROVE(Stage.IN_REVIEW, Stage.APPROVED, Set.of(Role.APPROVER), false),
    WITHDRAW_APPROVAL(Stage.APPROVED, Stage.IN_REVIEW, Set.of(Role.APPROVER), true),
    PUBLISH(Stage.APPROVED, Stage.PUBLISHED, Set.of(Role.EDITOR, Role.APPROVER), false),
    SCHEDULE_PUBLICATION(Stage.APPROVED, Stage.APPROVED, Set.of(Role.EDITOR, Role.APPROVER), false),
    START_CORRECTION(Stage.PUBLISHED, Stage.DRAFT, Set.of(Role.EDITOR), true),
    UNPUBLISH(Stage.PUBLISHED, Stage.DRAFT, Set.of(Role.APPROVER), true);

    private final Stage from;
    private final Stage to;
    private final Set<Role> roles;
    private final boolean needsComment;

    WorkflowAction(Stage from, Stage to, Set<Role> roles, boolean needsComment) {
        this.from = from;
        this.to = to;
        this.roles = roles;
        this.needsComment = needsComment;
    }

    public Stage from() {
        return from;
    }

    public Stage to() {
        return to;
    }

    /** The roles that may take this action (admins may take every action). */
    public Set<Role> roles() {
        return roles;
    }

    /** Rejections, withdrawn approvals, corrections and unpublishing must say why. */
    public boolean needsComment() {
        return needsComment;
    }

    /** The action as the API names it: {@code send-to-translation}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<WorkflowAction> byCode(String code) {
        for (WorkflowAction action : values()) {
            if (action.code().equals(code)) {
                return Optional.of(action);
            }
        }
        return Optional.empty();
    }
}
