package org.bulletincms.workflow;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.bulletincms.issue.IssueAction;
import org.bulletincms.issue.Stage;

/**
 * Where an issue is in its life cycle as one person sees it: what they may do now, and the sign-off that holds while
 * it is approved.
 *
 * @param edition the edition being worked on or last published
 */
public record WorkflowState(
        UUID issue,
        Stage stage,
        int edition,
        Set<IssueAction> allowedActions,
        Optional<Instant> publishAt,
        Optional<String> correctionNote,
        Optional<SignOffView> signOff) {

    public WorkflowState {
        Objects.requireNonNull(issue, "issue");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(publishAt, "publishAt");
        Objects.requireNonNull(correctionNote, "correctionNote");
        Objects.requireNonNull(signOff, "signOff");
        allowedActions = Set.copyOf(allowedActions);
    }
}
