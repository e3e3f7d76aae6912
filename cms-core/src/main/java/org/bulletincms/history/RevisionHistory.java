package org.bulletincms.history;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.bulletincms.account.Accounts;
import org.bulletincms.issue.IssueRepository;
import org.bulletincms.sectiontype.InstalledSectionTypes;
import org.bulletincms.sectiontype.ResolvedItemContent;
import org.bulletincms.spi.Json;

/**
 * Reading an item's history: the application service the web edge reads revisions through, answering with view
 * records. History outlives the item, so a deleted item's revisions stay readable; restoring one is a write, and goes
 * through {@code drafting.Drafting}.
 */
@ApplicationScoped
@Transactional
public class RevisionHistory {

    @Inject
    ItemRevisionRepository revisions;

    @Inject
    IssueRepository issues;

    @Inject
    InstalledSectionTypes sectionTypes;

    @Inject
    Accounts accounts;

    /**
     * The item's revisions, newest first; empty when no item ever had this id. An item that exists has a list,
     * even an empty one (an item stored before history was kept has no revision yet).
     */
    public Optional<List<RevisionSummary>> ofItem(UUID itemId) {
        List<ItemRevision> newestFirst = revisions.ofItem(itemId);
        if (newestFirst.isEmpty()
                && issues.findByItem(itemId)
                        .flatMap(issue -> issue.findItem(itemId))
                        .isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(newestFirst.stream()
                .map(revision -> RevisionSummary.of(revision, accounts))
                .toList());
    }

    public Optional<RevisionView> revision(UUID itemId, int number) {
        return revisions.find(itemId, number).map(this::view);
    }

    /** What changed from revision {@code from} to revision {@code to}; empty when either does not exist. */
    public Optional<RevisionDiff> diff(UUID itemId, int from, int to) {
        return revisions
                .find(itemId, from)
                .flatMap(older -> revisions
                        .find(itemId, to)
                        .map(newer -> new RevisionDiff(
                                itemId,
                                RevisionSummary.of(older, accounts),
                                RevisionSummary.of(newer, accounts),
                                ContentDiff.between(comparable(older, newer), comparable(newer, older)))));
    }

    private RevisionView view(ItemRevision revision) {
        return new RevisionView(
                RevisionSummary.of(revision, accounts),
                revision.itemId(),
                revision.issueId(),
                revision.sectionType(),
                stored(revision));
    }

    /**
     * The revision's content for comparing with {@code other}: as written when both share a schema version,
     * otherwise upgraded to the installed one (when it can be), so a schema upgrade does not read as edits.
     */
    private JsonObject comparable(ItemRevision revision, ItemRevision other) {
        JsonObject stored = stored(revision);
        if (revision.schemaVersion() == other.schemaVersion()) {
            return stored;
        }
        return sectionTypes.resolve(revision.sectionType(), revision.schemaVersion(), stored)
                        instanceof ResolvedItemContent resolved
                ? resolved.content().toJson()
                : stored;
    }

    private static JsonObject stored(ItemRevision revision) {
        try (JsonReader reader = Json.createReader(new StringReader(revision.contentJson()))) {
            return reader.readObject();
        }
    }
}
