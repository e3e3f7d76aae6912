package org.bulletincms.history;

import java.time.Instant;
import java.util.Objects;
import org.bulletincms.account.Accounts;
import org.bulletincms.issue.ItemWritten;

/**
 * Who wrote which revision of an item, when, and what kind of write it was; without the content.
 *
 * @param by            the writer by their current user name
 * @param schemaVersion the schema version the content was written in
 */
public record RevisionSummary(int number, ItemWritten.Change change, String by, Instant at, int schemaVersion) {

    public RevisionSummary {
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
    }

    static RevisionSummary of(ItemRevision revision, Accounts accounts) {
        return new RevisionSummary(
                revision.number(),
                revision.change(),
                accounts.shownName(revision.by()),
                revision.at(),
                revision.schemaVersion());
    }
}
