package org.bulletincms.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The test server's originals, reached behind the product's back as a failing disk or an operator would: files in
 * the store's directory (the H2 run, {@code cms.sources.store} directory) or rows in PostgreSQL (the PostgreSQL run,
 * {@code database}; deploy/pom.xml sets {@code bulletin.it.sources-store}). Originals are found by their bytes.
 */
sealed interface StoredOriginals {

    static StoredOriginals ofTestServer() {
        return "database".equals(System.getProperty("bulletin.it.sources-store"))
                ? new InDatabase()
                : new OnDisk(Path.of(System.getProperty("jboss.home"), "standalone", "data", "sources"));
    }

    /** Deletes the original with these bytes. */
    void lose(byte[] bytes);

    /** Puts an original without a row into the store, kept at {@code keptAt}; answers its key. */
    String stray(String content, Instant keptAt);

    /** The content of the original {@code key} if it was quarantined (out of the originals, kept). */
    Optional<String> quarantined(String key);

    /** Whether {@code key} is among the originals. */
    boolean held(String key);

    /** Moves the original with these bytes out of the store, keeping them to {@link #putBack} later. */
    void setAside(byte[] bytes);

    void putBack(byte[] bytes);

    /** The directory store. */
    record OnDisk(Path root) implements StoredOriginals {

        @Override
        public void lose(byte[] bytes) {
            find(bytes).ifPresent(file -> delete(file));
        }

        @Override
        public String stray(String content, Instant keptAt) {
            String key = UUID.randomUUID().toString().replace("-", "");
            try {
                Path file = root.resolve("originals").resolve(key);
                Files.writeString(file, content);
                Files.setLastModifiedTime(file, FileTime.from(keptAt));
                return key;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public Optional<String> quarantined(String key) {
            try {
                return Optional.of(Files.readString(root.resolve("quarantine").resolve(key)));
            } catch (NoSuchFileException e) {
                return Optional.empty();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public boolean held(String key) {
            return Files.exists(root.resolve("originals").resolve(key));
        }

        @Override
        public void setAside(byte[] bytes) {
            Path file = find(bytes).orElseThrow();
            move(file, root.resolve(file.getFileName() + ".aside"));
        }

        @Override
        public void putBack(byte[] bytes) {
            try (Stream<Path> files = Files.list(root)) {
                for (Path aside : files.filter(f -> f.getFileName().toString().endsWith(".aside"))
                        .toList()) {
                    if (Arrays.equals(Files.readAllBytes(aside), bytes)) {
                        move(
                                aside,
                                root.resolve("originals")
                                        .resolve(aside.getFileName().toString().replace(".aside", "")));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private Optional<Path> find(byte[] bytes) {
            try (Stream<Path> files = Files.list(root.resolve("originals"))) {
                return files.filter(file -> Arrays.equals(readIfStillThere(file), bytes))
                        .findFirst();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The file's bytes, or none when the server's sweep moved it to quarantine since the directory was listed. */
        private static byte[] readIfStillThere(Path file) {
            try {
                return Files.readAllBytes(file);
            } catch (NoSuchFileException movedMeanwhile) {
                return new byte[0];
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static void delete(Path file) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static void move(Path from, Path to) {
            try {
                Files.move(from, to);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The store in the test run's PostgreSQL: tables source_original and source_original_chunk. */
    record InDatabase() implements StoredOriginals {

        @Override
        public void lose(byte[] bytes) {
            update("delete from source_original where sha256 = ?", sha256(bytes));
        }

        @Override
        public String stray(String content, Instant keptAt) {
            String key = UUID.randomUUID().toString().replace("-", "");
            byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
            update(
                    "insert into source_original (storage_key, size, sha256, kept_at) values (?, ?, ?, ?)",
                    key,
                    (long) bytes.length,
                    sha256(bytes),
                    Timestamp.from(keptAt));
            update("insert into source_original_chunk (storage_key, position, bytes) values (?, 0, ?)", key, bytes);
            return key;
        }

        @Override
        public Optional<String> quarantined(String key) {
            return query(
                            "select c.bytes from source_original o join source_original_chunk c"
                                    + " on c.storage_key = o.storage_key where o.storage_key = ? and o.quarantined_at is not null",
                            key)
                    .map(bytes -> new String(bytes, StandardCharsets.UTF_8));
        }

        @Override
        public boolean held(String key) {
            return query(
                            "select c.bytes from source_original o join source_original_chunk c"
                                    + " on c.storage_key = o.storage_key where o.storage_key = ? and o.quarantined_at is null",
                            key)
                    .isPresent();
        }

        @Override
        public void setAside(byte[] bytes) {
            String hash = sha256(bytes);
            update("create table if not exists aside_original as select * from source_original where false");
            update("create table if not exists aside_chunk as select * from source_original_chunk where false");
            update("insert into aside_original select * from source_original where sha256 = ?", hash);
            update(
                    "insert into aside_chunk select c.* from source_original_chunk c join source_original o"
                            + " on o.storage_key = c.storage_key where o.sha256 = ?",
                    hash);
            lose(bytes);
        }

        @Override
        public void putBack(byte[] bytes) {
            String hash = sha256(bytes);
            update("insert into source_original select * from aside_original where sha256 = ?", hash);
            update(
                    "insert into source_original_chunk select c.* from aside_chunk c join aside_original o"
                            + " on o.storage_key = c.storage_key where o.sha256 = ?",
                    hash);
            update(
                    "delete from aside_chunk where storage_key in (select storage_key from aside_original"
                            + " where sha256 = ?)",
                    hash);
            update("delete from aside_original where sha256 = ?", hash);
        }

        private static Optional<byte[]> query(String sql, String key) {
            try (Connection db = connect();
                    PreparedStatement query = db.prepareStatement(sql)) {
                query.setString(1, key);
                try (ResultSet row = query.executeQuery()) {
                    return row.next() ? Optional.of(row.getBytes(1)) : Optional.empty();
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        private static void update(String sql, Object... parameters) {
            try (Connection db = connect();
                    PreparedStatement statement = db.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    statement.setObject(i + 1, parameters[i]);
                }
                statement.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException(sql, e);
            }
        }

        private static Connection connect() throws SQLException {
            return DriverManager.getConnection(
                    "jdbc:postgresql://localhost:" + TestDatabase.postgresPort() + "/postgres", "postgres", "postgres");
        }

        private static String sha256(byte[] bytes) {
            try {
                return HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
