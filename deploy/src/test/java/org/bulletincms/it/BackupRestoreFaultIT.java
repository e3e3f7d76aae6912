package org.bulletincms.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.bulletincms.it.backup.DebianPostgres;
import org.bulletincms.it.backup.OwnServer;
import org.bulletincms.it.fault.FaultSuite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Backup and restore as an operator does them: a running product is populated (a published issue whose item has
 * several revisions, an extracted source report), backed up over the API while it serves, and restored with
 * {@code deploy/backup/restore.sh} onto a fresh server (new data directory; for PostgreSQL a new database), which
 * must then answer exactly as the original did: delivery bodies and ETags, sources (list, text, original bytes),
 * item history, and search (whose index is not in the backup: the fresh server rebuilds it).
 *
 * <p>Each database in its own test, with servers this test starts as processes on ports of its own (the first free
 * offset from {@code bulletin.backup.port-offset}), beside the fault suite's rig, which it does not use: a restore
 * needs a second, fresh server, and pg_dump needs a PostgreSQL of its own version (see {@link DebianPostgres}).
 * It runs in the fault-injection execution only, where H2 is tested too because nothing else here can test it.
 */
@EnabledIfSystemProperty(named = FaultSuite.ENABLED, matches = "true")
@Tag(FaultSuite.TAG)
class BackupRestoreFaultIT {

    private static final Duration SEARCH_DEADLINE = Duration.ofSeconds(60);
    private static final String SOURCE_TEXT = "绿色公共采购进展报告 Green public procurement progress report 2024\n"
            + "第二页：可持续公共采购计划 Sustainable public procurement programme\n";

    private static String managedServerPort;
    private static int portOffset;

    /** What one server answers at the URLs a restore must keep. */
    record Answers(Map<String, String> byUrl) {}

    @BeforeAll
    static void talkToOwnServers() {
        // Api and its fixtures address bulletin.it.http-port; whoever had it gets it back after this class
        managedServerPort = System.getProperty("bulletin.it.http-port");
        portOffset = OwnServer.freePortOffset(Integer.getInteger("bulletin.backup.port-offset", 14000));
        System.setProperty("bulletin.it.http-port", String.valueOf(8080 + portOffset));
    }

    @AfterAll
    static void talkToTheSuitesServerAgain() {
        if (managedServerPort == null) {
            System.clearProperty("bulletin.it.http-port");
        } else {
            System.setProperty("bulletin.it.http-port", managedServerPort);
        }
    }

    @Test
    void anH2BackupTakenWhileServingRestoresOntoAFreshServerThatAnswersTheSame() {
        Path work = emptied(workDir().resolve("h2"));
        Content content;
        Answers before;
        JsonObject manifest;
        try (OwnServer original = new OwnServer(
                work.resolve("original"), work.resolve("original-data"), portOffset(), Map.of(), List.of())) {
            time("H2: original server start", original::start);
            content = populate();
            before = answers(content);
            manifest = takeBackup("H2");
        }
        Path backup = Path.of(manifest.getString("location"));
        time("H2: restore.sh", () -> restore(backup, work.resolve("restored-data"), Map.of()));
        try (OwnServer restored = new OwnServer(
                work.resolve("restored"), work.resolve("restored-data"), portOffset(), Map.of(), List.of())) {
            time("H2: restored server start (search index rebuilt)", restored::start);
            assertSameAnswers(content, before);
        }
    }

    @Test
    void aPostgresqlBackupTakenWhileServingRestoresIntoAFreshDatabaseThatAnswersTheSame() {
        Path work = emptied(workDir().resolve("postgresql"));
        try (DebianPostgres postgres = new DebianPostgres(work.resolve("postgres"))) {
            postgres.start();
            postgres.createDatabase("bulletin_original");
            postgres.createDatabase("bulletin_restored");
            List<String> pgDump =
                    List.of("-Dcms.backup.pg-dump=" + postgres.bin().resolve("pg_dump"));
            Content content;
            Answers before;
            JsonObject manifest;
            try (OwnServer original = new OwnServer(
                    work.resolve("original"),
                    work.resolve("original-data"),
                    portOffset(),
                    database(postgres, "bulletin_original"),
                    pgDump)) {
                time("PostgreSQL: original server start", original::start);
                content = populate();
                before = answers(content);
                manifest = takeBackup("PostgreSQL");
            }
            Path backup = Path.of(manifest.getString("location"));
            Map<String, String> client = new LinkedHashMap<>(postgres.clientEnvironment("bulletin_restored"));
            client.put("PATH", postgres.bin() + ":" + System.getenv("PATH"));
            time("PostgreSQL: restore.sh (pg_restore)", () -> restore(backup, work.resolve("restored-data"), client));
            try (OwnServer restored = new OwnServer(
                    work.resolve("restored"),
                    work.resolve("restored-data"),
                    portOffset(),
                    database(postgres, "bulletin_restored"),
                    pgDump)) {
                time("PostgreSQL: restored server start (search index rebuilt)", restored::start);
                assertSameAnswers(content, before);
            }
        }
    }

