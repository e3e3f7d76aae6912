package org.bulletincms.web.issue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.StringReader;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.bulletincms.drafting.ItemView;
import org.junit.jupiter.api.Test;

/** The item's JSON is the record's, exactly as the API wrote it before it was typed. */
class ItemDocumentTest {

    /** Thread-safe and costly to create: one for the class. */
    private static final Jsonb JSONB = JsonbBuilder.create();

    private static final UUID ID = UUID.fromString("6f1c1c52-3f7e-4c55-9a53-0d6b7a0c1f10");
    private static final UUID ISSUE = UUID.fromString("0b0c8c1e-6b1e-4f83-8e57-4d9b6f0a1a01");
    private static final UUID RUBRIC = UUID.fromString("1c2d3e4f-5a6b-4c7d-8e9f-a0b1c2d3e4f5");
    private static final Instant AT = Instant.parse("2026-12-06T08:00:00.123456Z");
    private static final JsonObject CONTENT = Json.createObjectBuilder()
            .add("shared", Json.createObjectBuilder().add("sourceUrl", "https://www.unep.org/"))
            .add(
                    "localized",
                    Json.createObjectBuilder()
                            .add("en", Json.createObjectBuilder().add("title", "T")))
            .build();

    @Test
    void anItemIsWrittenInItsPropertyOrderWithoutAbsentMembers() {
        ItemView item = new ItemView(
                ID,
                ISSUE,
                RUBRIC,
                2,
                "news",
                1,
                CONTENT,
                Optional.empty(),
                Optional.empty(),
                AT,
                "edith",
                AT,
                "anna",
                3,
                "tag");

        assertEquals(
                "{\"id\":\"" + ID + "\",\"issue\":\"" + ISSUE + "\",\"rubric\":\"" + RUBRIC + "\",\"position\":2,"
                        + "\"type\":\"news\",\"schemaVersion\":1,\"content\":" + CONTENT + ","
                        + "\"createdAt\":\"2026-12-06T08:00:00.123456Z\",\"createdBy\":\"edith\","
                        + "\"updatedAt\":\"2026-12-06T08:00:00.123456Z\",\"updatedBy\":\"anna\",\"version\":3}",
                json(item).toString());
    }

    @Test
    void anUpgradedOrOrphanedItemSaysSo() {
        ItemView item = new ItemView(
                ID,
                ISSUE,
                RUBRIC,
                0,
                "tender-notice",
                2,
                CONTENT,
                Optional.of(1),
                Optional.of(new ItemView.Orphaned("type-not-installed", "")),
                AT,
                "edith",
                AT,
                "edith",
                0,
                "tag");

        JsonObject json = json(item);

        assertEquals(1, json.getInt("upgradedFromSchemaVersion"));
        assertEquals(
                Json.createObjectBuilder()
                        .add("reason", "type-not-installed")
                        .add("detail", "")
                        .build(),
                json.getJsonObject("orphaned"));
        assertEquals(
                java.util.List.of(
                        "id",
                        "issue",
                        "rubric",
                        "position",
                        "type",
                        "schemaVersion",
                        "content",
                        "upgradedFromSchemaVersion",
                        "orphaned",
                        "createdAt",
                        "createdBy",
                        "updatedAt",
                        "updatedBy",
                        "version"),
                java.util.List.copyOf(json.keySet()));
    }

    /** The item as the API writes it: JSON-B's text of the record. */
    private static JsonObject json(ItemView item) {
        try (JsonReader reader = Json.createReader(new StringReader(JSONB.toJson(ItemDocument.of(item))))) {
            return reader.readObject();
        }
    }
}
