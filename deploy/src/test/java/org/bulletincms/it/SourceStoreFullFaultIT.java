package org.bulletincms.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.bulletincms.it.fault.FaultSuite;
import org.bulletincms.it.fault.FaultTimes;
import org.bulletincms.it.fault.OwnWildFly;
import org.bulletincms.it.fault.Polling;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A source store on a disk that really fills up: a 4 MiB tmpfs mounted for the test (root only; elsewhere the test
 * says it was not run and is skipped), the suite's WildFly restarted with {@code cms.sources.dir} on it. An upload
 * larger than the free space is answered 507 problem+json; its partial file is gone, no row was written, the server
 * keeps serving, the disk full is logged once, and the next upload that fits is taken.
 */
@Tag(FaultSuite.TAG)
@ExtendWith(FaultSuite.class)
@EnabledIfSystemProperty(named = FaultSuite.ENABLED, matches = "true")
class SourceStoreFullFaultIT {

    private static final String TINY_DISK = "4m";
    private static final Duration COMMAND_DEADLINE = Duration.ofSeconds(60);
    /** A refused upload of a few MiB on a loaded machine: one request, not a restart. */
    private static final Duration REFUSAL_DEADLINE = Duration.ofSeconds(60);

    private static Path tinyDisk;
    private static boolean mounted;

    @BeforeAll
    static void mountATinyDiskAndPointTheServerAtIt() throws IOException {
        tinyDisk = Files.createTempDirectory("bulletin-store-full-");
        mounted = isRoot() && run("mount", "-t", "tmpfs", "-o", "size=" + TINY_DISK, "tmpfs", tinyDisk.toString());
        if (!mounted) {
            System.out.println("SourceStoreFullFaultIT: not run: needs root to mount a tmpfs");
            Files.deleteIfExists(tinyDisk);
        }
        assumeTrue(mounted, "SourceStoreFullFaultIT: not run: needs root to mount a tmpfs");
        // the store the database knows, only emptier: its rows' files read as missing here, and heal afterwards
        Path identity = suiteStore().resolve("store-id");
        if (Files.exists(identity)) {
            Files.copy(identity, tinyDisk.resolve("store-id"));
        }
        OwnWildFly wildfly = FaultSuite.rig().wildfly();
        wildfly.close();
        FaultTimes.record(
                "WildFly restart with its source store on a 4 MiB tmpfs",
                wildfly.start(List.of("-Dcms.sources.dir=" + tinyDisk)),
                OwnWildFly.START_DEADLINE);
    }

    @AfterAll
    static void giveTheServerItsStoreBack() throws IOException {
        if (!mounted) {
            return;
        }
        OwnWildFly wildfly = FaultSuite.rig().wildfly();
        try {
            wildfly.close();
            // the rows written here keep their files: the originals move into the suite's store before unmounting
            Path originals = suiteStore().resolve("originals");
            Files.createDirectories(originals);
            for (String key : filesIn(tinyDisk.resolve("originals"))) {
                Files.copy(
                        tinyDisk.resolve("originals").resolve(key),
                        originals.resolve(key),
                        StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.COPY_ATTRIBUTES);
            }
        } finally {
            // the server's parser processes may hold the disk for a moment after the server stopped
            Polling.await(
                    "the tmpfs unmounted",
                    COMMAND_DEADLINE,
                    () -> run("umount", tinyDisk.toString()) ? Optional.of(true) : Optional.empty());
            Files.deleteIfExists(tinyDisk);
            FaultTimes.record(
                    "WildFly restart on its own source store again", wildfly.start(), OwnWildFly.START_DEADLINE);
        }
    }

