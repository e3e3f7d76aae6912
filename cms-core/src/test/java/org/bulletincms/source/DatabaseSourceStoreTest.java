package org.bulletincms.source;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store in the database, on the schema its migration creates (H2 in PostgreSQL mode, as the product runs it;
 * the cluster test runs it on PostgreSQL). Uploads outside a transaction here: the upload's own transaction is the
 * integration tests'.
 */
class DatabaseSourceStoreTest {

    @TempDir
    Path work;

    private JdbcDataSource database;
    private DatabaseSourceStore store;

    @BeforeEach
    void createSchema() throws Exception {
        database = new JdbcDataSource();
        database.setURL(
                "jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        String migration = new String(
                getClass()
                        .getResourceAsStream("/db/migration/V76__source_originals_in_the_database.sql")
                        .readAllBytes(),
                StandardCharsets.UTF_8);
        try (Connection connection = database.getConnection();
                Statement sql = connection.createStatement()) {
            for (String statement : migration.replaceAll("(?m)--.*$", "").split(";")) {
                if (!statement.isBlank()) {
                    sql.execute(statement);
                }
            }
        }
        store = new DatabaseSourceStore(database, work.resolve("incoming"));
    }

    @Test
    void anOriginalOfSeveralChunksIsReadBackByteForByte() throws IOException {
        byte[] bytes = new byte[DatabaseSourceStore.CHUNK_BYTES * 2 + 12_345];
        new Random(16).nextBytes(bytes);

        String key = store.keep(store.receive(new ByteArrayInputStream(bytes), bytes.length));

        try (InputStream original = store.open(key)) {
            assertArrayEquals(bytes, original.readAllBytes());
        }
        assertEquals(3, count("select count(*) from source_original_chunk"));
        assertTrue(store.has(key));
        assertEquals(Set.of(key), store.keys());
        assertTrue(store.keptAt(key).isPresent());
    }

    @Test
    void aReceivedUploadStaysOnThisNodeUntilItIsKept() {
        ReceivedFile received = store.receive(stream("尚未保存的报告"), 1000);

        assertTrue(Files.exists(received.path()));
        assertEquals(0, count("select count(*) from source_original"), "nothing reaches the database before keep");
        store.discard(received);
        assertFalse(Files.exists(received.path()));
    }

    @Test
    void aTooLargeUploadNeverReachesTheDatabase() {
        assertThrows(SourceTooLarge.class, () -> store.receive(new ByteArrayInputStream(new byte[300_000]), 100_000));

        assertEquals(0, count("select count(*) from source_original"));
        assertEquals(0, store.clearIncoming(), "its partial file was deleted");
    }

    @Test
    void anOriginalTheStoreDoesNotHoldIsMissingNotAnError() {
        String unknown = UUID.randomUUID().toString().replace("-", "");

        assertThrows(OriginalMissing.class, () -> store.open(unknown));
        assertFalse(store.has(unknown));
        assertThrows(IllegalArgumentException.class, () -> store.open("../../etc/passwd"));
    }

    @Test
    void aQuarantinedOriginalLeavesTheOriginalsButKeepsItsBytes() {
        String key = store.keep(store.receive(stream("没有来源行的原件"), 1000));

        store.quarantine(key);

        assertFalse(store.has(key));
        assertEquals(Set.of(), store.keys());
        assertEquals(1, count("select count(*) from source_original_chunk"), "never deleted");
    }

    @Test
    void anOriginalWhoseChunksEndEarlyFailsTheReadInsteadOfLookingComplete() throws Exception {
        byte[] bytes = new byte[DatabaseSourceStore.CHUNK_BYTES + 10];
        String key = store.keep(store.receive(new ByteArrayInputStream(bytes), bytes.length));
        try (Connection connection = database.getConnection();
                Statement sql = connection.createStatement()) {
            sql.executeUpdate("delete from source_original_chunk where position = 1");
        }

        try (InputStream original = store.open(key)) {
            IOException cut = assertThrows(IOException.class, original::readAllBytes);
            assertTrue(cut.getMessage().contains("ends after " + DatabaseSourceStore.CHUNK_BYTES), cut.getMessage());
        }
    }

    @Test
    void theFirstIdentityClaimedStays() {
        assertEquals(Optional.empty(), store.identity());

        assertEquals("store-a", store.claimIdentity("store-a"));
        assertEquals("store-a", store.claimIdentity("store-b"), "a second node finds the first one's identity");
        assertEquals(Optional.of("store-a"), store.identity());
    }

    @Test
    void theOriginalsAreInTheDatabaseAndTheParsersGetCopies() {
        assertTrue(store.keptInDatabase());
        assertEquals(Optional.empty(), store.directory());
    }

    @Test
    void aRefusedRowWithdrawsItsOriginal() {
        String key = store.keep(store.receive(stream("重复的上传"), 1000));

        store.withdraw(key);

        assertFalse(store.has(key));
        assertEquals(0, count("select count(*) from source_original_chunk"));
    }

    private long count(String query) {
        try (Connection connection = database.getConnection();
                Statement sql = connection.createStatement();
                ResultSet result = sql.executeQuery(query)) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
