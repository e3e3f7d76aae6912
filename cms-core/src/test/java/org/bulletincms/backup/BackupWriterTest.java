package org.bulletincms.backup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.bulletincms.source.DirectorySourceStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

class BackupWriterTest {

    private static final String KEY = "0123456789abcdef0123456789abcdef";
    private static final Instant NOW = Instant.parse("2026-12-06T01:02:03Z");
    private static final Instant KEPT = Instant.parse("2026-12-01T08:00:00Z");

    @TempDir
    Path temp;

    private Path backups;
    private Path store;
    private DirectorySourceStore sources;
    private Connection running;

    @BeforeEach
    void aRunningDatabaseAndItsStore() throws Exception {
        backups = temp.resolve("backups");
        store = temp.resolve("data/sources");
        sources = new DirectorySourceStore(store);
        Files.write(store.resolve("originals").resolve(KEY), new byte[] {'%', 'P', 'D', 'F', 0, 1, 2});
        Files.setLastModifiedTime(store.resolve("originals").resolve(KEY), FileTime.from(KEPT));
        sources.claimIdentity("store-42");
        running = DriverManager.getConnection(
                "jdbc:h2:file:" + temp.resolve("data/h2/bulletin") + ";MODE=PostgreSQL", "sa", "sa");
        try (Statement sql = running.createStatement()) {
            sql.execute(
                    "create table flyway_schema_history (installed_rank int, version varchar(50), success boolean)");
            sql.execute("insert into flyway_schema_history values (1, '4', true), (2, '61', true), (3, null, true)");
            for (String table : BackupWriter.COUNTED) {
                sql.execute("create table " + table + " (id int)");
            }
            sql.execute("insert into issue values (1), (2)");
            sql.execute("insert into source_document values (7)");
        }
    }

    @AfterEach
    void close() throws SQLException {
        running.close();
    }

