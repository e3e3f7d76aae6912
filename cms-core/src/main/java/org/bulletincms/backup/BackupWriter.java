package org.bulletincms.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.bulletincms.source.DirectorySourceStore;
import org.bulletincms.source.OriginalMissing;
import org.bulletincms.source.SourceStore;

/**
 * Writes one backup: the database copy first, then the source store's originals and identity (read through the
 * {@link SourceStore} contract, so any store can be backed up; a store kept in the database is in its copy
 * already), then the manifest.
 * It is written under a {@code .partial} name and renamed when complete, so an interrupted backup never looks like a
 * finished one; whatever fails, the partial directory is removed.
 */
final class BackupWriter {

    /** The store's part of a backup, laid out like the store itself so a restore is a plain copy. */
    static final String SOURCES = "sources";
    /** Where the backup keeps originals, as a {@link DirectorySourceStore} does. */
    static final String ORIGINALS = "originals";
    /**
     * Where the backup keeps the store's identity, as a {@link DirectorySourceStore} does; a restored store must carry
     * it, or the restored server would not recognise its own store.
     */
    static final String STORE_ID = DirectorySourceStore.IDENTITY_FILE;
    /** Tables whose row counts the manifest records, so a restore can be checked at a glance. */
    static final List<String> COUNTED = List.of(
            "publication",
            "issue",
            "item",
            "item_revision",
            "item_translation",
            "published_edition",
            "sign_off",
            "source_document",
            "source_page",
            "item_source",
            "webhook_endpoint",
            "audit_entry",
            "source_original");

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final String PARTIAL = ".partial";

    private final Path backups;
    private final SourceStore store;
    private final Clock clock;

    BackupWriter(Path backups, SourceStore store, Clock clock) {
        this.backups = backups;
        this.store = store;
        this.clock = clock;
    }

    BackupManifest write(Connection connection, DatabaseSnapshot snapshot) {
        Instant started = clock.instant();
        Path partial = null;
        try {
            Files.createDirectories(backups);
            // the originals are not counted: a store answers what it holds, not how large (it may be remote)
            long needed = snapshot.estimatedBytes(connection);
            long usable = Files.getFileStore(backups).getUsableSpace();
            if (needed > usable) {
                throw new BackupSpaceExhausted(backups.toString(), needed, usable);
            }
            String name = freeName(started);
            partial = Files.createDirectory(backups.resolve(name + PARTIAL));
            String database = connection.getMetaData().getDatabaseProductName();
            Optional<String> schemaVersion = schemaVersion(connection);
            Map<String, Long> rows = count(connection);
            Path databaseCopy = partial.resolve(snapshot.fileName());
            snapshot.write(connection, databaseCopy);
            // after the database copy, never before: see the package comment
            long[] copied = copyStore(partial.resolve(SOURCES));
            Optional<String> storeId = store.identity();
            BackupManifest manifest = new BackupManifest(
                    name,
                    started,
                    database,
                    schemaVersion,
                    snapshot.fileName(),
                    Files.size(databaseCopy),
                    (int) copied[0],
                    copied[1],
                    storeId,
                    rows,
                    Duration.between(started, clock.instant()));
            Files.writeString(
                    partial.resolve(BackupManifest.FILE), manifest.toJson().toString() + "\n", StandardCharsets.UTF_8);
            Files.move(partial, backups.resolve(name), StandardCopyOption.ATOMIC_MOVE);
            return manifest;
        } catch (IOException | UncheckedIOException e) {
            removeQuietly(partial);
            if (noSpace(e)) {
                throw new BackupSpaceExhausted(backups.toString(), 0, usableSpace());
            }
            throw new BackupFailed(BackupFailed.Reason.WRITE, "cannot write the backup in " + backups + ": " + e, e);
        } catch (SQLException e) {
            removeQuietly(partial);
            if (noSpace(e)) {
                throw new BackupSpaceExhausted(backups.toString(), 0, usableSpace());
            }
            throw new BackupFailed(BackupFailed.Reason.DATABASE, "the database copy failed: " + e, e);
        } catch (RuntimeException | Error e) {
            removeQuietly(partial);
            throw e;
        }
    }

    /** {@code bulletin-<UTC time>}, with a counter when a backup of the same second exists. */
    private String freeName(Instant started) {
        String base = "bulletin-" + STAMP.format(started);
        String name = base;
        for (int n = 2; Files.exists(backups.resolve(name)) || Files.exists(backups.resolve(name + PARTIAL)); n++) {
            name = base + "-" + n;
        }
        return name;
    }

    private static Optional<String> schemaVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select version from flyway_schema_history"
                        + " where success = true and version is not null order by installed_rank desc")) {
            return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
        }
    }

    private static Map<String, Long> count(Connection connection) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : COUNTED) {
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("select count(*) from " + table)) {
                rows.next();
                counts.put(table, rows.getLong(1));
            }
        }
        return counts;
    }

    /**
     * Copies every original the store holds (keeping the time it was kept: the store reads a file's age from it)
     * and the store's identity. An original that goes between listing and reading is skipped: its row was deleted.
     */
    private long[] copyStore(Path target) throws IOException {
        Path originals = Files.createDirectories(target.resolve(ORIGINALS));
        if (store.keptInDatabase()) {
            // the database copy holds them, from the same snapshot as their rows (counted as source_original)
            return new long[] {0, 0};
        }
        long count = 0;
        long bytes = 0;
        for (String key : store.keys()) {
            Path copy = originals.resolve(key);
            try (InputStream original = store.open(key)) {
                bytes += Files.copy(original, copy);
            } catch (OriginalMissing gone) {
                continue;
            }
            Optional<Instant> keptAt = store.keptAt(key);
            if (keptAt.isPresent()) {
                Files.setLastModifiedTime(copy, FileTime.from(keptAt.get()));
            }
            count++;
        }
        Optional<String> identity = store.identity();
        if (identity.isPresent()) {
            Files.writeString(target.resolve(STORE_ID), identity.get() + "\n", StandardCharsets.UTF_8);
        }
        return new long[] {count, bytes};
    }

    private long usableSpace() {
        try {
            return Files.getFileStore(backups).getUsableSpace();
        } catch (IOException e) {
            return 0;
        }
    }

    /** ENOSPC, however it arrived: an IOException, or a database driver's exception around one. */
    static boolean noSpace(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && cause.getMessage().contains("No space left on device")) {
                return true;
            }
        }
        return false;
    }

    private static void removeQuietly(Path directory) {
        if (directory == null || !Files.exists(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException | UncheckedIOException e) {
            // a leftover .partial directory is never taken for a backup
        }
    }
}
