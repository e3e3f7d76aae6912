package org.bulletincms.it;

import static org.bulletincms.it.ApiAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.bulletincms.it.backup.DebianPostgres;
import org.bulletincms.it.backup.OwnServer;
import org.bulletincms.it.fault.FaultSuite;
import org.bulletincms.it.fault.Polling;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Two server nodes sharing one PostgreSQL with the source store in the database ({@code CMS_SOURCES_STORE=database}):
 * what one node received, the other serves byte for byte and extracts. Node A runs no parser processes (its parser
 * class path does not exist), so every extraction is node B's, from its own work copy of an original it never
 * received. Refused and cut-off uploads leave nothing in the database, and a backup's database copy holds the
 * originals.
 *
 * <p>Both nodes are started once for the class (in parallel), on their own PostgreSQL (the Debian one, whose
 * {@code pg_dump} the backup needs) and port offsets beside {@code bulletin.backup.port-offset}; it runs in the
 * fault-injection execution, on PostgreSQL only, and adds no run of the whole suite.
 */
@EnabledIfSystemProperty(named = FaultSuite.ENABLED, matches = "true")
@Tag(FaultSuite.TAG)
class SharedSourceStoreFaultIT {

    private static final String DATABASE = "bulletin_shared";
    /** The test servers' cms.sources.max-upload-bytes (deploy/pom.xml). */
    private static final int MAX_UPLOAD_BYTES = 8 * 1024 * 1024;

    private static final Duration EXTRACTION_DEADLINE = Duration.ofSeconds(120);
    /**
     * Two servers starting at once on 2 cores shared with other builds: one start alone took 195 s and 250 s at a
     * load average of 35-45 (OwnServer's 4 minutes were not enough for the second).
     */
    private static final Duration START_DEADLINE = Duration.ofMinutes(10);

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static Path work;
    private static DebianPostgres postgres;
    private static OwnServer nodeA;
    private static OwnServer nodeB;
    private static URI a;
    private static URI b;

    @BeforeAll
    static void startTwoNodesOnOneDatabase() throws Exception {
        work = emptied(Path.of("target", "shared-store").toAbsolutePath());
        postgres = new DebianPostgres(work.resolve("postgres"));
        postgres.start();
        postgres.createDatabase(DATABASE);
        int from = Integer.getInteger("bulletin.backup.port-offset", 14000);
        int offsetA = OwnServer.freePortOffset(from + 100);
        int offsetB = OwnServer.freePortOffset(offsetA + 100);
        Map<String, String> environment = new LinkedHashMap<>(Map.of(
                "CMS_DB_DRIVER",
                "postgresql",
                "CMS_DB_URL",
                postgres.jdbcUrl(DATABASE),
                "CMS_DB_USER",
                "postgres",
                "CMS_DB_PASSWORD",
                "postgres"));
        environment.put("CMS_SOURCES_STORE", "database");
        nodeA = new OwnServer(
                work.resolve("node-a"),
                dataDir("a"),
                offsetA,
                environment,
                List.of(
                        "-Djboss.node.name=node-a",
                        "-Dcms.sources.parser-classpath=" + work.resolve("no-parsers") + "/*",
                        "-Dcms.backup.pg-dump=" + postgres.bin().resolve("pg_dump")));
        nodeB = new OwnServer(
                work.resolve("node-b"), dataDir("b"), offsetB, environment, List.of("-Djboss.node.name=node-b"));
        a = URI.create("http://localhost:" + nodeA.httpPort());
        b = URI.create("http://localhost:" + nodeB.httpPort());
        // both at once (node B waits for node A's schema migration on Flyway's lock): one start's time, not two
        CompletableFuture<Duration> startingB = CompletableFuture.supplyAsync(() -> nodeB.start(START_DEADLINE));
        record("node A first start (schema migration), node B starting beside it", nodeA.start(START_DEADLINE));
        record("node B start, beside node A's", startingB.get());
    }

    @AfterAll
    static void stop() {
        for (AutoCloseable process : new AutoCloseable[] {nodeB, nodeA, postgres}) {
            try {
                if (process != null) {
                    process.close();
                }
            } catch (Exception e) {
                System.err.println("could not stop " + process + ": " + e);
            }
        }
    }

