package org.bulletincms.issue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Finding the issues a request names: the application service the web edge reads issues through, so that no
 * resource uses a repository. Writes go through {@code drafting.Drafting} and {@code workflow.Transitions}.
 */
@ApplicationScoped
@Transactional
public class Issues {

    @Inject
    IssueRepository issues;

    public Optional<Issue> find(UUID id) {
        return issues.find(id);
    }

    /** The issue an item is in; empty when no item has this id (a deleted item's history outlives it). */
    public Optional<Issue> holdingItem(UUID itemId) {
        return issues.findByItem(itemId);
    }

    /** The id of the issue an item is in; empty when no item has this id. */
    public Optional<UUID> idHoldingItem(UUID itemId) {
        return issues.findByItem(itemId).map(Issue::id);
    }

    /** The item with this id, in whichever issue holds it. */
    public Optional<Item> item(UUID itemId) {
        return holdingItem(itemId).flatMap(issue -> issue.findItem(itemId));
    }

    /** The issues of a publication, newest first (by year, then number within the year). */
    public List<Issue> ofPublication(UUID publicationId) {
        return issues.ofPublication(publicationId);
    }
}
