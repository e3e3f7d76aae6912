package org.bulletincms.issue;

import java.util.Locale;
import java.util.Optional;

/**
 * What someone may do to an issue: each move of the workflow ({@link WorkflowAction}) and the writes a stage allows
 * or locks (editing content and structure, translating, assigning translators, commenting). The codes are part of
 * the management API ({@code allowedActions}): clients show a button for each, so a code never changes once
 * released. Who may do which, at which stage, is decided by {@link IssuePermissions} alone.
 *
 * @since 0.2
 */
public enum IssueAction {
    SEND_TO_TRANSLATION(WorkflowAction.SEND_TO_TRANSLATION),
    SUBMIT_FOR_REVIEW(WorkflowAction.SUBMIT_FOR_REVIEW),
    REJECT(WorkflowAction.REJECT),
    APPROVE(WorkflowAction.APPROVE),
    WITHDRAW_APPROVAL(WorkflowAction.WITHDRAW_APPROVAL),
    PUBLISH(WorkflowAction.PUBLISH),
    SCHEDULE_PUBLICATION(WorkflowAction.SCHEDULE_PUBLICATION),
    START_CORRECTION(WorkflowAction.START_CORRECTION),
    UNPUBLISH(WorkflowAction.UNPUBLISH),
    /** Write content or structure: cover, rubrics, items, restoring a revision, deleting the issue. */
    EDIT(null),
    /** Write a target locale's values of the items. */
    TRANSLATE(null),
    /** Say who translates each target locale. */
    ASSIGN_TRANSLATORS(null),
    /** Write, resolve and reopen comments on the issue and its items. */
    COMMENT(null);

    private final WorkflowAction transition;

    IssueAction(WorkflowAction transition) {
        this.transition = transition;
    }

    /** The workflow move this action is, if it is one. */
    public Optional<WorkflowAction> transition() {
        return Optional.ofNullable(transition);
    }

    /** The action as the API names it: {@code send-to-translation}, {@code edit}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The action that is this workflow move. */
    public static IssueAction of(WorkflowAction move) {
        for (IssueAction action : values()) {
            if (action.transition == move) {
                return action;
            }
        }
        throw new IllegalArgumentException("no issue action for " + move);
    }
}
