package org.bulletincms.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.bulletincms.it.fault.FaultSuite;
import org.bulletincms.it.fault.FaultTimes;
import org.bulletincms.it.fault.OwnWildFly;
import org.bulletincms.it.fault.Polling;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code kill -9} of WildFly while a source report is being uploaded and while one is being extracted, on
 * PostgreSQL: after the restart every source row has its file and every file its row (what was cut off is gone, not
 * half there), and an interrupted extraction is queued again and finishes instead of staying "extracting".
 */
@Tag(FaultSuite.TAG)
@ExtendWith(FaultSuite.class)
@EnabledIfSystemProperty(named = FaultSuite.ENABLED, matches = "true")
class SourceCrashFaultIT {

    /** The slow test parser takes 8 s; after a restart the worker must pick it up and finish: 3 × (8 s + start). */
    private static final Duration RESUME_DEADLINE = Duration.ofSeconds(90);

    @Test
    void anUploadKilledWhileItsBytesArriveLeavesNeitherARowNorAFile() throws Exception {
        Set<String> rowsBefore = storageKeys();
        CountDownLatch holdTheRest = new CountDownLatch(1);
        Api client = Api.as(DemoUser.EDITH);
        CompletableFuture<Api.Reply> uploading = CompletableFuture.supplyAsync(() -> client.send(
                "POST",
                "/api/v1/sources?filename=interrupted.txt",
                HttpRequest.BodyPublishers.ofInputStream(() -> new HeldBody(256 * 1024, holdTheRest)),
                "application/octet-stream"));
        try {
            Polling.await(
                    "the upload's first bytes in the store's incoming folder",
                    Duration.ofSeconds(60),
                    () -> partialUploads().stream()
                            .filter(SourceCrashFaultIT::nonEmpty)
                            .findFirst());

            killAndRestart("WildFly restart after kill -9 during an upload");
        } finally {
            holdTheRest.countDown();
        }

        assertTrue(
                uploading.isCompletedExceptionally()
                        || uploading.handle((r, e) -> e != null).get(30, TimeUnit.SECONDS),
                "the client saw its upload cut off");
        assertAll(
                () -> assertEquals(rowsBefore, storageKeys(), "no row was written for the cut-off upload"),
                () -> assertEquals(storageKeys(), originals(), "every row has its file and every file its row"),
                () -> assertEquals(Set.of(), partialUploads(), "the cut-off bytes were deleted at start-up"));
    }

    @Test
    void anExtractionKilledMidParseIsQueuedAgainAndFinishesAfterTheRestart() throws SQLException {
        String marker = UUID.randomUUID().toString();
        String slow = Sources.upload(
                        DemoUser.EDITH,
                        ("BULLETIN-TEST-SLOW 8\n崩溃后恢复的提取 " + marker + "\n").getBytes(StandardCharsets.UTF_8),
                        "slow-" + marker + ".txt")
                .json()
                .getString("id");
        Sources.awaitStatus(slow, Set.of("extracting"));

        long restart = System.nanoTime();
        killAndRestart("WildFly restart after kill -9 during an extraction");
        JsonObject resumed = Sources.finished(slow);
        FaultTimes.record(
                "after a crash, the interrupted extraction done (8 s parse)",
                Duration.ofNanos(System.nanoTime() - restart),
                RESUME_DEADLINE.plus(OwnWildFly.START_DEADLINE));

        assertEquals("done", resumed.getString("status"), resumed::toString);
        assertTrue(Sources.text(slow).toString().contains("崩溃后恢复的提取 " + marker));
        assertEquals(storageKeys(), originals(), "every row has its file and every file its row");
    }

    // --- helpers ----------------------------------------------------------------------------------------------

    private static void killAndRestart(String what) {
        OwnWildFly wildfly = FaultSuite.rig().wildfly();
        wildfly.kill();
        FaultTimes.record(what, wildfly.start(), OwnWildFly.START_DEADLINE);
    }

    private static Path store() {
        return FaultSuite.rig().wildfly().server().dataDir().resolve("sources");
    }

    /** The storage keys of the source rows, read from PostgreSQL itself. */
    private static Set<String> storageKeys() throws SQLException {
        try (Connection db = FaultSuite.rig().postgres().connect();
                Statement query = db.createStatement();
                ResultSet rows = query.executeQuery("select storage_key from source_document")) {
            Set<String> keys = new HashSet<>();
            while (rows.next()) {
                keys.add(rows.getString(1));
            }
            return keys;
        }
    }

    private static Set<String> originals() {
        return filesIn(store().resolve("originals"));
    }

    private static Set<String> partialUploads() {
        return filesIn(store().resolve("incoming"));
    }

    private static Set<String> filesIn(Path directory) {
        if (!Files.exists(directory)) {
            return Set.of();
        }
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile)
                    .map(p -> directory.relativize(p).toString())
                    .collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean nonEmpty(String partial) {
        try {
            return Files.size(store().resolve("incoming").resolve(partial)) > 0;
        } catch (IOException e) {
            return false;
        }
    }

    /** An upload body that sends its first bytes and then holds the rest back until the test lets go. */
    private static final class HeldBody extends InputStream {

        private final CountDownLatch release;
        private int remaining;

        HeldBody(int firstBytes, CountDownLatch release) {
            this.remaining = firstBytes;
            this.release = release;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0];
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (remaining == 0) {
                try {
                    release.await(5, TimeUnit.MINUTES);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                throw new IOException("the test held this upload until the server was killed");
            }
            int n = Math.min(length, remaining);
            Arrays.fill(buffer, offset, offset + n, (byte) 'a');
            remaining -= n;
            return n;
        }
    }
}
