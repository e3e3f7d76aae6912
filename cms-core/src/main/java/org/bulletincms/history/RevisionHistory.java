package org.bulletincms.history;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.bulletincms.issue.IssueRepository;

/**
 * Reading an item's history: the application service the web edge reads revisions through. History outlives the
 * item, so a deleted item's revisions stay readable; restoring one is a write, and goes through {@code
 * drafting.Drafting}.
 */
@ApplicationScoped
@Transactional
public class RevisionHistory {

    @Inject
    ItemRevisionRepository revisions;

    @Inject
    IssueRepository issues;

    /**
     * The item's revisions, newest first; empty when no item ever had this id. An item that exists has a list,
     * even an empty one (an item stored before history was kept has no revision yet).
     */
    public Optional<List<ItemRevision>> ofItem(UUID itemId) {
        List<ItemRevision> newestFirst = revisions.ofItem(itemId);
        if (newestFirst.isEmpty()
                && issues.findByItem(itemId)
                        .flatMap(issue -> issue.findItem(itemId))
                        .isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(newestFirst);
    }

    public Optional<ItemRevision> revision(UUID itemId, int number) {
        return revisions.find(itemId, number);
    }
}
