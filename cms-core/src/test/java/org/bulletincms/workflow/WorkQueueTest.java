package org.bulletincms.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.bulletincms.actor.Actor;
import org.bulletincms.actor.Role;
import org.bulletincms.issue.Issue;
import org.bulletincms.issue.IssueNumber;
import org.bulletincms.issue.IssueRepository;
import org.bulletincms.issue.Stage;
import org.bulletincms.locale.TextByLocale;
import org.bulletincms.translation.LocaleAssignment;
import org.bulletincms.translation.TranslationRepository;
import org.junit.jupiter.api.Test;

/** Which issues wait for whom ("my tasks"), over in-memory stand-ins for the tables. */
class WorkQueueTest {

    private static final Instant NOW = Instant.parse("2026-12-06T08:00:00Z");
    private static final Actor EDITH = new Actor("subject-of-edith", "edith", Set.of(Role.EDITOR));
    private static final Actor TOM = new Actor("subject-of-tom", "tom", Set.of(Role.TRANSLATOR));
    private static final Actor ANNA = new Actor("subject-of-anna", "anna", Set.of(Role.APPROVER, Role.EDITOR));

    private final Issue started = issue(1, EDITH.subject());
    private final Issue writtenIn = issue(2, "subject-of-someone");
    private final Issue othersDraft = issue(3, "subject-of-someone");
    private final Issue open = issue(4, "subject-of-someone");
    private final Issue assignedToTom = issue(5, "subject-of-someone");
    private final Issue assignedElsewhere = issue(6, "subject-of-someone");
    private final Issue annaWroteIn = issue(7, "subject-of-someone");
    private final Issue toReview = issue(8, "subject-of-someone");

    private final Stages stages = new Stages(Map.of(
            Stage.DRAFT, List.of(started, writtenIn, othersDraft),
            Stage.IN_TRANSLATION, List.of(open, assignedToTom, assignedElsewhere),
            Stage.IN_REVIEW, List.of(annaWroteIn, toReview)));
    private final Assignments assignments = new Assignments();
    private final Contributors contributors = new Contributors();
    private final WorkQueue queue = new WorkQueue();

    WorkQueueTest() {
        queue.issues = stages;
        queue.translations = assignments;
        queue.records = contributors;
        queue.fourEyes = true;
        contributors.rows.add(writtenIn.id() + " " + EDITH.subject());
        contributors.rows.add(annaWroteIn.id() + " " + ANNA.subject());
        assignments.assign(assignedToTom, "en", "subject-of-tom");
        assignments.assign(assignedToTom, "fr", "subject-of-tina");
        assignments.assign(assignedElsewhere, "en", "subject-of-tina");
    }

    @Test
    void anEditorIsOfferedTheDraftsTheyStartedOrWroteInAndNothingElse() {
        WorkQueue.Waiting waiting = queue.of(EDITH);

        assertEquals(ids(started, writtenIn), ids(waiting.drafts()));
        assertEquals(List.of(), waiting.translations());
        assertEquals(List.of(), waiting.reviews());
    }

    @Test
    void aTranslatorIsOfferedEveryIssueInTranslationUnlessAllItsLocalesAreSomeoneElses() {
        assertEquals(ids(open, assignedToTom), ids(queue.of(TOM).translations()));
    }

    @Test
    void theFourEyesRuleKeepsAnApproverFromReviewingAnIssueTheyWroteIn() {
        assertEquals(ids(toReview), ids(queue.of(ANNA).reviews()));

        queue.fourEyes = false;

        assertEquals(ids(annaWroteIn, toReview), ids(queue.of(ANNA).reviews()));
    }

    private static List<UUID> ids(Issue... issues) {
        return Arrays.stream(issues).map(Issue::id).toList();
    }

    private static List<UUID> ids(List<WorkQueue.WaitingIssue> waiting) {
        return waiting.stream().map(WorkQueue.WaitingIssue::id).toList();
    }

    private static Issue issue(int number, String createdBy) {
        return Issue.draft(
                UUID.randomUUID(),
                new IssueNumber(2024, number, 100 + number),
                TextByLocale.empty(),
                TextByLocale.empty(),
                Optional.empty(),
                createdBy,
                NOW);
    }

    /** The issues table, answering each stage with the issues given for it. */
    private static final class Stages extends IssueRepository {

        private final Map<Stage, List<Issue>> byStage;

        Stages(Map<Stage, List<Issue>> byStage) {
            this.byStage = new EnumMap<>(byStage);
        }

        @Override
        public List<Issue> inStage(Stage stage) {
            return byStage.getOrDefault(stage, List.of());
        }
    }

    /** The issue-locale table. */
    private static final class Assignments extends TranslationRepository {

        private final List<LocaleAssignment> rows = new ArrayList<>();

        void assign(Issue issue, String locale, String translator) {
            LocaleAssignment assignment = new LocaleAssignment(issue.id(), locale);
            assignment.assign(translator);
            rows.add(assignment);
        }

        @Override
        public List<LocaleAssignment> assignments(UUID issueId) {
            return rows.stream().filter(row -> row.issueId().equals(issueId)).toList();
        }
    }

    /** The contributors table: "issue subject" rows. */
    private static final class Contributors extends WorkflowRepository {

        private final List<String> rows = new ArrayList<>();

        @Override
        public boolean contributed(UUID issueId, String subject) {
            return rows.contains(issueId + " " + subject);
        }
    }
}
