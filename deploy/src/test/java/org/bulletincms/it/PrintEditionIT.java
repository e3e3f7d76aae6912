package org.bulletincms.it;

import static org.bulletincms.it.ApiAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The print PDF of a published issue (issue 15), as a reader gets it: both seed issues entered exactly as published,
 * translated, signed off and published; the Chinese PDF read back with poppler-utils ({@code pdftotext}) has every
 * line of the seed in the seed's order, with the same allowance as the web page it is laid out from
 * ({@link WebEditionIT}); {@code pdffonts} shows the Chinese font embedded, {@code pdfimages} the seed pictures
 * ({@link SeedPictures}) embedded; page 1 (the cover) and page 2 (the
 * contents) are saved as images under {@code target/print-edition}. Until a PDF is made its URL answers 503 with
 * {@code Retry-After}; the test holds the job ({@code PrintHold}) instead of racing the worker. The seed issues are
 * published once per database run for this class and {@link WebEditionIT} ({@link PublishedSeeds}).
 */
@ExtendWith(ArquillianExtension.class)
class PrintEditionIT {

    private static final Path RESULTS = Path.of("target/print-edition");
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    /** A PDF takes about a second on a quiet machine; a loaded CI machine gets a wide margin. */
    private static final Duration MADE_WITHIN = Duration.ofSeconds(120);