    @Test
    void aReportUploadedOnOneNodeIsDownloadedByteForByteAndExtractedByTheOther() throws Exception {
        String marker = UUID.randomUUID().toString();
        byte[] bytes = ("节点甲收到的报告 " + marker + "\n第二段：节点乙下载并提取。\n").getBytes(StandardCharsets.UTF_8);

        JsonObject uploaded = upload(a, bytes, "节点报告.txt");
        String id = uploaded.getString("id");

        Download onB = download(b, id);
        Download onA = download(a, id);
        assertAll(
                () -> assertEquals(200, onB.status()),
                () -> assertArrayEquals(bytes, onB.bytes(), "node B serves node A's upload byte for byte"),
                () -> assertEquals(onA.headers(), onB.headers(), "both nodes send the same headers"),
                () -> assertEquals(
                        "text/plain;charset=utf-8",
                        onB.headers().get("content-type").replace(" ", "").toLowerCase(Locale.ROOT)),
                () -> assertEquals(String.valueOf(bytes.length), onB.headers().get("content-length")),
                () -> assertTrue(onB.headers().get("content-disposition").startsWith("attachment;")),
                () -> assertEquals("nosniff", onB.headers().get("x-content-type-options")),
                () -> assertEquals("private, no-store", onB.headers().get("cache-control")));

        JsonObject done = awaitFinished(b, id);
        assertEquals("done", done.getString("status"), done::toString);
        assertTrue(
                get(b, "/api/v1/sources/" + id + "/text").contains("节点甲收到的报告 " + marker),
                "node B extracted the report node A received");
        assertTrue(get(a, "/api/v1/sources/" + id + "/text").contains("第二段：节点乙下载并提取。"), "and node A serves the text");
        // Only this report's copy: another test's extraction may still be running on node B.
        String key = storageKey(id);
        assertTrue(
                filesIn(dataDir("b").resolve("source-work/originals")).stream()
                        .noneMatch(copy -> copy.getFileName().toString().equals(key)),
                "node B's work copy for its parser is deleted after the extraction");
        assertEquals(List.of(), filesIn(dataDir("a").resolve("sources/originals")), "no original on node A's disk");
        assertRowsAndOriginalsAgree();
    }

    @Test
    void aFiveMegabyteReportGoesInOnOneNodeAndOutOfTheOtherUnchanged() throws Exception {
        byte[] bytes = fiveMegabytesOfText();

        Instant began = Instant.now();
        String id = upload(a, bytes, "five-megabytes.txt").getString("id");
        Duration up = Duration.between(began, Instant.now());
        List<Duration> downs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Instant start = Instant.now();
            Download onB = download(b, id);
            downs.add(Duration.between(start, Instant.now()));
            assertEquals(200, onB.status());
            assertArrayEquals(bytes, onB.bytes(), "the 5 MB original, byte for byte from the other node");
        }

