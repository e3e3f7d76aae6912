package org.bulletincms.backup;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.bulletincms.source.SourceReconciliation;
import org.bulletincms.source.SourceStore;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Takes backups of the running product into {@code cms.backup.dir} (by default {@code backups/} in the data
 * directory, next to the database and the store: copy them to other storage, a backup on the same disk survives
 * mistakes but not the disk). One backup at a time.
 */
@ApplicationScoped
public class Backups {

    private static final Logger LOG = Logger.getLogger(Backups.class.getName());

    @Resource(lookup = "java:jboss/datasources/CmsDS")
    DataSource dataSource;

    @Inject
    SourceStore store;

    @Inject
    SourceReconciliation reconciliation;

    @Inject
    @ConfigProperty(name = "cms.backup.dir")
    Optional<String> configuredDirectory;

    @Inject
    @ConfigProperty(name = "cms.backup.pg-dump", defaultValue = "pg_dump")
    String pgDump;

    @Inject
    @ConfigProperty(name = "cms.backup.pg-dump-timeout-seconds", defaultValue = "3600")
    long pgDumpTimeoutSeconds;

    private static final Pattern BACKUP_NAME = Pattern.compile("bulletin-\\d{8}T\\d{6}Z(-\\d+)?");

    private final ReentrantLock writing = new ReentrantLock();
    private Path directory;

    @PostConstruct
    void checkConfiguration() {
        if (pgDumpTimeoutSeconds < 1) {
            throw new IllegalStateException(
                    "cms.backup.pg-dump-timeout-seconds must be at least 1, but is " + pgDumpTimeoutSeconds);
        }
        directory = configuredDirectory
                .map(Path::of)
                .orElseGet(() -> Path.of(
                        System.getProperty("cms.data.dir", System.getProperty("jboss.server.data.dir", "data")),
                        "backups"));
    }

    /** Where backups are written. */
    public Path directory() {
        return directory;
    }

    /** Writes a backup now and answers what it holds; refuses while another is being written. */
    public BackupManifest take() {
        SourceReconciliation.StoreCheck storeCheck = reconciliation.storeCheck();
        if (!storeCheck.recognised()) {
            // the originals would be missing from the backup, or another store's; say so instead of writing it
            throw new BackupStoreNotRecognised(storeCheck.problem());
        }
        if (!writing.tryLock()) {
            throw new BackupRunning();
        }
        try (Connection connection = dataSource.getConnection()) {
            BackupManifest manifest =
                    new BackupWriter(directory, store, Clock.systemUTC()).write(connection, snapshotOf(connection));
            LOG.info(() -> "Backup " + directory.resolve(manifest.name()) + " written in "
                    + manifest.took().toMillis()
                    + " ms: " + manifest.database() + " schema "
                    + manifest.schemaVersion().orElse("?") + ", "
                    + manifest.originals() + " originals");
            return manifest;
        } catch (SQLException e) {
            throw new BackupFailed(BackupFailed.Reason.DATABASE, "no database connection: " + e, e);
        } finally {
            writing.unlock();
        }
    }

    /** The complete backups in the directory, newest first. */
    public List<BackupManifest> list() {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.map(entry -> entry.resolve(BackupManifest.FILE))
                    .filter(Files::isRegularFile)
                    .map(Backups::read)
                    .flatMap(Optional::stream)
                    .sorted(Comparator.comparing(BackupManifest::takenAt).reversed())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A complete backup by its directory's name. */
    public Optional<BackupManifest> find(String name) {
        if (!BACKUP_NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        Path manifest = directory.resolve(name).resolve(BackupManifest.FILE);
        return Files.isRegularFile(manifest) ? read(manifest) : Optional.empty();
    }

    private DatabaseSnapshot snapshotOf(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName();
        return switch (product) {
            case "H2" -> new H2Snapshot();
            case "PostgreSQL" ->
                new PgDumpSnapshot(
                        pgDump,
                        Duration.ofSeconds(pgDumpTimeoutSeconds),
                        Optional.ofNullable(System.getenv("CMS_DB_PASSWORD")));
            default ->
                throw new BackupFailed(BackupFailed.Reason.UNSUPPORTED_DATABASE, "no backup for " + product, null);
        };
    }

    private static Optional<BackupManifest> read(Path manifest) {
        try {
            return Optional.of(BackupManifest.fromJson(Files.readString(manifest, StandardCharsets.UTF_8)));
        } catch (IOException | RuntimeException e) {
            LOG.warning(() -> "Unreadable backup manifest " + manifest + ": " + e);
            return Optional.empty();
        }
    }
}
