package org.bulletincms.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.bulletincms.issue.ItemWritten;
import org.junit.jupiter.api.Test;

class ChangesSinceTest {

    private static final UUID ISSUE = UUID.randomUUID();
    private static final Instant REVIEW = Instant.parse("2024-07-01T10:00:00Z");
    private static final Function<ItemRevision, JsonObject> NO_UPGRADE = revision -> {
        throw new AssertionError("same schema version: nothing to upgrade");
    };

    private final List<ItemRevision> revisions = new ArrayList<>();

    @Test
    void anItemChangedAfterTheReviewShowsEachFieldFromItsValueAtTheReview() {
        UUID item = UUID.randomUUID();
        write(item, 1, ItemWritten.Change.CREATED, "{\"localized\":{\"en\":{\"title\":\"A\"}}}", "09:00");
        write(item, 2, ItemWritten.Change.REVISED, "{\"localized\":{\"en\":{\"title\":\"B\"}}}", "11:00");
        write(
                item,
                3,
                ItemWritten.Change.TRANSLATED,
                "{\"localized\":{\"en\":{\"title\":\"C\"},\"zh\":{\"title\":\"丙\"}}}",
                "12:00");

        List<ChangedItem> changes = ChangesSince.of(REVIEW, List.of(item), revisions, NO_UPGRADE);

        assertEquals(1, changes.size());
        ChangedItem changed = changes.get(0);
        assertEquals(ChangedItem.Kind.CHANGED, changed.kind());
        assertEquals("tom", changed.by());
        assertEquals(
                List.of("/localized/en/title changed", "/localized/zh/title added"),
                changed.changes().stream()
                        .map(change -> change.pointer() + " " + change.kind().code())
                        .toList());
    }

    @Test
    void anItemUnchangedSinceTheReviewIsNotListed() {
        UUID item = UUID.randomUUID();
        write(item, 1, ItemWritten.Change.CREATED, "{\"shared\":{\"a\":1}}", "09:00");
        write(item, 2, ItemWritten.Change.REVISED, "{\"shared\":{\"a\":2}}", "10:00");

        assertEquals(List.of(), ChangesSince.of(REVIEW, List.of(item), revisions, NO_UPGRADE));
    }

    @Test
    void anItemWrittenFirstAfterTheReviewIsAdded() {
        UUID item = UUID.randomUUID();
        write(item, 1, ItemWritten.Change.CREATED, "{\"shared\":{\"a\":1}}", "10:30");

        ChangedItem added =
                ChangesSince.of(REVIEW, List.of(item), revisions, NO_UPGRADE).get(0);

        assertEquals(ChangedItem.Kind.ADDED, added.kind());
        assertEquals("/shared/a", added.changes().get(0).pointer());
    }

    @Test
    void anItemDeletedAfterTheReviewIsRemovedAfterTheCurrentOnesAndOneAddedAndDeletedSinceIsNotListed() {
        UUID kept = UUID.randomUUID();
        UUID deleted = UUID.randomUUID();
        UUID fleeting = UUID.randomUUID();
        write(kept, 1, ItemWritten.Change.CREATED, "{\"shared\":{\"a\":1}}", "09:00");
        write(kept, 2, ItemWritten.Change.REVISED, "{\"shared\":{\"a\":2}}", "11:00");
        write(deleted, 1, ItemWritten.Change.CREATED, "{\"shared\":{\"b\":1}}", "09:00");
        write(deleted, 2, ItemWritten.Change.DELETED, "{\"shared\":{\"b\":1}}", "11:30");
        write(fleeting, 1, ItemWritten.Change.CREATED, "{\"shared\":{\"c\":1}}", "10:30");
        write(fleeting, 2, ItemWritten.Change.DELETED, "{\"shared\":{\"c\":1}}", "10:40");

        List<ChangedItem> changes = ChangesSince.of(REVIEW, List.of(kept), revisions, NO_UPGRADE);

        assertEquals(
                List.of(kept, deleted), changes.stream().map(ChangedItem::item).toList());
        assertEquals(ChangedItem.Kind.REMOVED, changes.get(1).kind());
        assertEquals(FieldChange.Kind.REMOVED, changes.get(1).changes().get(0).kind());
    }

    @Test
    void revisionsInDifferentSchemaVersionsAreComparedUpgraded() {
        UUID item = UUID.randomUUID();
        revisions.add(ItemRevision.of(
                new ItemWritten(
                        ISSUE,
                        item,
                        "news",
                        1,
                        "{\"shared\":{\"old\":1}}",
                        ItemWritten.Change.CREATED,
                        "edith",
                        at("09:00")),
                1));
        write(item, 2, ItemWritten.Change.REVISED, "{\"shared\":{\"new\":1}}", "11:00");

        List<ChangedItem> changes = ChangesSince.of(
                REVIEW,
                List.of(item),
                revisions,
                revision -> jakarta.json.Json.createObjectBuilder()
                        .add("shared", jakarta.json.Json.createObjectBuilder().add("new", 1))
                        .build());

        assertEquals(List.of(), changes.get(0).changes(), "an upgrade alone is no change");
    }

    private void write(UUID item, int number, ItemWritten.Change change, String content, String time) {
        String by = change == ItemWritten.Change.TRANSLATED ? "tom" : "edith";
        revisions.add(ItemRevision.of(new ItemWritten(ISSUE, item, "news", 2, content, change, by, at(time)), number));
    }

    private static Instant at(String time) {
        return Instant.parse("2024-07-01T" + time + ":00Z");
    }
}
