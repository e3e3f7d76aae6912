package org.bulletincms.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.bulletincms.account.Accounts;
import org.bulletincms.actor.Actor;
import org.bulletincms.issue.Issue;
import org.bulletincms.issue.IssueRepository;
import org.bulletincms.issue.WorkflowAction;

/**
 * Moving an issue through its life cycle on a person's request: the application service the web edge calls, each
 * call its own transaction, answering with the {@link WorkflowState} the person sees after the move. Each move is
 * written at once, so that two people moving the same issue at the same instant are told apart here, by the
 * {@code jakarta.persistence.OptimisticLockException} the second one's write throws, rather than at commit.
 */
@ApplicationScoped
@Transactional
public class Transitions {

    @Inject
    EditorialWorkflow workflow;

    @Inject
    IssueRepository issues;

    @Inject
    WorkflowRepository records;

    @Inject
    Accounts accounts;

    /** Where the issue is, as the actor sees it; empty when there is no such issue. */
    public Optional<WorkflowState> state(Actor actor, UUID issueId) {
        return issues.find(issueId).map(issue -> state(issue, actor));
    }

    /**
     * Takes a workflow action (see {@link WorkflowAction} for who may take which); empty when there is no such
     * issue.
     */
    public Optional<WorkflowState> take(
            UUID issueId, WorkflowAction action, Actor actor, Optional<String> comment, Instant now) {
        return issues.find(issueId).map(issue -> {
            workflow.take(issue, action, actor, comment, now);
            issues.flush();
            return state(issue, actor);
        });
    }

    /** Schedules the publication of an approved issue at {@code at}; empty when there is no such issue. */
    public Optional<WorkflowState> schedule(UUID issueId, Actor actor, Instant at, Instant now) {
        return issues.find(issueId).map(issue -> {
            workflow.schedule(issue, actor, at, now);
            issues.flush();
            return state(issue, actor);
        });
    }

    private WorkflowState state(Issue issue, Actor actor) {
        return new WorkflowState(
                issue.id(),
                issue.stage(),
                issue.edition(),
                workflow.allowedActions(issue, actor),
                issue.publishAt(),
                issue.correctionNote(),
                records.validSignOff(issue.id()).map(signOff -> SignOffView.of(signOff, accounts)));
    }
}
