package org.bulletincms.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import org.bulletincms.actor.Actor;
import org.bulletincms.issue.Issue;
import org.bulletincms.issue.IssueRepository;
import org.bulletincms.issue.WorkflowAction;

/**
 * Moving an issue through its life cycle on a person's request: the application service the web edge calls. Each
 * move is written at once, so that two people moving the same issue at the same instant are told apart here, by the
 * {@code jakarta.persistence.OptimisticLockException} the second one's write throws, rather than at commit.
 */
@ApplicationScoped
@Transactional
public class Transitions {

    @Inject
    EditorialWorkflow workflow;

    @Inject
    IssueRepository issues;

    /** Takes a workflow action; see {@link WorkflowAction} for who may take which. */
    public void take(Issue issue, WorkflowAction action, Actor actor, Optional<String> comment, Instant now) {
        workflow.take(issue, action, actor, comment, now);
        issues.flush();
    }

    /** Schedules the publication of an approved issue at {@code at}. */
    public void schedule(Issue issue, Actor actor, Instant at, Instant now) {
        workflow.schedule(issue, actor, at, now);
        issues.flush();
    }
}
