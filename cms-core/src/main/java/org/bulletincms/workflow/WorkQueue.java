package org.bulletincms.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.bulletincms.actor.Actor;
import org.bulletincms.actor.Role;
import org.bulletincms.issue.Issue;
import org.bulletincms.issue.IssueNumber;
import org.bulletincms.issue.IssueRepository;
import org.bulletincms.issue.Stage;
import org.bulletincms.translation.LocaleAssignment;
import org.bulletincms.translation.TranslationRepository;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What waits for a person ("my tasks"): drafts an editor started or wrote in, issues in translation for a translator
 * (unless every locale is assigned to someone else), issues in review an approver may approve (the four-eyes rule
 * keeps an approver from those they wrote in, as {@link EditorialWorkflow} does when they approve).
 */
@ApplicationScoped
@Transactional
public class WorkQueue {

    /** The issues waiting for one person, each list oldest change first; a list is empty for a role they lack. */
    public record Waiting(List<WaitingIssue> drafts, List<WaitingIssue> translations, List<WaitingIssue> reviews) {

        public Waiting {
            drafts = List.copyOf(drafts);
            translations = List.copyOf(translations);
            reviews = List.copyOf(reviews);
        }
    }

    /** An issue that waits for someone, as a task list shows it. */
    public record WaitingIssue(UUID id, UUID publication, IssueNumber number, Stage stage, Instant updatedAt) {

        public WaitingIssue {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(publication, "publication");
            Objects.requireNonNull(number, "number");
            Objects.requireNonNull(stage, "stage");
            Objects.requireNonNull(updatedAt, "updatedAt");
        }

        static WaitingIssue of(Issue issue) {
            return new WaitingIssue(
                    issue.id(), issue.publicationId(), issue.number(), issue.stage(), issue.updatedAt());
        }
    }

    @Inject
    IssueRepository issues;

    @Inject
    TranslationRepository translations;

    @Inject
    WorkflowRepository records;

    @Inject
    @ConfigProperty(name = EditorialWorkflow.FOUR_EYES, defaultValue = "true")
    boolean fourEyes;

    public Waiting of(Actor actor) {
        List<Issue> drafts = actor.may(Role.EDITOR)
                ? issues.inStage(Stage.DRAFT).stream()
                        .filter(issue -> issue.createdBy().equals(actor.subject())
                                || records.contributed(issue.id(), actor.subject()))
                        .toList()
                : List.of();
        List<Issue> translating = actor.may(Role.TRANSLATOR)
                ? issues.inStage(Stage.IN_TRANSLATION).stream()
                        .filter(issue -> !assignedElsewhere(issue, actor))
                        .toList()
                : List.of();
        List<Issue> reviews = actor.may(Role.APPROVER)
                ? issues.inStage(Stage.IN_REVIEW).stream()
                        .filter(issue -> !fourEyes || !records.contributed(issue.id(), actor.subject()))
                        .toList()
                : List.of();
        return new Waiting(waiting(drafts), waiting(translating), waiting(reviews));
    }

    private static List<WaitingIssue> waiting(List<Issue> issues) {
        return issues.stream().map(WaitingIssue::of).toList();
    }

    /** Every locale of the issue has a translator, and none of them is this person. */
    private boolean assignedElsewhere(Issue issue, Actor actor) {
        List<LocaleAssignment> assignments = translations.assignments(issue.id());
        return !assignments.isEmpty()
                && assignments.stream()
                        .allMatch(assignment -> assignment
                                .translator()
                                .filter(translator -> !translator.equals(actor.subject()))
                                .isPresent());
    }
}