    // --- what the product holds before the backup ------------------------------------------------------------

    record Content(String slug, String issue, String item, String source, String itemTitle) {}

    /** A published issue whose item was edited twice before publication, and an extracted source report. */
    private static Content populate() {
        WorkflowIT.Fixture f = WorkflowIT.draft();
        Workflow.ok(Workflow.edit(
                DemoUser.EDITH,
                f.item(),
                Samples.news(
                        "首届联合国食品系统峰会承诺重大行动（修订）", "First UN Food Systems Summit commits to major action (revised)")));
        String title = "首届联合国食品系统峰会承诺重大行动（终稿）";
        Workflow.ok(Workflow.edit(
                DemoUser.EDITH,
                f.item(),
                Samples.news(title, "First UN Food Systems Summit commits to major action (final)")));
        Workflow.ok(Workflow.take(DemoUser.EDITH, f.issue(), "send-to-translation", null));
        Workflow.ok(Workflow.markDone(DemoUser.TOM, f.issue(), "en"));
        Workflow.ok(Workflow.take(DemoUser.EDITH, f.issue(), "submit-for-review", null));
        Workflow.ok(Workflow.take(DemoUser.ANNA, f.issue(), "approve", "可以发布"));
        Workflow.ok(Workflow.take(DemoUser.EDITH, f.issue(), "publish", null));
        String slug = Api.as(DemoUser.ADAM)
                .get("/api/v1/publications/" + f.publication())
                .json()
                .getString("slug");

        Api.Reply uploaded = Sources.upload(
                DemoUser.EDITH, SOURCE_TEXT.getBytes(StandardCharsets.UTF_8), "进展报告 progress report.txt");
        assertEquals(201, uploaded.status(), uploaded::toString);
        String source = uploaded.json().getString("id");
        assertEquals("done", Sources.finished(source).getString("status"));
        awaitSearchFinds(slug, title);
        return new Content(slug, f.issue(), f.item(), source, title);
    }

    /** Every answer the restored server must repeat, with its status and (where there is one) its ETag. */
    private static Answers answers(Content c) {
        String publication = "/api/delivery/v1/publications/" + c.slug();
        Map<String, Supplier<Api.Reply>> urls = new LinkedHashMap<>();
        urls.put("publications", () -> Api.anonymous().get("/api/delivery/v1/publications"));
        urls.put("issue list", () -> Api.anonymous().get(publication + "/issues"));
        urls.put("issue zh-CN", () -> Api.anonymous().get(publication + "/issues/2024/2?locale=zh-CN"));
        urls.put("issue en", () -> Api.anonymous().get(publication + "/issues/2024/2?locale=en"));
        urls.put("issue by cumulative number", () -> Api.anonymous().get(publication + "/issues/cumulative/16"));
        urls.put("edition 1", () -> Api.anonymous().get(publication + "/issues/2024/2/editions/1?locale=en"));
        urls.put("item", () -> Api.anonymous().get(publication + "/items/" + c.item() + "?locale=en"));
        urls.put("feed", () -> Api.anonymous().get(publication + "/feed.atom?locale=zh-CN"));
        urls.put("item revisions", () -> Api.as(DemoUser.ADAM).get("/api/v1/items/" + c.item() + "/revisions"));
        urls.put("issue editions", () -> Api.as(DemoUser.ADAM).get("/api/v1/issues/" + c.issue() + "/editions"));
        urls.put("sign-offs", () -> Api.as(DemoUser.ADAM).get("/api/v1/issues/" + c.issue() + "/sign-offs"));
        urls.put("source list", () -> Api.as(DemoUser.EDITH).get("/api/v1/sources"));
        urls.put("source", () -> Api.as(DemoUser.EDITH).get("/api/v1/sources/" + c.source()));
        urls.put("source text", () -> Api.as(DemoUser.TOM).get("/api/v1/sources/" + c.source() + "/text"));
        urls.put("source original", () -> Api.as(DemoUser.EDITH).get("/api/v1/sources/" + c.source() + "/original"));
        Map<String, String> seen = new LinkedHashMap<>();
        urls.forEach((name, request) -> {
            Api.Reply reply = request.get();
            assertEquals(200, reply.status(), () -> name + ": " + reply);
            seen.put(name, reply.status() + " ETag " + reply.header("ETag").orElse("-") + "\n" + reply.body());
        });
        return new Answers(seen);
    }

    // --- backup and restore ----------------------------------------------------------------------------------