    private BackupWriter writer() {
        return new BackupWriter(backups, sources, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void aBackupHoldsTheDatabaseTheOriginalsTheStoreIdentityAndAManifest() throws Exception {
        BackupManifest manifest = writer().write(running, new H2Snapshot());

        Path backup = backups.resolve("bulletin-20261206T010203Z");
        assertEquals("bulletin-20261206T010203Z", manifest.name());
        assertEquals(List.of(backup), children(backups), "one complete backup, nothing partial");
        assertEquals("H2", manifest.database());
        assertEquals(Optional.of("61"), manifest.schemaVersion());
        assertEquals(2L, manifest.rows().get("issue"));
        assertEquals(1L, manifest.rows().get("source_document"));
        assertEquals(1, manifest.originals());
        assertEquals(7L, manifest.originalBytes());
        assertEquals(Optional.of("store-42"), manifest.storeId());
        assertArrayEquals(
                Files.readAllBytes(store.resolve("originals").resolve(KEY)),
                Files.readAllBytes(backup.resolve("sources/originals").resolve(KEY)));
        assertEquals(
                Optional.of("store-42"),
                new DirectorySourceStore(backup.resolve("sources")).identity(),
                "a store restored from the backup has the identity the database recorded");
        assertEquals(
                FileTime.from(KEPT),
                Files.getLastModifiedTime(backup.resolve("sources/originals").resolve(KEY)),
                "an original keeps the time it was kept");
        assertEquals(manifest, BackupManifest.fromJson(Files.readString(backup.resolve("manifest.json"))));
    }

    @Test
    void theDatabaseCopyOpensAsTheSameDatabaseOnceUnzipped() throws Exception {
        writer().write(running, new H2Snapshot());
        try (Statement sql = running.createStatement()) {
            sql.execute("insert into issue values (3)"); // after the backup: not in it
        }

        Path restored = Files.createDirectories(temp.resolve("fresh/h2"));
        try (ZipInputStream zip =
                new ZipInputStream(Files.newInputStream(backups.resolve("bulletin-20261206T010203Z/database.zip")))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                Files.copy(zip, restored.resolve(entry.getName()));
            }
        }
        try (Connection copy = DriverManager.getConnection(
                        "jdbc:h2:file:" + restored.resolve("bulletin") + ";MODE=PostgreSQL;IFEXISTS=TRUE", "sa", "sa");
                Statement sql = copy.createStatement();
                ResultSet issues = sql.executeQuery("select count(*) from issue")) {
            issues.next();
            assertEquals(2, issues.getInt(1));
        }
    }

    @Test
    void anOriginalKeptWhileTheDatabaseIsCopiedIsInTheBackup() throws IOException {
        // an upload writes its file before its row commits: a row that made it into the database copy has its file
        // in the store by the time the copy ends, so the store must be copied after the database, never before
        String during = "fedcba9876543210fedcba9876543210";
        DatabaseSnapshot withAnUploadMeanwhile = new DatabaseSnapshot() {
            @Override
            public String fileName() {
                return H2Snapshot.FILE;
            }

            @Override
            public long estimatedBytes(Connection connection) {
                return 0;
            }

            @Override
            public void write(Connection connection, Path file) throws SQLException, IOException {
                new H2Snapshot().write(connection, file);
                Files.writeString(store.resolve("originals").resolve(during), "uploaded during the copy");
            }
        };

        BackupManifest manifest = writer().write(running, withAnUploadMeanwhile);

        assertEquals(2, manifest.originals());
        assertTrue(Files.isRegularFile(
                backups.resolve(manifest.name()).resolve("sources/originals").resolve(during)));
    }

    @Test
    @EnabledIfSystemProperty(named = "user.name", matches = "root")
    void aRealDiskThatFillsUpDuringTheCopyIsNoSpaceAndLeavesNothing() throws Exception {
        Path small = Files.createDirectories(temp.resolve("small-disk"));
        Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", small.toString())
                .redirectErrorStream(true)
                .start();
        String said = new String(mount.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        Assumptions.assumeTrue(mount.waitFor() == 0, "not run: cannot mount a 1 MiB tmpfs here (" + said.strip() + ")");
        try {
            Files.write(store.resolve("originals").resolve("00000000000000000000000000000001"), new byte[3 << 20]);
            Path onSmallDisk = small.resolve("backups");

            assertThrows(
                    BackupSpaceExhausted.class,
                    () -> new BackupWriter(onSmallDisk, sources, Clock.fixed(NOW, ZoneOffset.UTC))
                            .write(running, new H2Snapshot()));

            assertEquals(List.of(), children(onSmallDisk), "the partial backup is removed");
        } finally {
            new ProcessBuilder("umount", small.toString()).start().waitFor();
        }
    }

    @Test
    void aSecondBackupInTheSameSecondGetsItsOwnDirectory() {
        writer().write(running, new H2Snapshot());
        BackupManifest second = writer().write(running, new H2Snapshot());

        assertEquals("bulletin-20261206T010203Z-2", second.name());
    }

    @Test
    void aBackupThatDoesNotFitIsRefusedBeforeAnythingIsWritten() throws IOException {
        DatabaseSnapshot huge = new FailingSnapshot(Long.MAX_VALUE / 2, null);

        BackupSpaceExhausted refused = assertThrows(BackupSpaceExhausted.class, () -> writer().write(running, huge));

        assertTrue(refused.neededBytes() > refused.usableBytes());
        assertEquals(List.of(), children(backups));
    }

    @Test
    void aDiskThatFillsUpDuringTheCopyIsNoSpaceAndLeavesNothing() throws IOException {
        DatabaseSnapshot filling = new FailingSnapshot(0, new IOException("No space left on device"));

        assertThrows(BackupSpaceExhausted.class, () -> writer().write(running, filling));

        assertEquals(List.of(), children(backups));
    }

    @Test
    void aFailedDatabaseCopyLeavesNoPartialBackup() throws IOException {
        DatabaseSnapshot broken = new FailingSnapshot(0, new SQLException("connection reset"));

        BackupFailed failed = assertThrows(BackupFailed.class, () -> writer().write(running, broken));

        assertEquals(BackupFailed.Reason.DATABASE, failed.reason());
        assertEquals(List.of(), children(backups));
    }

    @Test
    void pgDumpConnectsToTheDatasourcesHostPortAndDatabase() {
        assertEquals(
                new PgDumpSnapshot.Target("db.example.org", 5433, "bulletin", "cms"),
                PgDumpSnapshot.Target.of("jdbc:postgresql://db.example.org:5433/bulletin?ssl=true", "cms"));
        assertEquals(
                new PgDumpSnapshot.Target("localhost", 5432, "cms", "cms"),
                PgDumpSnapshot.Target.of("jdbc:postgresql://localhost/", "cms"));
        assertEquals(
                BackupFailed.Reason.UNSUPPORTED_DATABASE,
                assertThrows(
                                BackupFailed.class,
                                () -> PgDumpSnapshot.Target.of("jdbc:postgresql://a:5432,b:5432/bulletin", "cms"))
                        .reason());
    }

    @Test
    void aMissingPgDumpSaysWhatToConfigure() throws IOException {
        PgDumpSnapshot snapshot = new PgDumpSnapshot(
                temp.resolve("no-such-pg_dump").toString(), java.time.Duration.ofSeconds(5), Optional.empty());
        Path file = Files.createDirectories(temp.resolve("b")).resolve("database.dump");

        BackupFailed failed = assertThrows(BackupFailed.class, () -> snapshot.write(postgresLike(), file));

        assertEquals(BackupFailed.Reason.PG_DUMP_MISSING, failed.reason());
        assertTrue(failed.getMessage().contains("cms.backup.pg-dump"), failed.getMessage());
    }

    private static List<Path> children(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.toList();
        }
    }

    /** A connection whose metadata names a PostgreSQL server; nothing else of it is used. */
    private static Connection postgresLike() {
        return (Connection) java.lang.reflect.Proxy.newProxyInstance(
                BackupWriterTest.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getMetaData")) {
                        return java.lang.reflect.Proxy.newProxyInstance(
                                BackupWriterTest.class.getClassLoader(),
                                new Class<?>[] {java.sql.DatabaseMetaData.class},
                                (p, m, a) -> switch (m.getName()) {
                                    case "getURL" -> "jdbc:postgresql://localhost:5432/bulletin";
                                    case "getUserName" -> "cms";
                                    default -> throw new UnsupportedOperationException(m.getName());
                                });
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    private record FailingSnapshot(long estimate, Exception failure) implements DatabaseSnapshot {

        @Override
        public String fileName() {
            return "database.zip";
        }

        @Override
        public long estimatedBytes(Connection connection) {
            return estimate;
        }

        @Override
        public void write(Connection connection, Path file) throws SQLException, IOException {
            Files.writeString(file, "half a copy", StandardCharsets.UTF_8);
            if (failure instanceof IOException io) {
                throw io;
            }
            throw (SQLException) failure;
        }
    }
}
