package org.bulletincms.backup;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.bulletincms.spi.Json;

/**
 * What a backup holds, written last into it as {@value #FILE} (a backup directory without one is incomplete and
 * never restored). The row counts are read just before the database copy: a write that commits in between may be
 * in the copy but not in the counts.
 *
 * @param name          the backup directory's name
 * @param database      {@code H2} or {@code PostgreSQL}
 * @param schemaVersion the Flyway schema version of the copied database; a restore needs a build that knows it
 * @param databaseFile  the database copy inside the backup ({@code database.zip} or {@code database.dump})
 * @param originals     how many source-report originals were copied
 * @param storeId       the source store's identity file, copied with the originals, if the store has one
 */
public record BackupManifest(
        String name,
        Instant takenAt,
        String database,
        Optional<String> schemaVersion,
        String databaseFile,
        long databaseBytes,
        int originals,
        long originalBytes,
        Optional<String> storeId,
        Map<String, Long> rows,
        Duration took) {

    public static final String FILE = "manifest.json";

    /** The layout of a backup; a later layout gets a new number. */
    public static final int FORMAT = 1;

    public BackupManifest {
        rows = Map.copyOf(new LinkedHashMap<>(rows));
    }

    public JsonObject toJson() {
        JsonObjectBuilder counts = Json.createObjectBuilder();
        rows.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(row -> counts.add(row.getKey(), row.getValue()));
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("format", FORMAT)
                .add("name", name)
                .add("takenAt", takenAt.toString())
                .add("database", database);
        schemaVersion.ifPresent(version -> json.add("schemaVersion", version));
        json.add("databaseFile", databaseFile)
                .add("databaseBytes", databaseBytes)
                .add("originals", originals)
                .add("originalBytes", originalBytes);
        storeId.ifPresent(id -> json.add("storeId", id));
        return json.add("rows", counts).add("tookMillis", took.toMillis()).build();
    }

    public static BackupManifest fromJson(String text) {
        JsonObject json = Json.createReader(new StringReader(text)).readObject();
        Map<String, Long> rows = new LinkedHashMap<>();
        json.getJsonObject("rows").forEach((table, count) -> rows.put(table, Long.parseLong(count.toString())));
        return new BackupManifest(
                json.getString("name"),
                Instant.parse(json.getString("takenAt")),
                json.getString("database"),
                Optional.ofNullable(json.getString("schemaVersion", null)),
                json.getString("databaseFile"),
                json.getJsonNumber("databaseBytes").longValue(),
                json.getInt("originals"),
                json.getJsonNumber("originalBytes").longValue(),
                Optional.ofNullable(json.getString("storeId", null)),
                rows,
                Duration.ofMillis(json.getJsonNumber("tookMillis").longValue()));
    }
}
