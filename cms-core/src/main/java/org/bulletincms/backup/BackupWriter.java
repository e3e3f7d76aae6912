package org.bulletincms.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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

/**
 * Writes one backup: the database copy first, then the source store's originals and identity, then the manifest.
 * It is written under a {@code .partial} name and renamed when complete, so an interrupted backup never looks like a
 * finished one; whatever fails, the partial directory is removed.
 */
final class BackupWriter {

    /** The store's part of a backup, laid out like the store itself so a restore is a plain copy. */
    static final String SOURCES = "sources";
    /** Where the store keeps originals (a directory of {@code cms.sources.dir}). */
    static final String ORIGINALS = "originals";
    /**
     * The file in which the source store keeps its identity; a restored store must carry it, or the restored server
     * would not recognise its own store.
     */
    static final String STORE_ID = "store-id";
    /** Tables whose row counts the manifest records, so a restore can be checked at a glance. */
    static final List<String> COUNTED = List.of("publication", "issue", "item", "item_revision", "item_translation",
            "published_edition", "sign_off", "source_document", "source_page", "item_source", "webhook_endpoint",
            "audit_entry");

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final String PARTIAL = ".partial";

    private final Path backups;
    private final Path store;
    private final Clock clock;

    BackupWriter(Path backups, Path store, Clock clock) {
        this.backups = backups;
        this.store = store;
        this.clock = clock;
    }

    BackupManifest write(Connection connection, DatabaseSnapshot snapshot) {
        Instant started = clock.instant();
        Path partial = null;
        try {
            Files.createDirectories(backups);
            long needed = snapshot.estimatedBytes(connection) + storeBytes();
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
            Optional<String> storeId = readStoreId();
            BackupManifest manifest = new BackupManifest(name, started, database, schemaVersion, snapshot.fileName(),
                    Files.size(databaseCopy), (int) copied[0], copied[1], storeId, rows,
                    Duration.between(started, clock.instant()));
            Files.writeString(partial.resolve(BackupManifest.FILE), manifest.toJson().toString() + "\n",
                    StandardCharsets.UTF_8);
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

    private long storeBytes() throws IOException {
        Path originals = store.resolve(ORIGINALS);
        if (!Files.isDirectory(originals)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(originals)) {
            long total = 0;
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                total += Files.size(file);
            }
            return total;
        }
    }

    /** Copies the originals (keeping their times: the store reads a file's age from them) and the identity. */
    private long[] copyStore(Path target) throws IOException {
        Path originals = store.resolve(ORIGINALS);
        Files.createDirectories(target.resolve(ORIGINALS));
        long count = 0;
        long bytes = 0;
        if (Files.isDirectory(originals)) {
            try (Stream<Path> files = Files.list(originals)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Files.copy(file, target.resolve(ORIGINALS).resolve(file.getFileName()),
                            StandardCopyOption.COPY_ATTRIBUTES);
                    count++;
                    bytes += Files.size(file);
                }
            }
        }
        Path identity = store.resolve(STORE_ID);
        if (Files.isRegularFile(identity)) {
            Files.copy(identity, target.resolve(STORE_ID), StandardCopyOption.COPY_ATTRIBUTES);
        }
        return new long[] {count, bytes};
    }

    private Optional<String> readStoreId() throws IOException {
        Path identity = store.resolve(STORE_ID);
        return Files.isRegularFile(identity) ? Optional.of(Files.readString(identity, StandardCharsets.UTF_8).strip())
                .filter(id -> !id.isEmpty()) : Optional.empty();
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