        record(
                String.format(
                        Locale.ROOT,
                        "5 MB upload on node A into the database: %.1f MB/s",
                        megabytesPerSecond(bytes.length, up)),
                up);
        downs.sort(Comparator.naturalOrder());
        record(
                String.format(
                        Locale.ROOT,
                        "5 MB download from node B out of the database (median of 3): %.1f MB/s",
                        megabytesPerSecond(bytes.length, downs.get(1))),
                downs.get(1));
        assertEquals(
                5,
                count("select count(*) from source_original_chunk c join source_document d"
                        + " on d.storage_key = c.storage_key where d.id = '" + id + "'"),
                "in chunks of 1 MiB");
        assertRowsAndOriginalsAgree();
    }

    @Test
    void refusedAndCutOffUploadsLeaveNothingInTheDatabase() throws Exception {
        long rows = count("select count(*) from source_document");
        long originals = count("select count(*) from source_original");
        long chunks = count("select count(*) from source_original_chunk");

        assertProblem(
                new Api.Reply(send(a, "POST", uploadPath("too-large.txt"), new byte[MAX_UPLOAD_BYTES + 1])),
                413,
                "request-too-large");
        assertProblem(
                new Api.Reply(send(
                        a,
                        "POST",
                        uploadPath("report.pdf"),
                        "<!DOCTYPE html><html><body><p>not a PDF</p></body></html>".getBytes(StandardCharsets.UTF_8))),
                415,
                "type-contradicts-name");
        assertProblem(new Api.Reply(send(a, "POST", uploadPath("empty.txt"), new byte[0])), 400, "malformed-request");
        assertTrue(cutOff(a, "cut-off.txt"), "the client's upload was cut off");

        assertAll(
                () -> assertEquals(rows, count("select count(*) from source_document"), "no row"),
                () -> assertEquals(originals, count("select count(*) from source_original"), "no original"),
                () -> assertEquals(chunks, count("select count(*) from source_original_chunk"), "no chunk"),
                () -> Polling.await(
                        "node A's receiving directory emptied",
                        Duration.ofSeconds(30),
                        () -> filesIn(dataDir("a").resolve("source-work/incoming/node-a"))
                                        .isEmpty()
                                ? Optional.of(true)
                                : Optional.empty()));
        assertRowsAndOriginalsAgree();
    }

    @Test
    void aBackupsDatabaseCopyHoldsTheOriginals() throws Exception {
        byte[] bytes = ("备份中的原件 " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
        String id = upload(a, bytes, "backed-up.txt").getString("id");
        long originals = count("select count(*) from source_original");

        HttpResponse<String> taken = HTTP.send(
                HttpRequest.newBuilder(a.resolve("/api/v1/backups"))
                        .header("Authorization", "Bearer " + DemoUser.ADAM.token())
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(201, taken.statusCode(), taken::body);
        JsonObject manifest = Json.createReader(new StringReader(taken.body())).readObject();
        assertEquals(0, manifest.getInt("originals"), "no file copies: the originals are in the database copy");
        assertEquals(
                originals,
                manifest.getJsonObject("rows").getJsonNumber("source_original").longValue());

        postgres.createDatabase("bulletin_restored");
        Map<String, String> client = new LinkedHashMap<>(postgres.clientEnvironment("bulletin_restored"));
        client.put("PATH", postgres.bin() + ":" + System.getenv("PATH"));
        restore(Path.of(manifest.getString("location")), work.resolve("restored-data"), client);
        try (Connection restored = connect("bulletin_restored")) {
            assertArrayEquals(bytes, original(restored, id), "the restored database holds the original's bytes");
        }
    }

    // --- the two nodes ----------------------------------------------------------------------------------------

    private static JsonObject upload(URI node, byte[] bytes, String filename) throws Exception {
        HttpResponse<String> reply = send(node, "POST", uploadPath(filename), bytes);
        assertEquals(201, reply.statusCode(), reply::body);
        return Json.createReader(new StringReader(reply.body())).readObject();
    }

    private static String uploadPath(String filename) {
        return "/api/v1/sources?filename=" + URLEncoder.encode(filename, StandardCharsets.UTF_8);
    }

    private static HttpResponse<String> send(URI node, String method, String path, byte[] body) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(node.resolve(path))
                        .timeout(Duration.ofSeconds(120))
                        .header("Authorization", "Bearer " + DemoUser.EDITH.token())
                        .header("Content-Type", "application/octet-stream")
                        .method(method, HttpRequest.BodyPublishers.ofByteArray(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** An upload whose client gives up after 1 MiB (its body stream fails); answers whether the client saw it fail. */
    private static boolean cutOff(URI node, String filename) {
        HttpRequest request = HttpRequest.newBuilder(node.resolve(uploadPath(filename)))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + DemoUser.EDITH.token())
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new FailingAfter(1024 * 1024)))
                .build();
        try {
            HttpResponse<String> reply = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return reply.statusCode() >= 400;
        } catch (IOException e) {
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    record Download(int status, byte[] bytes, Map<String, String> headers) {}

    private static Download download(URI node, String id) throws Exception {
        HttpResponse<byte[]> reply = HTTP.send(
                HttpRequest.newBuilder(node.resolve("/api/v1/sources/" + id + "/original"))
                        .timeout(Duration.ofSeconds(120))
                        .header("Authorization", "Bearer " + DemoUser.EDITH.token())
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : List.of(
                "content-type",
                "content-length",
                "content-disposition",
                "x-content-type-options",
                "content-security-policy",
                "cache-control")) {
            headers.put(name, reply.headers().firstValue(name).orElse(null));
        }
        return new Download(reply.statusCode(), reply.body(), headers);
    }

    private static String get(URI node, String path) throws Exception {
        HttpResponse<String> reply = HTTP.send(
                HttpRequest.newBuilder(node.resolve(path))
                        .header("Authorization", "Bearer " + DemoUser.TOM.token())
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, reply.statusCode(), reply::body);
        return reply.body();
    }

    private static JsonObject awaitFinished(URI node, String id) {
        return Polling.await("source " + id + " extracted", EXTRACTION_DEADLINE, () -> {
                    try {
                        JsonObject source = Json.createReader(new StringReader(get(node, "/api/v1/sources/" + id)))
                                .readObject();
                        return Set.of("done", "failed").contains(source.getString("status"))
                                ? Optional.of(source)
                                : Optional.empty();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .value();
    }

    // --- the database -----------------------------------------------------------------------------------------

    /** Every source row has its original and every original its row: the upload's one transaction. */
    private static void assertRowsAndOriginalsAgree() throws SQLException {
        assertAll(
                () -> assertEquals(
                        0,
                        count("select count(*) from source_document d where not exists"
                                + " (select 1 from source_original o where o.storage_key = d.storage_key)"),
                        "row without original"),
                () -> assertEquals(
                        0,
                        count("select count(*) from source_original o where not exists"
                                + " (select 1 from source_document d where d.storage_key = o.storage_key)"),
                        "original without row"));
    }

    private static String storageKey(String sourceId) throws SQLException {
        try (Connection db = connect(DATABASE);
                var sql = db.prepareStatement("select storage_key from source_document where id = ?")) {
            sql.setObject(1, UUID.fromString(sourceId));
            try (ResultSet result = sql.executeQuery()) {
                assertTrue(result.next(), "the source's row");
                return result.getString(1);
            }
        }
    }

    private static long count(String query) throws SQLException {
        try (Connection db = connect(DATABASE);
                Statement sql = db.createStatement();
                ResultSet result = sql.executeQuery(query)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static byte[] original(Connection db, String sourceId) throws SQLException, IOException {
        try (PreparedStatement query = db.prepareStatement("select c.bytes from source_original_chunk c"
                + " join source_document d on d.storage_key = c.storage_key where d.id = ? order by c.position")) {
            query.setObject(1, UUID.fromString(sourceId));
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ResultSet chunks = query.executeQuery()) {
                while (chunks.next()) {
                    bytes.write(chunks.getBytes(1));
                }
            }
            return bytes.toByteArray();
        }
    }

    private static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(postgres.jdbcUrl(database), "postgres", "postgres");
    }

    private static void restore(Path backup, Path dataDir, Map<String, String> environment) throws Exception {
        Path script = Path.of(System.getProperty("user.dir")).resolve("backup/restore.sh");
        ProcessBuilder builder = new ProcessBuilder("bash", script.toString(), backup.toString(), dataDir.toString())
                .redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "restore.sh did not finish");
        assertEquals(0, process.exitValue(), () -> "restore.sh failed:\n" + output);
    }

    // --- files and times --------------------------------------------------------------------------------------

    private static Path dataDir(String node) {
        return work.resolve("node-" + node + "-data");
    }

    private static byte[] fiveMegabytesOfText() {
        StringBuilder text = new StringBuilder();
        Random random = new Random(5);
        while (text.length() < 5 * 1024 * 1024) {
            text.append("Line ").append(random.nextLong()).append(" of the five-megabyte report\n");
        }
        return text.substring(0, 5 * 1024 * 1024).getBytes(StandardCharsets.US_ASCII);
    }

    private static double megabytesPerSecond(long bytes, Duration took) {
        return bytes / 1_000_000.0 / Math.max(took.toNanos() / 1e9, 1e-6);
    }

    private static List<Path> filesIn(Path directory) {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Measured times, printed and kept in target/shared-store-times.txt for the README. */
    private static void record(String what, Duration took) {
        String line = String.format(Locale.ROOT, "%-80s %8.3f s%n", what, took.toNanos() / 1e9);
        System.out.print("[shared-store-times] " + line);
        try {
            Files.writeString(
                    Path.of("target", "shared-store-times.txt"),
                    line,
                    StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path emptied(Path directory) throws IOException {
        if (Files.exists(directory)) {
            try (Stream<Path> files = Files.walk(directory)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
        return Files.createDirectories(directory);
    }

    /** Zeros, then a failure: the client's body stream breaks mid-upload. */
    private static final class FailingAfter extends InputStream {
        private long remaining;

        FailingAfter(long bytes) {
            this.remaining = bytes;
        }

        @Override
        public int read() throws IOException {
            if (remaining-- <= 0) {
                throw new IOException("the client gave up");
            }
            return 'x';
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (remaining <= 0) {
                throw new IOException("the client gave up");
            }
            int n = (int) Math.min(length, remaining);
            java.util.Arrays.fill(buffer, offset, offset + n, (byte) 'x');
            remaining -= n;
            return n;
        }
    }
}