    private static JsonObject takeBackup(String database) {
        Api.Reply refused = Api.as(DemoUser.EDITH)
                .post("/api/v1/backups", Json.createObjectBuilder().build());
        ApiAssertions.assertProblem(refused, 403, "forbidden");
        assertEquals(
                0,
                Api.as(DemoUser.ADAM)
                        .get("/api/v1/backups")
                        .json()
                        .getJsonArray("items")
                        .size(),
                "a refused backup writes nothing");

        Instant began = Instant.now();
        Api.Reply taken = Api.as(DemoUser.ADAM)
                .post("/api/v1/backups", Json.createObjectBuilder().build());
        record(database + ": backup over the API", Duration.between(began, Instant.now()));
        assertEquals(201, taken.status(), taken::toString);
        JsonObject manifest = taken.json();
        Path backup = Path.of(manifest.getString("location"));
        assertAll(
                () -> assertEquals(database, manifest.getString("database")),
                () -> assertEquals(1, manifest.getInt("originals")),
                () -> assertEquals(1, manifest.getJsonObject("rows").getInt("source_document")),
                () -> assertEquals(3, manifest.getJsonObject("rows").getInt("item_revision")),
                () -> assertTrue(Files.isRegularFile(backup.resolve(manifest.getString("databaseFile")))),
                () -> assertTrue(Files.isRegularFile(backup.resolve("manifest.json"))),
                () -> assertTrue(taken.header("Location")
                        .orElseThrow()
                        .endsWith("/api/v1/backups/" + manifest.getString("name"))),
                () -> assertEquals(
                        manifest.getString("name"),
                        Api.as(DemoUser.ADAM)
                                .get("/api/v1/backups")
                                .json()
                                .getJsonArray("items")
                                .getJsonObject(0)
                                .getString("name")));
        return manifest;
    }

    private static void restore(Path backup, Path dataDir, Map<String, String> environment) {
        Path script = Path.of(System.getProperty("user.dir")).resolve("backup/restore.sh");
        try {
            ProcessBuilder builder = new ProcessBuilder(
                            "bash", script.toString(), backup.toString(), dataDir.toString())
                    .redirectErrorStream(true);
            builder.environment().putAll(environment);
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(process.waitFor(5, TimeUnit.MINUTES), "restore.sh did not finish");
            assertEquals(0, process.exitValue(), () -> "restore.sh failed:\n" + output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    // --- what the restored server must answer ----------------------------------------------------------------

    private static void assertSameAnswers(Content content, Answers before) {
        awaitSearchFinds(content.slug(), content.itemTitle());
        Answers after = answers(content);
        List<Runnable> checks = new ArrayList<>();
        before.byUrl()
                .forEach((name, answer) -> checks.add(
                        () -> assertEquals(answer, after.byUrl().get(name), name + " differs after the restore")));
        assertAll(checks.stream().map(check -> (org.junit.jupiter.api.function.Executable) check::run));
        assertEquals(
                SOURCE_TEXT,
                Api.as(DemoUser.EDITH)
                        .get("/api/v1/sources/" + content.source() + "/original")
                        .body(),
                "the original's bytes");
    }

    /** Polls the delivery search until it finds the item (the index is written after the publish commits). */
    private static void awaitSearchFinds(String slug, String title) {
        String search = "/api/delivery/v1/search?q=" + URLEncoder.encode("食品系统峰会", StandardCharsets.UTF_8)
                + "&publication=" + slug;
        Instant deadline = Instant.now().plus(SEARCH_DEADLINE);
        while (true) {
            Api.Reply reply = Api.anonymous().get(search);
            if (reply.status() == 200 && reply.body().contains(title)) {
                return;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(
                        "search did not find \"" + title + "\" within " + SEARCH_DEADLINE + ": " + reply);
            }
            LockSupport.parkNanos(Duration.ofMillis(250).toNanos());
        }
    }

    // --- plumbing --------------------------------------------------------------------------------------------

    private static Map<String, String> database(DebianPostgres postgres, String database) {
        return Map.of(
                "CMS_DB_DRIVER",
                "postgresql",
                "CMS_DB_URL",
                postgres.jdbcUrl(database),
                "CMS_DB_USER",
                "postgres",
                "CMS_DB_PASSWORD",
                "postgres");
    }

    private static int portOffset() {
        return portOffset;
    }

    private static Path workDir() {
        return Path.of(System.getProperty("bulletin.backup.work-dir", "target/backup-restore"));
    }

    private static void time(String what, Runnable step) {
        Instant began = Instant.now();
        step.run();
        record(what, Duration.between(began, Instant.now()));
    }

    /** Measured times, printed and kept in target/backup-times.txt for the README. */
    private static void record(String what, Duration took) {
        String line = String.format(Locale.ROOT, "%-60s %7.1f s%n", what, took.toMillis() / 1000.0);
        System.out.print("[backup-times] " + line);
        try {
            Files.writeString(
                    Path.of("target", "backup-times.txt"),
                    line,
                    StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path emptied(Path directory) {
        try {
            if (Files.exists(directory)) {
                try (Stream<Path> files = Files.walk(directory)) {
                    for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(file);
                    }
                }
            }
            return Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot empty " + directory, e);
        }
    }
}
