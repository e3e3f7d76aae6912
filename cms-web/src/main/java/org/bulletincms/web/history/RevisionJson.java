package org.bulletincms.web.history;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.bulletincms.account.Accounts;
import org.bulletincms.history.FieldChange;
import org.bulletincms.history.ItemRevision;

/** Revisions and diffs as the management API writes them. */
final class RevisionJson {

    private RevisionJson() {}

    static JsonObject list(UUID itemId, List<ItemRevision> newestFirst, Accounts accounts) {
        JsonArrayBuilder revisions = Json.createArrayBuilder();
        newestFirst.forEach(revision -> revisions.add(summary(revision, accounts)));
        return Json.createObjectBuilder()
                .add("item", itemId.toString())
                .add("revisions", revisions)
                .build();
    }

    /** Who wrote which revision, when, and what kind of write it was; without the content. */
    static JsonObjectBuilder summary(ItemRevision revision, Accounts accounts) {
        return Json.createObjectBuilder()
                .add("number", revision.number())
                .add("change", change(revision))
                .add("by", accounts.shownName(revision.by()))
                .add("at", revision.at().toString())
                .add("schemaVersion", revision.schemaVersion());
    }

    /** The revision with its content exactly as written, in the schema version it was written in. */
    static JsonObject full(ItemRevision revision, Accounts accounts) {
        return summary(revision, accounts)
                .add("item", revision.itemId().toString())
                .add("issue", revision.issueId().toString())
                .add("type", revision.sectionType())
                .add("content", parse(revision.contentJson()))
                .build();
    }

    static JsonObject diff(ItemRevision from, ItemRevision to, List<FieldChange> changes, Accounts accounts) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (FieldChange change : changes) {
            JsonObjectBuilder json = Json.createObjectBuilder()
                    .add("pointer", change.pointer())
                    .add("kind", change.kind().code());
            change.before().ifPresent(value -> json.add("before", value));
            change.after().ifPresent(value -> json.add("after", value));
            array.add(json);
        }
        return Json.createObjectBuilder()
                .add("item", from.itemId().toString())
                .add("from", summary(from, accounts))
                .add("to", summary(to, accounts))
                .add("changes", array)
                .build();
    }

    static JsonObject parse(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    private static String change(ItemRevision revision) {
        return revision.change().name().toLowerCase(Locale.ROOT);
    }
}
