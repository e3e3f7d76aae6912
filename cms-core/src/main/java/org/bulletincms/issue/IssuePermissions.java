package org.bulletincms.issue;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.bulletincms.actor.Actor;
import org.bulletincms.actor.NotPermitted;
import org.bulletincms.actor.Role;
import org.bulletincms.refusal.Refusal;

/**
 * The one answer to "may this actor do this to an issue at this stage, and if not, why": the role is checked first
 * (a {@link NotPermitted}, 403), then the stage (an {@link IllegalTransition} for a workflow move, a
 * {@link ContentLocked} for a write the stage locks; both 409). The workflow refuses with it, and the management
 * API lists the actions it allows ({@code allowedActions}) so that no client codes the rules again.
 *
 * <p>Only role and stage are decided here. Facts that need stored data (the four-eyes rule, a locale assigned to
 * another translator, translations still missing) are checked by {@code org.bulletincms.workflow} on top.
 */
public final class IssuePermissions {

    private static final Set<Role> EVERY_ROLE = EnumSet.of(Role.EDITOR, Role.TRANSLATOR, Role.APPROVER);

    private IssuePermissions() {}

    /** Why the actor may not take the action on an issue at this stage; empty when they may. */
    public static Optional<Refusal> refusal(Actor actor, Stage stage, IssueAction action) {
        if (!actor.mayAnyOf(roles(action))) {
            return Optional.of(new NotPermitted("role", actor.username() + " may not " + action.code()));
        }
        return stageRefusal(actor, stage, action);
    }

    /** Throws the refusal when the actor may not take the action on an issue at this stage. */
    public static void require(Actor actor, Stage stage, IssueAction action) {
        Optional<Refusal> refusal = refusal(actor, stage, action);
        if (refusal.isPresent()) {
            throw refusal.get();
        }
    }

    /** Every action the actor may take on an issue at this stage, in declaration order. */
    public static Set<IssueAction> allowed(Actor actor, Stage stage) {
        Set<IssueAction> allowed = EnumSet.noneOf(IssueAction.class);
        for (IssueAction action : IssueAction.values()) {
            if (refusal(actor, stage, action).isEmpty()) {
                allowed.add(action);
            }
        }
        return allowed;
    }

    /** The roles that may take the action at some stage; admins may take every action. */
    public static Set<Role> roles(IssueAction action) {
        return action.transition().map(WorkflowAction::roles).orElseGet(() -> switch (action) {
            case EDIT, ASSIGN_TRANSLATORS -> Set.of(Role.EDITOR);
            case TRANSLATE -> Set.of(Role.TRANSLATOR);
            default -> EVERY_ROLE;
        });
    }

    /**
     * Drafts and issues in translation are open to editors; under review and once approved only admins write (a
     * write to an approved issue voids its sign-off); a published issue changes only through a correction.
     * Translators write while the issue is in translation.
     */
    private static Optional<Refusal> stageRefusal(Actor actor, Stage stage, IssueAction action) {
        if (action.transition().isPresent()) {
            WorkflowAction move = action.transition().get();
            return stage == move.from() ? Optional.empty() : Optional.of(new IllegalTransition(move, stage));
        }
        return switch (action) {
            case EDIT ->
                switch (stage) {
                    case DRAFT, IN_TRANSLATION -> Optional.empty();
                    case IN_REVIEW, APPROVED ->
                        actor.isAdmin() ? Optional.empty() : Optional.of(new ContentLocked(stage, "Content"));
                    case PUBLISHED -> Optional.of(new ContentLocked(stage, "Published content"));
                };
            case TRANSLATE ->
                stage == Stage.IN_TRANSLATION ? Optional.empty() : Optional.of(new ContentLocked(stage, "Translation"));
            default -> Optional.empty();
        };
    }
}
