package org.bulletincms.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.bulletincms.account.Accounts;
import org.bulletincms.issue.IssueRepository;

/**
 * What the workflow recorded about an issue, read by the web edge: its sign-offs (valid or voided) and its published
 * editions (each an immutable snapshot). They are written only by {@link EditorialWorkflow}. Each answer is empty
 * when there is no such issue.
 */
@ApplicationScoped
@Transactional
public class IssueRecords {

    @Inject
    WorkflowRepository records;

    @Inject
    IssueRepository issues;

    @Inject
    Accounts accounts;

    /** Every sign-off of the issue, valid or voided. */
    public Optional<List<SignOffView>> signOffs(UUID issueId) {
        return issues.find(issueId)
                .map(issue -> records.signOffs(issue.id()).stream()
                        .map(signOff -> SignOffView.of(signOff, accounts))
                        .toList());
    }

    /** The issue's published editions; a correction adds one, unpublishing withdraws them. */
    public Optional<List<EditionView>> editions(UUID issueId) {
        return issues.find(issueId)
                .map(issue -> records.editions(issue.id()).stream()
                        .map(edition -> EditionView.of(edition, accounts))
                        .toList());
    }

    /** The snapshot JSON of one published edition, as it was stored when it was published. */
    public Optional<String> snapshot(UUID issueId, int edition) {
        return issues.find(issueId)
                .flatMap(issue -> records.edition(issue.id(), edition))
                .map(PublishedEdition::snapshot);
    }
}