    private static final String HOLD = "/api/v1/test-probe/print-hold";
    private static final Pattern PAGE_NUMBER = Pattern.compile("\\d+\\s*/\\s*\\d+");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return BulletinDeployment.forTests();
    }

    @BeforeAll
    static void popplerIsInstalled() {
        for (String tool : List.of("pdftotext", "pdffonts", "pdftoppm", "pdfimages")) {
            try {
                run(List.of(tool, "-v"));
            } catch (IllegalStateException e) {
                throw new IllegalStateException(
                        tool + " is missing: install Debian's poppler-utils (apt-get install poppler-utils), as"
                                + " .ci/run does, to read the print PDFs back",
                        e);
            }
        }
    }

    @Test
    void bothSeedIssuesPrintWithEveryLineOfTheSeedInOrderAndTheChineseFontEmbedded() throws IOException {
        String slug = PublishedSeeds.slug();
        Files.createDirectories(RESULTS);

        readAsTheSeed(slug, "2024/2", "000_f47ae672d6ab28ae.txt", WebEditionIT.MAY_LACK_2024_2);
        readAsTheSeed(slug, "2021/4", "002_04fa44b4aae28e29.txt", WebEditionIT.MAY_LACK_2021_4);
        for (String issue : List.of("2024/2", "2021/4")) {
            Path pdf = save(made(pdfPath(slug, issue, "en")), issue, "en");
            String text = text(pdf, label(slug, issue, "en"));
            assertTrue(text.contains("Contents"), issue + ": the English PDF has its contents");
            assertEquals(SEED_PICTURES.get(issue), pictures(pdf), issue + ": the English PDF embeds the seed pictures");
        }
    }

    /**
     * How many pictures each seed issue prints ({@link SeedPictures}): the Chaillot declaration's picture and the
     * CO₂ Performance Ladder's logo; the COP26 flyer's three organisers' logos.
     */
    private static final Map<String, Integer> SEED_PICTURES = Map.of("2024/2", 2, "2021/4", 3);

    /** The pictures embedded in the PDF, as {@code pdfimages -list} lists them (a soft mask is not one). */
    private static int pictures(Path pdf) throws IOException {
        String list = run(List.of("pdfimages", "-list", pdf.toString()));
        Files.writeString(
                RESULTS.resolve(pdf.getFileName().toString().replace(".pdf", "-images.txt")),
                list,
                StandardCharsets.UTF_8);
        return (int) list.lines()
                .skip(2) // the header and its rule
                .map(line -> line.strip().split("\\s+"))
                .filter(columns -> columns.length > 2 && columns[2].equals("image"))
                .count();
    }

    @Test
    void theIssueListsItsRenderingsAndItsPdfAnswers503UntilMadeThenHasAStrongTagAndIsGoneAfterUnpublishing() {
        assertEquals(
                204, Api.as(DemoUser.ADAM).send("POST", HOLD, noBody(), null).status(), "print hold armed");
        SeedIssue2024No2 issue;
        try {
            issue = SeedIssue2024No2.published(List.of("declaration/2024-2-chaillot"));
            Map<String, JsonObject> renderings = renderings(issue, "zh-CN");
            String pdf = issue.issuePath() + ".pdf?locale=zh-CN";
            assertEquals(pdf, renderings.get("print-pdf").getString("url"));
            assertEquals("after-publication", renderings.get("print-pdf").getString("availability"));

            Api.Reply notYet = Api.anonymous().get(pdf);
            assertProblem(notYet, 503, "print-not-ready");
            assertEquals("5", notYet.header("Retry-After").orElseThrow(), notYet::toString);
            for (String ready : List.of("web-page", "email-html", "email-text")) {
                JsonObject rendering = renderings.get(ready);
                assertEquals("ready", rendering.getString("availability"), ready);
                Api.Reply reply = Api.anonymous().get(rendering.getString("url"));
                assertEquals(200, reply.status(), () -> ready + ": " + reply);
                assertEquals(
                        rendering.getString("mediaType").toLowerCase(java.util.Locale.ROOT),
                        reply.contentType().toLowerCase(java.util.Locale.ROOT).replace(" ", ""),
                        ready);
            }
        } finally {
            assertEquals(
                    200,
                    Api.as(DemoUser.ADAM).send("DELETE", HOLD, noBody(), null).status(),
                    "released");
        }

        String pdf = renderings(issue, "zh-CN").get("print-pdf").getString("url");
        HttpResponse<byte[]> first = made(pdf);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertFalse(etag.startsWith("W/"), etag);
        assertEquals("zh-CN", first.headers().firstValue("Content-Language").orElseThrow());
        HttpResponse<byte[]> again = get(pdf, Map.of());
        assertEquals(etag, again.headers().firstValue("ETag").orElseThrow(), "the same tag on every request");
        assertTrue(java.util.Arrays.equals(first.body(), again.body()), "the same bytes on every request");
        assertEquals(304, get(pdf, Map.of("If-None-Match", etag)).statusCode());
        assertEquals(
                issue.issuePath() + ".pdf?locale=en",
                renderings(issue, "en").get("print-pdf").getString("url"),
                "the renderings of the requested locale");
        made(issue.issuePath() + ".pdf?locale=en");

        Workflow.ok(Workflow.take(DemoUser.ANNA, issue.issue(), "unpublish", "撤下"));

        for (String locale : List.of("zh-CN", "en")) {
            assertProblem(Api.anonymous().get(issue.issuePath() + ".pdf?locale=" + locale), 404, "not-found");
        }
    }

    /**
     * The renderings the issue's JSON lists in a locale, by kind: the issue's JSON is compiled at publication and
     * never changes, so it lists every rendering with its URL and says which exist with it.
     */
    private static Map<String, JsonObject> renderings(SeedIssue2024No2 issue, String locale) {
        Api.Reply json = Api.anonymous().get(issue.issuePath() + "?locale=" + locale);
        assertEquals(200, json.status(), json::toString);
        Map<String, JsonObject> byKind = new java.util.LinkedHashMap<>();
        json.json()
                .getJsonArray("renderings")
                .getValuesAs(JsonObject.class)
                .forEach(rendering -> byKind.put(rendering.getString("kind"), rendering));
        assertEquals(List.of("web-page", "email-html", "email-text", "print-pdf"), List.copyOf(byKind.keySet()));
        return byKind;
    }

    private static void readAsTheSeed(String slug, String issue, String seedFile, Map<String, String> mayLack)
            throws IOException {
        long started = System.nanoTime();
        HttpResponse<byte[]> reply = made(pdfPath(slug, issue, "zh-CN"));
        long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        Path pdf = save(reply, issue, "zh-CN");
        String name = pdf.getFileName().toString().replace(".pdf", "");
        Files.writeString(
                RESULTS.resolve("sizes.txt"),
                name + ": " + reply.body().length / 1024 + " KB, ready " + waited + " ms after the test asked\n",
                StandardCharsets.UTF_8,
                StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);

        assertEquals(SEED_PICTURES.get(issue), pictures(pdf), issue + ": the PDF embeds the seed pictures");
        String fonts = run(List.of("pdffonts", pdf.toString()));
        Files.writeString(RESULTS.resolve(name + "-fonts.txt"), fonts, StandardCharsets.UTF_8);
        assertTrue(
                fonts.lines()
                        .anyMatch(line -> line.contains("NotoSansSC")
                                && line.contains("CID TrueType")
                                && line.matches(".*\\byes\\s+yes\\s+yes\\s+.*")),
                () -> issue + ": the Chinese font is embedded (subset, Unicode map):\n" + fonts);

        String text = text(pdf, label(slug, issue, "zh-CN"));
        Files.writeString(RESULTS.resolve(name + ".txt"), text, StandardCharsets.UTF_8);
        // The font draws "fi", "fl" and "ffi" in English text as ligatures, which pdftotext reads back as one
        // character (certiﬁcate, Oﬃcer): the same words, so they are compared as written. Its one glyph for the
        // en dash and the figure dash is mapped back to the figure dash (17:00‒17:45): the same dash.
        String words = text.replace("\uFB00", "ff")
                .replace("\uFB01", "fi")
                .replace("\uFB02", "fl")
                .replace("\uFB03", "ffi")
                .replace("\uFB04", "ffl")
                .replace('\u2012', '\u2013');
        List<String> missing = SeedLines.missing(SeedLines.of(seedFile), words);
        Files.write(RESULTS.resolve(name + "-missing.txt"), missing, StandardCharsets.UTF_8);
        List<String> unexplained =
                missing.stream().filter(line -> !mayLack.containsKey(line)).toList();
        assertEquals(List.of(), unexplained, issue + ": seed lines missing from the PDF, or out of the seed's order");

        run(List.of(
                "pdftoppm",
                "-f",
                "1",
                "-l",
                "2",
                "-r",
                "72",
                "-png",
                pdf.toString(),
                RESULTS.resolve(name).toString()));
    }

    /**
     * The PDF's text as a reader reads it: the running header (the issue label) and the page number of every page
     * after the cover are left out, so a paragraph that goes on over a page break reads on.
     */
    private static String text(Path pdf, String label) {
        String raw = run(List.of("pdftotext", "-enc", "UTF-8", pdf.toString(), "-"));
        List<String> pages = new ArrayList<>();
        for (String page : raw.split("\f")) {
            List<String> lines = new ArrayList<>(page.lines().toList());
            lines.removeIf(line -> PAGE_NUMBER.matcher(line.strip()).matches());
            if (!pages.isEmpty()) {
                lines.removeIf(line -> line.strip().equals(label)); // the cover keeps its label
            }
            pages.add(String.join("\n", lines));
        }
        return String.join("\n", pages);
    }

    /** The issue label as the delivery JSON gives it ("2024年第2期 总第16期"), the PDF's running header. */
    private static String label(String slug, String issue, String locale) {
        Api.Reply json =
                Api.anonymous().get("/api/delivery/v1/publications/" + slug + "/issues/" + issue + "?locale=" + locale);
        assertEquals(200, json.status(), json::toString);
        return json.json().getString("label");
    }

    /** The PDF once made: 503 while its job waits or runs, then 200. */
    private static HttpResponse<byte[]> made(String path) {
        HttpResponse<byte[]> reply = Eventually.until(
                () -> get(path, Map.of()), response -> response.statusCode() != 503, MADE_WITHIN, path + " made");
        assertEquals(200, reply.statusCode(), () -> path + ": " + new String(reply.body(), StandardCharsets.UTF_8));
        assertEquals(
                "application/pdf",
                reply.headers().firstValue("Content-Type").orElseThrow().toLowerCase(java.util.Locale.ROOT));
        assertTrue(new String(reply.body(), 0, 5, StandardCharsets.US_ASCII).equals("%PDF-"), "a PDF");
        return reply;
    }

    private static Path save(HttpResponse<byte[]> reply, String issue, String locale) {
        try {
            Files.createDirectories(RESULTS);
            Path file = RESULTS.resolve("print-edition-" + issue.replace('/', '-') + "-" + locale + ".pdf");
            Files.write(file, reply.body());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static HttpResponse<byte[]> get(String path, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(Api.base().resolve(path))
                .timeout(Duration.ofSeconds(30))
                .GET();
        headers.forEach(request::header);
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static HttpRequest.BodyPublisher noBody() {
        return HttpRequest.BodyPublishers.noBody();
    }

    /** Runs a poppler tool and answers its standard output; fails with its standard error. */
    private static String run(List<String> command) {
        try {
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(false).start();
            byte[] out = process.getInputStream().readAllBytes();
            byte[] err = process.getErrorStream().readAllBytes();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(command + " did not finish in 60 s");
            }
            // "-v" prints the version to standard error and exits 0 (pdftotext) or 99 (older tools): both mean found
            if (process.exitValue() != 0 && !command.contains("-v")) {
                throw new IllegalStateException(
                        command + " failed (" + process.exitValue() + "): " + new String(err, StandardCharsets.UTF_8));
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(command.get(0) + " cannot be run", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String pdfPath(String slug, String issue, String locale) {
        return "/api/delivery/v1/publications/" + slug + "/issues/" + issue + ".pdf?locale=" + locale;
    }
}
