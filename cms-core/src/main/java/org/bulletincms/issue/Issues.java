package org.bulletincms.issue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;

/**
 * Which issue holds an item, for those above the issue that name items by id: the 403 log of the web edge and the
 * links between items and their sources. Reads and writes of issues go through {@code drafting.Drafting} and
 * {@code workflow.Transitions}.
 */
@ApplicationScoped
@Transactional
public class Issues {

    @Inject
    IssueRepository issues;

    /** The id of the issue an item is in; empty when no item has this id. */
    public Optional<UUID> idHoldingItem(UUID itemId) {
        return issues.findByItem(itemId).map(Issue::id);
    }
}
