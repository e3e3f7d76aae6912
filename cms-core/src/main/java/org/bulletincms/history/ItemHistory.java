package org.bulletincms.history;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.bulletincms.issue.ItemWritten;

/**
 * Records every write to an item as its next revision. It observes {@link ItemWritten} synchronously, so the
 * revision is written in the transaction of the write it records: if the write rolls back, so does its
 * revision. {@code MANDATORY} makes firing the event outside a transaction a loud error rather than a
 * revision without the write it claims. Two concurrent writes to one item cannot both commit (the item's
 * version refuses the second), and the unique (item, number) constraint backs that up.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ItemHistory {

    @Inject
    ItemRevisionRepository revisions;

    void record(@Observes ItemWritten written) {
        int next = revisions.lastNumber(written.itemId()).orElse(0) + 1;
        revisions.add(ItemRevision.of(written, next));
    }
}
