package org.bulletincms.issue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.bulletincms.actor.Actor;
import org.bulletincms.actor.NotPermitted;
import org.bulletincms.actor.Role;
import org.bulletincms.refusal.Refusal;
import org.junit.jupiter.api.Test;

/**
 * The rule table, every role at every stage for every action, against a table written out here by hand (not
 * derived from {@link WorkflowAction}), so a change to the rules must be made twice on purpose.
 */
class IssuePermissionsTest {

    /** Who may take each action (admins aside), and at which stages; written out, not computed. */
    private record Rule(Set<Role> roles, Set<Stage> stages, Set<Stage> adminOnlyStages) {}

    private static final Set<Stage> EVERY_STAGE = EnumSet.allOf(Stage.class);
    private static final Set<Role> EDITOR = EnumSet.of(Role.EDITOR);
    private static final Set<Role> APPROVER = EnumSet.of(Role.APPROVER);

    private static final Map<IssueAction, Rule> TABLE = Map.ofEntries(
            Map.entry(IssueAction.SEND_TO_TRANSLATION, rule(EDITOR, Stage.DRAFT)),
            Map.entry(IssueAction.SUBMIT_FOR_REVIEW, rule(EDITOR, Stage.IN_TRANSLATION)),
            Map.entry(IssueAction.REJECT, rule(APPROVER, Stage.IN_REVIEW)),
            Map.entry(IssueAction.APPROVE, rule(APPROVER, Stage.IN_REVIEW)),
            Map.entry(IssueAction.WITHDRAW_APPROVAL, rule(APPROVER, Stage.APPROVED)),
            Map.entry(IssueAction.PUBLISH, rule(EnumSet.of(Role.EDITOR, Role.APPROVER), Stage.APPROVED)),
            Map.entry(IssueAction.SCHEDULE_PUBLICATION, rule(EnumSet.of(Role.EDITOR, Role.APPROVER), Stage.APPROVED)),
            Map.entry(IssueAction.START_CORRECTION, rule(EDITOR, Stage.PUBLISHED)),
            Map.entry(IssueAction.UNPUBLISH, rule(APPROVER, Stage.PUBLISHED)),
            Map.entry(
                    IssueAction.EDIT,
                    new Rule(
                            EDITOR,
                            EnumSet.of(Stage.DRAFT, Stage.IN_TRANSLATION),
                            EnumSet.of(Stage.IN_REVIEW, Stage.APPROVED))),
            Map.entry(IssueAction.TRANSLATE, rule(EnumSet.of(Role.TRANSLATOR), Stage.IN_TRANSLATION)),
            Map.entry(IssueAction.ASSIGN_TRANSLATORS, new Rule(EDITOR, EVERY_STAGE, Set.of())),
            Map.entry(
                    IssueAction.COMMENT,
                    new Rule(EnumSet.of(Role.EDITOR, Role.TRANSLATOR, Role.APPROVER), EVERY_STAGE, Set.of())));

    @Test
    void theTableCoversEveryAction() {
        assertEquals(EnumSet.allOf(IssueAction.class), TABLE.keySet());
    }

    @Test
    void everyRoleAtEveryStageMayTakeExactlyTheActionsOfTheTable() {
        List<String> wrong = new ArrayList<>();
        for (Role role : Role.values()) {
            Actor actor = new Actor("subject-of-" + role.code(), role.code(), Set.of(role));
            for (Stage stage : Stage.values()) {
                for (IssueAction action : IssueAction.values()) {
                    String expected = expected(role, stage, action);
                    String actual = IssuePermissions.refusal(actor, stage, action)
                            .map(Refusal::code)
                            .orElse("allowed");
                    if (!expected.equals(actual)) {
                        wrong.add(role.code() + " " + stage.code() + " " + action.code() + ": expected " + expected
                                + ", got " + actual);
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void theAllowedActionsAreThoseWithoutARefusal() {
        for (Role role : Role.values()) {
            Actor actor = new Actor("subject-of-" + role.code(), role.code(), Set.of(role));
            for (Stage stage : Stage.values()) {
                Set<IssueAction> expected = EnumSet.allOf(IssueAction.class).stream()
                        .filter(action -> expected(role, stage, action).equals("allowed"))
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(IssueAction.class)));
                assertEquals(expected, IssuePermissions.allowed(actor, stage), role + " at " + stage);
            }
        }
    }

    @Test
    void someoneWithoutARoleMayDoNothing() {
        Actor nobody = new Actor("subject-of-nobody", "nobody", Set.of());
        for (Stage stage : Stage.values()) {
            assertEquals(Set.of(), IssuePermissions.allowed(nobody, stage));
        }
    }

    @Test
    void theRoleIsCheckedBeforeTheStage() {
        Actor translator = new Actor("subject-of-tom", "tom", Set.of(Role.TRANSLATOR));

        NotPermitted refused = assertThrows(
                NotPermitted.class, () -> IssuePermissions.require(translator, Stage.PUBLISHED, IssueAction.EDIT));
        assertEquals("role", refused.reason());
    }

    @Test
    void aLockedWriteSaysWhichStageLocksIt() {
        Actor editor = new Actor("subject-of-edith", "edith", Set.of(Role.EDITOR));

        Optional<Refusal> refusal = IssuePermissions.refusal(editor, Stage.IN_REVIEW, IssueAction.EDIT);

        assertEquals(
                Stage.IN_REVIEW,
                assertInstanceOf(ContentLocked.class, refusal.orElseThrow()).stage());
    }

    @Test
    void aMoveFromTheWrongStageIsAnIllegalTransitionNamingTheMove() {
        Actor approver = new Actor("subject-of-anna", "anna", Set.of(Role.APPROVER));

        IllegalTransition illegal = assertInstanceOf(
                IllegalTransition.class,
                IssuePermissions.refusal(approver, Stage.DRAFT, IssueAction.APPROVE)
                        .orElseThrow());

        assertEquals(WorkflowAction.APPROVE, illegal.action());
        assertEquals(Stage.DRAFT, illegal.stage());
    }

    /** What the hand-written table says: allowed, or the code of the refusal (role first, then stage). */
    private static String expected(Role role, Stage stage, IssueAction action) {
        Rule rule = TABLE.get(action);
        boolean admin = role == Role.ADMIN;
        if (!admin && !rule.roles().contains(role)) {
            return "forbidden";
        }
        if (rule.stages().contains(stage) || admin && rule.adminOnlyStages().contains(stage)) {
            return "allowed";
        }
        return action.transition().isPresent() ? "illegal-transition" : "content-locked";
    }

    private static Rule rule(Set<Role> roles, Stage stage) {
        return new Rule(roles, EnumSet.of(stage), Set.of());
    }
}
