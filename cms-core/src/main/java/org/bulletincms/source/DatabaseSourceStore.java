package org.bulletincms.source;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * The source store in the product's own database ({@code cms.sources.store=database}), so that every server node of
 * a cluster reads the originals any node received, and a database backup ({@code pg_dump}) holds them.
 *
 * <p>An original is a row of {@code source_original} and its bytes are rows of {@code source_original_chunk}, one
 * {@code bytea} of {@value #CHUNK_BYTES} bytes each, rather than one large object or one {@code bytea} per file:
 * <ul>
 * <li>streaming both ways without holding a file in memory: one chunk is written or read at a time (a single
 * {@code bytea} value is read whole by the JDBC driver, and is limited to 1 GB);</li>
 * <li>plain rows: {@code pg_dump} of the database or of its tables holds them (large objects are left out of a
 * dump restricted with {@code --schema} or {@code --table}), logical replication carries them (it does not carry
 * large objects), and deleting a row frees its bytes through an ordinary {@code VACUUM} (a large object outlives its
 * row unless unlinked, and needs {@code vacuumlo});</li>
 * <li>the original is written in the transaction that writes the source's row ({@link SourceLibrary}), so the two
 * commit or roll back together: no row without original, no original without row.</li>
 * </ul>
 *
 * <p>An upload is received first into this node's own receiving directory ({@link IncomingUploads}), counted,
 * hashed and its type read there, and only then copied into the database: a refused or cut-off upload never reaches
 * the database, and a slow client holds a local file rather than a pooled connection and an open transaction.
 *
 * <p>The store's identity is kept in the same database ({@code source_original_store}), so it cannot be "another
 * store" the way an unmounted directory can: the database restored from a backup brings its originals along. It is
 * not recognised only when the database's sources were uploaded into a directory store (the setting was switched).
 */
@ApplicationScoped
@Typed(DatabaseSourceStore.class)
public class DatabaseSourceStore implements SourceStore {

    /** The bytes of one chunk row: large enough for few round trips, small enough to hold a few per request. */
    static final int CHUNK_BYTES = 1024 * 1024;

    private static final Pattern KEY = Pattern.compile("[0-9a-f]{32}");
    /** PostgreSQL's disk_full: the database's disk has no room for the original. */
    private static final String DISK_FULL = "53100";

    @Resource(lookup = "java:jboss/datasources/CmsDS")
    DataSource dataSource;

    private IncomingUploads incoming;

    public DatabaseSourceStore() {
        // for CDI
    }

    /** A store in the database of {@code dataSource}, receiving uploads in {@code receiving} (tests). */
    DatabaseSourceStore(DataSource dataSource, Path receiving) {
        this.dataSource = dataSource;
        this.incoming = new IncomingUploads(receiving, this::describe);
    }

    @PostConstruct
    void open() {
        incoming = new IncomingUploads(
                IncomingUploads.ofNode(SourceStores.nodeWork().resolve("incoming")), this::describe);
    }

    @Override
    public ReceivedFile receive(InputStream upload, long maxBytes) {
        return incoming.receive(upload, maxBytes);
    }

    /**
     * Copies the received file into the database under a fresh key, chunk by chunk. Inside a transaction (an
     * upload's, see {@link SourceLibrary}) it commits or rolls back with it; outside one, in a transaction of its
     * own.
     */
    @Override
    public String keep(ReceivedFile received) {
        String key = UUID.randomUUID().toString().replace("-", "");
        try (Connection connection = dataSource.getConnection()) {
            boolean own = connection.getAutoCommit();
            if (own) {
                connection.setAutoCommit(false);
            }
            try {
                insert(connection, key, received);
                if (own) {
                    connection.commit();
                }
            } catch (SQLException | IOException | RuntimeException e) {
                if (own) {
                    connection.rollback();
                }
                throw e;
            } finally {
                if (own) {
                    connection.setAutoCommit(true);
                }
            }
            return key;
        } catch (SQLException e) {
            if (DISK_FULL.equals(e.getSQLState())) {
                throw new SourceStoreFull(describe());
            }
            throw new IllegalStateException("cannot keep an original in the database: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void insert(Connection connection, String key, ReceivedFile received)
            throws SQLException, IOException {
        try (PreparedStatement original = connection.prepareStatement(
                "insert into source_original (storage_key, size, sha256, kept_at) values (?, ?, ?, ?)")) {
            original.setString(1, key);
            original.setLong(2, received.size());
            original.setString(3, received.sha256());
            original.setTimestamp(4, Timestamp.from(Instant.now()));
            original.executeUpdate();
        }
        try (InputStream in = Files.newInputStream(received.path());
                PreparedStatement chunk = connection.prepareStatement(
                        "insert into source_original_chunk (storage_key, position, bytes) values (?, ?, ?)")) {
            int position = 0;
            for (byte[] bytes = in.readNBytes(CHUNK_BYTES); bytes.length > 0; bytes = in.readNBytes(CHUNK_BYTES)) {
                chunk.setString(1, key);
                chunk.setInt(2, position++);
                chunk.setBytes(3, bytes);
                chunk.executeUpdate();
            }
        }
    }

    @Override
    public void discard(ReceivedFile received) {
        incoming.discard(received);
    }

    /**
     * Deletes an original kept moments ago whose row was refused. Within the upload's transaction the rollback has
     * taken it back already, and this changes nothing.
     */
    @Override
    public void withdraw(String key) {
        try {
            update("delete from source_original where storage_key = ?", checked(key));
        } catch (RuntimeException e) {
            // the transaction is being rolled back, and the original with it
        }
    }

    @Override
    public boolean has(String key) {
        return size(key).isPresent();
    }

    /** The original's bytes, read one chunk at a time, each with a connection of its own while it is read. */
    @Override
    public InputStream open(String key) {
        long size = size(checked(key)).orElseThrow(() -> new OriginalMissing(key));
        return new StoredOriginal(dataSource, key, size);
    }

    @Override
    public Optional<Instant> keptAt(String key) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "select kept_at from source_original where storage_key = ? and quarantined_at is null")) {
            query.setString(1, checked(key));
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(row.getTimestamp(1).toInstant()) : Optional.empty();
            }
        } catch (SQLException e) {
            return Optional.empty();
        }
    }

    /**
     * The keys of every original held. Unlike a directory, this store cannot be "not there" while the rows are:
     * when the database cannot be read, this fails as the rows' query does, and the reconciliation changes nothing.
     */
    @Override
    public Set<String> keys() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "select storage_key from source_original where quarantined_at is null");
                ResultSet rows = query.executeQuery()) {
            Set<String> keys = new HashSet<>();
            while (rows.next()) {
                keys.add(rows.getString(1));
            }
            return keys;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot list the originals in the database: " + e.getMessage(), e);
        }
    }

    /** Marks the original as quarantined: it stays in the database, out of the originals, for an operator. */
    @Override
    public void quarantine(String key) {
        update(
                "update source_original set quarantined_at = ? where storage_key = ?",
                Timestamp.from(Instant.now()),
                checked(key));
    }

    @Override
    public int clearIncoming() {
        return incoming.clear();
    }

    @Override
    public Optional<String> identity() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query =
                        connection.prepareStatement("select store_id from source_original_store where name = ?")) {
            query.setString(1, RecordedStore.ORIGINALS);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            return Optional.empty();
        }
    }

    @Override
    public String claimIdentity(String proposed) {
        // of two nodes claiming at once, the first one's identity stays
        update(
                "insert into source_original_store (name, store_id) values (?, ?) on conflict do nothing",
                RecordedStore.ORIGINALS,
                proposed);
        return identity().orElseThrow(() -> new IllegalStateException("source_original_store has no identity"));
    }

    @Override
    public String describe() {
        return "the database (table source_original)";
    }

    @Override
    public String howToRecognise(String recorded) {
        return "the database's source reports were uploaded into the store " + recorded + ", not into the database"
                + " (cms.sources.store was switched to database). Set cms.sources.store=directory and point"
                + " cms.sources.dir at that store, or copy its originals into the database first (docs/backup.md).";
    }

    @Override
    public Optional<Path> directory() {
        return Optional.empty();
    }

    @Override
    public boolean keptInDatabase() {
        return true;
    }

    private Optional<Long> size(String key) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "select size from source_original where storage_key = ? and quarantined_at is null")) {
            query.setString(1, checked(key));
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(row.getLong(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "cannot read the original " + key + " from the database: " + e.getMessage(), e);
        }
    }

    private void update(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("source store in the database: " + e.getMessage(), e);
        }
    }

    private static String checked(String key) {
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("not a storage key: " + key);
        }
        return key;
    }
}
