package org.bulletincms.web.backup;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.bulletincms.backup.BackupManifest;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A complete backup's manifest as the management API shows it, with where the backup lies on the server. */
@Schema(name = "Backup", description = "A complete backup: what it holds and where it lies on the server.")
@JsonbPropertyOrder({
    "format",
    "name",
    "takenAt",
    "database",
    "schemaVersion",
    "databaseFile",
    "databaseBytes",
    "originals",
    "originalBytes",
    "storeId",
    "rows",
    "tookMillis",
    "location"
})
public record BackupView(
        @Schema(required = true, description = "The layout of the backup")
        int format,

        @Schema(required = true, description = "The backup directory's name")
        String name,

        @Schema(required = true) Instant takenAt,

        @Schema(
                required = true,
                enumeration = {"H2", "PostgreSQL"})
        String database,

        @Schema(description = "The Flyway schema version of the copied database")
        Optional<String> schemaVersion,

        @Schema(required = true, description = "The database copy inside the backup")
        String databaseFile,

        @Schema(required = true) long databaseBytes,

        @Schema(required = true, description = "Source-report originals copied")
        int originals,

        @Schema(required = true) long originalBytes,

        @Schema(description = "The source store's identity, if it has one")
        Optional<String> storeId,

        @Schema(required = true, description = "Rows copied, by table")
        Map<String, Long> rows,

        @Schema(required = true) long tookMillis,

        @Schema(required = true, description = "The backup's absolute path on the server")
        String location) {

    static BackupView of(BackupManifest manifest, Path directory) {
        return new BackupView(
                BackupManifest.FORMAT,
                manifest.name(),
                manifest.takenAt(),
                manifest.database(),
                manifest.schemaVersion(),
                manifest.databaseFile(),
                manifest.databaseBytes(),
                manifest.originals(),
                manifest.originalBytes(),
                manifest.storeId(),
                new TreeMap<>(manifest.rows()),
                manifest.took().toMillis(),
                directory.resolve(manifest.name()).toAbsolutePath().toString());
    }
}