    @Test
    void anUploadLargerThanTheFreeSpaceIs507AndLeavesNothingBehind() throws Exception {
        String marker = UUID.randomUUID().toString();
        Api.Reply first = Sources.upload(
                DemoUser.EDITH,
                ("放得下的报告 " + marker + "\n").getBytes(StandardCharsets.UTF_8),
                "fits-" + marker + ".txt");
        assertEquals(201, first.status(), first::toString);
        String firstId = first.json().getString("id");
        Sources.finished(firstId);
        Set<String> rowsBefore = storageKeys();
        long usable = Files.getFileStore(tinyDisk).getUsableSpace();

        long start = System.nanoTime();
        String refused = rawUpload("big-" + marker + ".txt", usable + 512 * 1024);
        FaultTimes.record(
                "an upload larger than the free space refused with 507",
                Duration.ofNanos(System.nanoTime() - start),
                REFUSAL_DEADLINE);
        String again = rawUpload("big-again-" + marker + ".txt", usable + 512 * 1024);

        JsonObject problem = body(refused);
        assertAll(
                () -> assertTrue(refused.startsWith("HTTP/1.1 507"), refused),
                () -> assertTrue(refused.toLowerCase().contains("content-type: application/problem+json"), refused),
                () -> assertEquals("urn:bulletin-cms:problem:insufficient-storage", problem.getString("type")),
                () -> assertEquals(507, problem.getInt("status")),
                () -> assertTrue(
                        problem.getString("detail").contains("disk for source files is full")
                                && problem.getString("detail").contains("administrator must free space"),
                        refused),
                () -> assertTrue(again.startsWith("HTTP/1.1 507"), again));

        assertAll(
                () -> assertEquals(rowsBefore, storageKeys(), "no row was written for the refused uploads"),
                () -> assertEquals(Set.of(), filesIn(tinyDisk.resolve("incoming")), "no partial file is left"),
                () -> assertFalse(
                        Api.as(DemoUser.EDITH).get("/api/v1/sources").body().contains("big-" + marker),
                        "the sources list does not show the refused uploads"),
                () -> assertEquals(
                        200,
                        Api.as(DemoUser.EDITH).get("/api/v1/sources/" + firstId).status()),
                () -> assertEquals(
                        200,
                        Api.as(DemoUser.EDITH)
                                .get("/api/v1/sources/" + firstId + "/original")
                                .status()),
                () -> assertEquals(200, Api.as(DemoUser.TOM).get("/api/v1/me").status()),
                () -> assertEquals(
                        1,
                        occurrences(
                                FaultSuite.rig().wildfly().serverLogText(), "Source store " + tinyDisk + " is full"),
                        "the full disk is logged once, not per upload"));

        Api.Reply fits = Sources.upload(
                DemoUser.EDITH,
                ("腾出空间后的报告 " + marker + "\n").getBytes(StandardCharsets.UTF_8),
                "after-" + marker + ".txt");
        assertEquals(201, fits.status(), fits::toString);
        assertEquals(rowsBefore.size() + 1, storageKeys().size(), "the upload that fits is kept");
        // and read: a parse that is still running when the server stops would only be handed back to the next start
        String fitsId = fits.json().getString("id");
        assertEquals("done", Sources.finished(fitsId).getString("status"));
        assertTrue(Sources.text(fitsId).toString().contains("腾出空间后的报告 " + marker));
    }

    // --- helpers ----------------------------------------------------------------------------------------------

    private static Path suiteStore() {
        return FaultSuite.rig().wildfly().server().dataDir().resolve("sources");
    }

    /**
     * An upload of {@code size} bytes over a plain socket: the server may answer before it has read the whole
     * body, which an HTTP client would report as a failed send instead of the answer.
     */
    private static String rawUpload(String filename, long size) throws Exception {
        URI base = Api.base();
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout((int) REFUSAL_DEADLINE.toMillis());
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/sources?filename=" + filename + " HTTP/1.1\r\nHost: " + base.getHost() + "\r\n"
                            + "Authorization: Bearer " + DemoUser.EDITH.token()
                            + "\r\nContent-Type: application/octet-stream"
                            + "\r\nAccept-Language: en\r\nContent-Length: " + size + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            Thread sender = new Thread(() -> {
                byte[] chunk = new byte[65536];
                Arrays.fill(chunk, (byte) 'x');
                try {
                    for (long sent = 0; sent < size; sent += chunk.length) {
                        out.write(chunk, 0, (int) Math.min(chunk.length, size - sent));
                    }
                    out.flush();
                } catch (IOException e) {
                    // the server answered and closed the connection before the whole body was sent
                }
            });
            sender.start();
            String answer = response(socket.getInputStream());
            sender.join(TimeUnit.SECONDS.toMillis(30));
            return answer;
        }
    }

    /** Status line, headers and body of one response, read without waiting for the connection to close. */
    private static String response(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.write(b);
        }
        String headers = head.toString(StandardCharsets.ISO_8859_1);
        Matcher length = Pattern.compile("(?i)content-length: *(\\d+)").matcher(headers);
        byte[] body = length.find() ? in.readNBytes(Integer.parseInt(length.group(1))) : new byte[0];
        return headers + new String(body, StandardCharsets.UTF_8);
    }

    private static JsonObject body(String response) {
        int start = response.indexOf("\r\n\r\n");
        return Json.createReader(new StringReader(start < 0 ? "{}" : response.substring(start + 4)))
                .readObject();
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

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            count++;
        }
        return count;
    }

    private static boolean isRoot() {
        try {
            Process id =
                    new ProcessBuilder("id", "-u").redirectErrorStream(true).start();
            String uid = new String(id.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
            return id.waitFor(COMMAND_DEADLINE.toSeconds(), TimeUnit.SECONDS) && "0".equals(uid);
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Runs a command, its output into the test's; whether it succeeded within the deadline. */
    private static boolean run(String... command) {
        try {
            Process process = new ProcessBuilder(new ArrayList<>(List.of(command)))
                    .inheritIO()
                    .start();
            if (!process.waitFor(COMMAND_DEADLINE.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return false;
            }
            return process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
