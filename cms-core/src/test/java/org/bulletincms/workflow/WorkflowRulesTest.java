package org.bulletincms.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.bulletincms.actor.Actor;
import org.bulletincms.actor.NotPermitted;
import org.bulletincms.actor.Role;
import org.bulletincms.issue.CommentRequired;
import org.bulletincms.issue.IllegalTransition;
import org.bulletincms.issue.Issue;
import org.bulletincms.issue.IssueNumber;
import org.bulletincms.issue.Stage;
import org.bulletincms.issue.WorkflowAction;
import org.bulletincms.locale.TextByLocale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class WorkflowRulesTest {

    private static final Instant NOW = Instant.parse("2024-07-01T08:00:00Z");
    private static final Actor EDITOR = new Actor("subject-of-edith", "edith", Set.of(Role.EDITOR));
    private static final Actor TRANSLATOR = new Actor("subject-of-tom", "tom", Set.of(Role.TRANSLATOR));
    private static final Actor APPROVER = new Actor("subject-of-anna", "anna", Set.of(Role.APPROVER));
    private static final Actor ADMIN = new Actor("subject-of-adam", "adam", Set.of(Role.ADMIN));

    @ParameterizedTest
    @EnumSource(value = WorkflowAction.class, names = "SCHEDULE_PUBLICATION", mode = EnumSource.Mode.EXCLUDE)
    void eachActionIsOpenToItsRolesAndToAdminsOnly(WorkflowAction action) {
        for (Role role : Role.values()) {
            Issue issue = issueIn(action.from());
            Actor actor = new Actor("subject-of-" + role.code(), role.code(), Set.of(role));
            boolean allowed = role == Role.ADMIN || action.roles().contains(role);
            if (allowed) {
                issue.take(action, actor, Optional.of("why"), NOW);
                assertEquals(action.to(), issue.stage(), action + " by " + role);
            } else {
                assertThrows(NotPermitted.class, () -> issue.take(action, actor, Optional.of("why"), NOW));
                assertEquals(action.from(), issue.stage(), "refused: nothing changed");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = WorkflowAction.class, names = "SCHEDULE_PUBLICATION", mode = EnumSource.Mode.EXCLUDE)
    void everyActionFromAnotherStageIsAnIllegalTransition(WorkflowAction action) {
        for (Stage stage : EnumSet.complementOf(EnumSet.of(action.from()))) {
            Issue issue = issueIn(stage);
            IllegalTransition illegal =
                    assertThrows(IllegalTransition.class, () -> issue.take(action, ADMIN, Optional.of("why"), NOW));
            assertEquals(stage, illegal.stage());
            assertEquals(stage, issue.stage());
        }
    }

    @Test
    void theRoleIsCheckedBeforeTheStage() {
        Issue draft = issueIn(Stage.DRAFT);

        assertThrows(NotPermitted.class, () -> draft.take(WorkflowAction.PUBLISH, TRANSLATOR, Optional.empty(), NOW));
        assertThrows(IllegalTransition.class, () -> draft.take(WorkflowAction.PUBLISH, EDITOR, Optional.empty(), NOW));
    }

    @Test
    void rejectionNeedsAComment() {
        Issue issue = issueIn(Stage.IN_REVIEW);

        assertThrows(CommentRequired.class, () -> issue.take(WorkflowAction.REJECT, APPROVER, Optional.empty(), NOW));
        assertThrows(CommentRequired.class, () -> issue.take(WorkflowAction.REJECT, APPROVER, Optional.of(" "), NOW));
        assertEquals(Stage.IN_REVIEW, issue.stage());
    }

    @Test
    void aCorrectionStartsTheNextEditionWithItsNote() {
        Issue issue = issueIn(Stage.PUBLISHED);

        issue.take(WorkflowAction.START_CORRECTION, EDITOR, Optional.of("更正：峰会名称"), NOW);

        assertEquals(Stage.DRAFT, issue.stage());
        assertEquals(2, issue.edition());
        assertEquals(Optional.of("更正：峰会名称"), issue.correctionNote());
    }

    @Test
    void unpublishingIsTheApproversSaysWhyAndMakesTheNextPublicationANewEditionWithoutACorrectionNote() {
        Issue issue = issueIn(Stage.PUBLISHED);

        assertThrows(NotPermitted.class, () -> issue.take(WorkflowAction.UNPUBLISH, EDITOR, Optional.of("法律要求"), NOW));
        assertThrows(
                CommentRequired.class, () -> issue.take(WorkflowAction.UNPUBLISH, APPROVER, Optional.empty(), NOW));
        assertEquals(Stage.PUBLISHED, issue.stage());

        issue.take(WorkflowAction.UNPUBLISH, APPROVER, Optional.of("法律要求：撤下全文"), NOW);

        assertEquals(Stage.DRAFT, issue.stage());
        assertEquals(2, issue.edition());
        assertEquals(Optional.empty(), issue.correctionNote(), "the reason is not a correction note for readers");
    }

    @Test
    void aScheduleLiesInTheFutureAndIsCancelledWhenTheIssueLeavesApproval() {
        Issue issue = issueIn(Stage.APPROVED);

        assertThrows(IllegalArgumentException.class, () -> issue.schedulePublication(NOW.minusSeconds(1), EDITOR, NOW));
        assertThrows(NotPermitted.class, () -> issue.schedulePublication(NOW.plusSeconds(60), TRANSLATOR, NOW));
        issue.schedulePublication(NOW.plusSeconds(60), EDITOR, NOW);
        assertEquals(Optional.of(NOW.plusSeconds(60)), issue.publishAt());

        issue.returnToReview("adam", NOW);

        assertEquals(Stage.IN_REVIEW, issue.stage());
        assertEquals(Optional.empty(), issue.publishAt());
    }

    /** An issue brought to {@code stage} by the legal path, as an admin. */
    static Issue issueIn(Stage stage) {
        Issue issue = Issue.draft(
                UUID.randomUUID(),
                new IssueNumber(2024, 2, 16),
                TextByLocale.empty(),
                TextByLocale.empty(),
                Optional.empty(),
                "edith",
                NOW);
        WorkflowAction[] path = {
            WorkflowAction.SEND_TO_TRANSLATION,
            WorkflowAction.SUBMIT_FOR_REVIEW,
            WorkflowAction.APPROVE,
            WorkflowAction.PUBLISH
        };
        for (WorkflowAction step : path) {
            if (issue.stage() == stage) {
                break;
            }
            issue.take(step, ADMIN, Optional.empty(), NOW);
        }
        assertEquals(stage, issue.stage());
        return issue;
    }
}
