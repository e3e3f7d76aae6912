package org.bulletincms.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What the workflow recorded about an issue, read by the web edge: its sign-offs (valid or voided) and its published
 * editions (each an immutable snapshot). They are written only by {@link EditorialWorkflow}.
 */
@ApplicationScoped
@Transactional
public class IssueRecords {

    @Inject
    WorkflowRepository records;

    /** Every sign-off of the issue, valid or voided. */
    public List<SignOff> signOffs(UUID issueId) {
        return records.signOffs(issueId);
    }

    /** The sign-off that still holds, if the issue is approved and unchanged since. */
    public Optional<SignOff> validSignOff(UUID issueId) {
        return records.validSignOff(issueId);
    }

    /** The issue's published editions; a correction adds one, unpublishing withdraws them. */
    public List<PublishedEdition> editions(UUID issueId) {
        return records.editions(issueId);
    }

    public Optional<PublishedEdition> edition(UUID issueId, int edition) {
        return records.edition(issueId, edition);
    }
}
