package org.bulletincms.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.bulletincms.account.Account;
import org.bulletincms.account.Accounts;
import org.bulletincms.actor.Actor;
import org.bulletincms.actor.Role;
import org.bulletincms.issue.Issue;
import org.bulletincms.issue.IssueNumber;
import org.bulletincms.issue.Stage;
import org.bulletincms.issue.WorkflowAction;
import org.bulletincms.locale.TextByLocale;
import org.bulletincms.testing.RecordedEvents;
import org.junit.jupiter.api.Test;

/** Whose authority a scheduled publication runs on, when it is refused (no container: the refusals touch no table). */
class ScheduledPublicationTest {

    private static final Instant NOW = Instant.parse("2026-12-06T08:00:00Z");
    private static final Instant AT = NOW.plusSeconds(60);
    private static final Actor EDITOR = new Actor("subject-of-edith", "edith", Set.of(Role.EDITOR));
    private static final Actor APPROVER = new Actor("subject-of-anna", "anna", Set.of(Role.APPROVER));

    private final Map<String, Account> accountTable = new HashMap<>();
    private final RecordedEvents<AuditEvent> audit = new RecordedEvents<>();
    private final EditorialWorkflow workflow = new EditorialWorkflow();
    private final Issue issue = approvedAndScheduledBy(EDITOR);

    ScheduledPublicationTest() {
        workflow.accounts = new Accounts() {
            @Override
            public Optional<Set<Role>> lastSeenRoles(String subject) {
                return Optional.ofNullable(accountTable.get(subject)).flatMap(Account::roles);
            }
        };
        workflow.audit = audit;
    }

    @Test
    void aSchedulerWhoLostThePublishingRoleIsNotPublishedFor() {
        seen(EDITOR, Set.of(Role.TRANSLATOR));

        workflow.publishScheduled(issue, AT);

        assertStaysApprovedWithoutSchedule();
        AuditEvent cancelled = audit.fired().get(0);
        assertEquals("schedule-publication-cancelled", cancelled.action());
        assertEquals(Actor.SYSTEM, cancelled.actor());
        assertEquals(
                Map.of("reason", "scheduler-may-not-publish", "onBehalfOf", EDITOR.subject()), cancelled.details());
    }

    @Test
    void aSchedulerTheProductDoesNotKnowIsNotPublishedFor() {
        workflow.publishScheduled(issue, AT);

        assertStaysApprovedWithoutSchedule();
        assertEquals("scheduler-unknown", audit.fired().get(0).details().get("reason"));
    }

    @Test
    void aSchedulerNotSeenSinceRolesWereRecordedIsUnknown() {
        accountTable.put(EDITOR.subject(), new Account(EDITOR.subject(), EDITOR.username(), NOW));

        workflow.publishScheduled(issue, AT);

        assertStaysApprovedWithoutSchedule();
        assertEquals("scheduler-unknown", audit.fired().get(0).details().get("reason"));
    }

    @Test
    void nothingHappensBeforeTheTime() {
        seen(EDITOR, Set.of(Role.TRANSLATOR));

        workflow.publishScheduled(issue, AT.minusSeconds(1));

        assertEquals(Optional.of(AT), issue.publishAt());
        assertEquals(List.of(), audit.fired());
    }

    @Test
    void theSystemActsWithTheRolesOfThePersonItActsFor() {
        Actor system = Actor.system(APPROVER.subject(), APPROVER.roles());

        assertEquals(Actor.SYSTEM, system.subject());
        assertEquals(Optional.of(APPROVER.subject()), system.onBehalfOf());
        assertTrue(system.mayAnyOf(WorkflowAction.PUBLISH.roles()));
        assertTrue(!Actor.system(EDITOR.subject(), Set.of(Role.TRANSLATOR)).mayAnyOf(WorkflowAction.PUBLISH.roles()));
    }

    private void assertStaysApprovedWithoutSchedule() {
        assertEquals(Stage.APPROVED, issue.stage());
        assertEquals(Optional.empty(), issue.publishAt());
        assertEquals(Optional.empty(), issue.publishScheduledBy());
        assertEquals(1, audit.fired().size());
    }

    private void seen(Actor person, Set<Role> roles) {
        Account account = new Account(person.subject(), person.username(), NOW);
        account.seenWith(roles);
        accountTable.put(person.subject(), account);
    }

    private static Issue approvedAndScheduledBy(Actor scheduler) {
        Issue issue = Issue.draft(
                UUID.randomUUID(),
                new IssueNumber(2024, 2, 16),
                TextByLocale.empty(),
                TextByLocale.empty(),
                Optional.empty(),
                "edith",
                NOW);
        issue.take(WorkflowAction.SEND_TO_TRANSLATION, EDITOR, Optional.empty(), NOW);
        issue.take(WorkflowAction.SUBMIT_FOR_REVIEW, EDITOR, Optional.empty(), NOW);
        issue.take(WorkflowAction.APPROVE, APPROVER, Optional.empty(), NOW);
        issue.schedulePublication(AT, scheduler, NOW);
        return issue;
    }
}
