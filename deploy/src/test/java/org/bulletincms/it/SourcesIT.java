package org.bulletincms.it;

import static org.bulletincms.it.ApiAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.bulletincms.it.sources.HostileSources;
import org.bulletincms.it.sources.ReportFiles;
import org.bulletincms.it.sources.SampleReports;
import org.bulletincms.it.sources.SourceFiles;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Source reports as editors and translators meet them: upload, background extraction out of the server's JVM,
 * text with pages and languages, search, download, links to items, and what a hostile upload gets.
 */
@ExtendWith(ArquillianExtension.class)
class SourcesIT {

    @TempDir
    static Path files;

    /** The generated reports (LibreOffice takes seconds, so once per class). */
    private static ReportFiles reports;

    /** cms.sources.max-upload-bytes of the test server (deploy/pom.xml). */
    private static final long UPLOAD_LIMIT = 8 * 1024 * 1024;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return BulletinDeployment.forTests();
    }

    /** Unique text, so a test's upload is never a duplicate of another test's (or another run's). */
    private static String unique() {
        return UUID.randomUUID().toString();
    }

    private static byte[] html(String title, String... paragraphs) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>")
                .append(title)
                .append("</title></head><body>");
        for (String p : paragraphs) {
            html.append("<p>").append(p).append("</p>");
        }
        return html.append("</body></html>").toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void uploadedHtmlReportIsExtractedWithParagraphLanguagesAndFoundBySearch() {
        String marker = unique();
        Api.Reply uploaded = Sources.upload(
                DemoUser.EDITH,
                html(
                        "绿色采购报告 " + marker,
                        "2024年，中国政府绿色采购规模持续扩大，可持续公共采购在推动绿色低碳发展中发挥了重要作用。",
                        "The One Planet Network Sustainable Public Procurement Programme supports public procurers worldwide. "
                                + marker),
                "报告.html");
        assertEquals(201, uploaded.status(), uploaded::toString);
        JsonObject source = uploaded.json();
        assertEquals("queued", source.getString("status"));
        assertEquals("text/html", source.getString("mediaType"));
        assertTrue(uploaded.header("Location").orElseThrow().endsWith("/api/v1/sources/" + source.getString("id")));

        JsonObject done = Sources.finished(source.getString("id"));
        assertEquals("done", done.getString("status"), done::toString);
        assertEquals(100, done.getInt("progress"));
        assertEquals("绿色采购报告 " + marker, done.getJsonObject("metadata").getString("title"));
        assertEquals(
                java.util.Set.of("zh", "en"),
                done.getJsonArray("languages").getValuesAs(jakarta.json.JsonString.class).stream()
                        .map(jakarta.json.JsonString::getString)
                        .collect(java.util.stream.Collectors.toSet()));

        JsonObject text = Sources.text(source.getString("id"));
        assertFalse(text.getBoolean("paged"));
        List<JsonObject> paragraphs = text.getJsonArray("pages")
                .getJsonObject(0)
                .getJsonArray("paragraphs")
                .getValuesAs(JsonObject.class);
        assertEquals("zh", paragraphs.get(0).getString("language"));
        assertEquals("en", paragraphs.get(1).getString("language"));

        Eventually.found(
                () -> Api.as(DemoUser.TOM)
                        .get("/api/v1/sources/search?q=" + URLEncoder.encode("绿色低碳发展", StandardCharsets.UTF_8)),
                search -> search.json().getJsonArray("hits").getValuesAs(JsonObject.class).stream()
                        .anyMatch(hit ->
                                hit.getJsonObject("source").getString("id").equals(source.getString("id"))
                                        && hit.getString("snippet").contains("绿色低碳发展")));
    }

    @Test
    void chinesePdfIsExtractedPageByPageWithMetadataAndLanguages() throws IOException {
        String id = uploaded(reports().chinesePdf(), "简报.pdf");
        JsonObject done = Sources.finished(id);
        assertEquals("done", done.getString("status"), done::toString);
        assertEquals("application/pdf", done.getString("mediaType"));
        JsonObject metadata = done.getJsonObject("metadata");
        assertEquals(SampleReports.CHINESE_BULLETIN_TITLE, metadata.getString("title"));
        assertEquals(SampleReports.AUTHOR, metadata.getString("author"));
        assertEquals(3, metadata.getInt("pageCount"));
        assertTrue(metadata.containsKey("created"), metadata::toString);
        assertEquals("zh", languages(done).get(0), done::toString);

        JsonObject text = Sources.text(id);
        assertTrue(text.getBoolean("paged"));
        List<JsonObject> pages = text.getJsonArray("pages").getValuesAs(JsonObject.class);
        assertEquals(3, pages.size());
        for (int n = 0; n < 3; n++) {
            assertEquals(n + 1, pages.get(n).getInt("number"));
            assertTrue(
                    pageText(pages.get(n)).contains(SampleReports.CHINESE_BULLETIN_PAGES.get(n)),
                    "page " + (n + 1) + ": " + pageText(pages.get(n)));
        }
        assertTrue(
                paragraphs(pages.get(0)).stream()
                        .anyMatch(p ->
                                p.getString("text").contains("数字公共基础设施") && "zh".equals(p.getString("language", null))),
                pages.get(0)::toString);
    }

    @Test
    void englishPdfIsExtractedPageByPageInEnglish() throws IOException {
        String id = uploaded(reports().englishPdf(), "notes.pdf");
        JsonObject done = Sources.finished(id);
        assertEquals("done", done.getString("status"), done::toString);
        assertEquals(List.of("en"), languages(done));
        assertEquals(
                SampleReports.ENGLISH_NOTES_TITLE,
                done.getJsonObject("metadata").getString("title"));
        List<JsonObject> pages = Sources.text(id).getJsonArray("pages").getValuesAs(JsonObject.class);
        assertEquals(2, pages.size());
        assertTrue(pageText(pages.get(0)).contains(SampleReports.EN_PAGE_1), pageText(pages.get(0)));
        assertTrue(pageText(pages.get(1)).contains(SampleReports.EN_PAGE_2), pageText(pages.get(1)));
        assertTrue(paragraphs(pages.get(1)).stream().allMatch(p -> "en".equals(p.getString("language", "en"))));
    }

    @Test
    void mixedDocxIsExtractedWithTheLanguageOfEachParagraph() throws IOException {
        String id = uploaded(reports().mixedDocx(), "简报.docx");
        JsonObject done = Sources.finished(id);
        assertEquals("done", done.getString("status"), done::toString);
        assertEquals(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", done.getString("mediaType"));
        assertEquals(
                SampleReports.MIXED_BULLETIN_TITLE,
                done.getJsonObject("metadata").getString("title"));
        assertEquals(java.util.Set.of("zh", "en"), java.util.Set.copyOf(languages(done)));
        JsonObject text = Sources.text(id);
        assertFalse(text.getBoolean("paged"));
        List<JsonObject> paragraphs = paragraphs(text.getJsonArray("pages").getJsonObject(0));
        assertEquals(
                "zh",
                paragraphs.stream()
                        .filter(p -> p.getString("text").contains(SampleReports.MIXED_ZH_1))
                        .findFirst()
                        .orElseThrow()
                        .getString("language"));
        assertEquals(
                "en",
                paragraphs.stream()
                        .filter(p -> p.getString("text").contains(SampleReports.MIXED_EN))
                        .findFirst()
                        .orElseThrow()
                        .getString("language"));
    }

    @Test
    void searchFindsAChinesePhraseOfAnUploadedReportOnItsPage() throws IOException {
        String id = uploaded(reports().chinesePdf(), "简报.pdf");
        Sources.finished(id);
        Api.Reply search = Eventually.found(
                () -> Api.as(DemoUser.EDITH)
                        .get("/api/v1/sources/search?q="
                                + URLEncoder.encode(SampleReports.ZH_SEARCH_TERM_ON_PAGE_3, StandardCharsets.UTF_8)),
                reply -> reply.body().contains(id));
        JsonObject hit = search.json().getJsonArray("hits").getValuesAs(JsonObject.class).stream()
                .filter(h -> h.getJsonObject("source").getString("id").equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError(search.toString()));
        assertEquals(3, hit.getInt("page"));
        assertTrue(hit.getString("snippet").contains(SampleReports.ZH_SEARCH_TERM_ON_PAGE_3), hit::toString);
    }

    @Test
    void pdfNamedDocxIsRefusedWith415SayingWhatItIs() throws IOException {
        long before = total();
        Api.Reply reply = Sources.upload(DemoUser.EDITH, HostileSources.pdfNamedDocx(files), "report.docx");
        assertProblem(reply, 415, "type-contradicts-name");
        assertEquals("application/pdf", reply.json().getString("detected"));
        assertEquals(before, total());
    }

    @Test
    void htmlNamedPdfIsRefusedWith415InTheEditorsLanguage() {
        long before = total();
        byte[] page = html("<script>alert(1)</script>", "not a PDF " + unique());
        Api.Reply english = Sources.upload(DemoUser.EDITH, page, "report.pdf");
        assertProblem(english, 415, "type-contradicts-name");
        assertEquals("text/html", english.json().getString("detected"));
        assertEquals("pdf", english.json().getString("extension"));
        assertTrue(
                english.json().getString("detail").contains("report.pdf")
                        && english.json().getString("detail").contains("text/html"),
                english::toString);

        Api.Reply chinese = Api.as(DemoUser.EDITH)
                .header("Accept-Language", "zh-CN")
                .send(
                        "POST",
                        "/api/v1/sources?filename=report.pdf",
                        HttpRequest.BodyPublishers.ofByteArray(page),
                        "application/octet-stream");
        assertProblem(chinese, 415, "type-contradicts-name");
        assertEquals("文件类型与文件名不符", chinese.json().getString("title"));
        assertEquals(before, total());
    }

    @Test
    void encryptedPdfFailsAsEncrypted() throws IOException {
        JsonObject failed = Sources.finished(uploaded(HostileSources.encryptedPdf(files), "encrypted.pdf"));
        assertEquals("failed", failed.getString("status"));
        assertEquals("encrypted", failed.getJsonObject("failure").getString("reason"), failed::toString);
    }

    @Test
    void zipBombDocxFailsWithinTheParsersLimitsWhileTheServerAnswers() throws IOException {
        String id = uploaded(HostileSources.zipBombDocx(files), "zip-bomb.docx");
        assertEquals(200, Api.as(DemoUser.TOM).get("/api/v1/me").status());
        JsonObject failed = Sources.finished(id);
        assertEquals("failed", failed.getString("status"));
        // Whichever limit the bomb reaches first contains it; on a loaded machine that can be the time limit
        // (seen with a load average of 17), before the written characters reach theirs.
        assertTrue(
                java.util.Set.of("out-of-memory", "suspected-bomb", "write-limit", "timeout")
                        .contains(failed.getJsonObject("failure").getString("reason")),
                failed::toString);
        assertEquals(200, Api.as(DemoUser.TOM).get("/api/v1/me").status());
    }

    @Test
    void billionLaughsInsideADocxFailsAsUnparseable() throws IOException {
        JsonObject failed = Sources.finished(uploaded(HostileSources.billionLaughsDocx(files), "laughs.docx"));
        assertEquals("failed", failed.getString("status"));
        assertEquals("unparseable", failed.getJsonObject("failure").getString("reason"), failed::toString);
        assertReadableByAPerson(failed.getJsonObject("failure").getString("detail"));
    }

    @Test
    void externalEntitiesReadNoLocalFileAndReachNoLoopbackPort() throws IOException {
        JsonObject local = Sources.finished(uploaded(HostileSources.externalEntityFileDocx(files), "xxe-file.docx"));
        assertEquals("failed", local.getString("status"), local::toString);
        assertFalse(local.toString().contains(HostileSources.XXE_SECRET_MARKER));

        try (java.nio.channels.ServerSocketChannel listener = java.nio.channels.ServerSocketChannel.open()) {
            listener.bind(new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0));
            listener.configureBlocking(false);
            int port = ((java.net.InetSocketAddress) listener.getLocalAddress()).getPort();
            JsonObject remote =
                    Sources.finished(uploaded(HostileSources.externalEntityHttpDocx(files, port), "xxe-http.docx"));
            assertEquals("failed", remote.getString("status"), remote::toString);
            assertEquals(null, listener.accept(), "the loopback port saw a connection");
        }
    }

    @Test
    void deeplyNestedHtmlEndsWithinTheLimitsWithOnlyItsTextWhileTheServerAnswers() throws IOException {
        // jsoup caps the depth of the tree it builds, so the hundred thousand levels never reach the server's XHTML
        // reader (which would refuse more than 500 as a suspected bomb, see TikaXhtmlTest)
        String id = uploaded(HostileSources.deeplyNestedHtml(files), "nested.html");
        assertEquals(200, Api.as(DemoUser.TOM).get("/api/v1/me").status());
        JsonObject done = Sources.finished(id);
        assertEquals("done", done.getString("status"), done::toString);
        assertTrue(
                Sources.text(id)
                                .getJsonArray("pages")
                                .getJsonObject(0)
                                .getJsonArray("paragraphs")
                                .size()
                        <= 2,
                done::toString);
    }

    @Test
    void theSameBytesUploadedTwiceAreRecognised() {
        byte[] bytes = ("重复上传的报告 " + unique() + "\n").getBytes(StandardCharsets.UTF_8);
        Api.Reply first = Sources.upload(DemoUser.EDITH, bytes, "first.txt");
        Api.Reply second = Sources.upload(DemoUser.ADAM, bytes, "second.txt");
        assertEquals(201, first.status(), first::toString);
        assertEquals(200, second.status(), second::toString);
        assertTrue(second.json().getBoolean("duplicate"));
        assertEquals(first.json().getString("id"), second.json().getString("id"));
        assertEquals("first.txt", second.json().getString("filename"));
    }

    @Test
    void emptyFileIsRefusedWith400AndNothingIsStored() {
        long before = total();
        Api.Reply reply = Sources.upload(DemoUser.EDITH, new byte[0], "empty.pdf");
        assertProblem(reply, 400, "malformed-request");
        assertTrue(reply.json().getString("detail").contains("empty"), reply::toString);
        assertEquals(before, total());
    }

    @Test
    void executableNamedPdfIsRefusedWith415SayingWhatItIs() {
        long before = total();
        byte[] elf = new byte[256];
        System.arraycopy(
                new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3e, 0}, 0, elf, 0, 20);
        Api.Reply reply = Sources.upload(DemoUser.EDITH, elf, "report.pdf");
        assertProblem(reply, 415, "unsupported-media-type");
        assertEquals("application/x-executable", reply.json().getString("detected"));
        assertEquals(before, total());
    }

    @Test
    void uploadDeclaredLargerThanTheLimitIsRefusedWith413BeforeAnyOfItIsRead() throws IOException {
        long before = total();
        // the headers only: the server must answer without waiting for the body
        String answer = RawUpload.send(DemoUser.EDITH, "Content-Length: " + (UPLOAD_LIMIT + 1), 0);
        assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
        assertTrue(answer.contains("urn:bulletin-cms:problem:request-too-large"), answer);
        assertEquals(before, total());
    }

    @Test
    void streamedUploadWithoutALengthIsRefusedWith413OnceItPassesTheLimit() throws IOException {
        long before = total();
        // chunked, no length: only counting while reading can tell the body is too large
        String answer = RawUpload.send(DemoUser.EDITH, "Transfer-Encoding: chunked", UPLOAD_LIMIT + 65536);
        assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
        assertTrue(answer.contains("\"maxBytes\":" + UPLOAD_LIMIT), answer);
        assertEquals(before, total());
    }

    @Test
    void aStreamedUploadFarPastTheLimitIsRefusedWithoutBeingReadToItsEnd() throws Exception {
        long before = total();
        long offered = 40 * UPLOAD_LIMIT;
        URI base = Api.base();
        java.util.concurrent.atomic.AtomicLong sent = new java.util.concurrent.atomic.AtomicLong();
        java.util.concurrent.CompletableFuture<Boolean> refused;
        String answer;
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/sources?filename=endless.txt HTTP/1.1\r\nHost: " + base.getHost() + "\r\n"
                            + "Authorization: Bearer " + DemoUser.EDITH.token() + "\r\nContent-Type: text/plain\r\n"
                            + "Transfer-Encoding: chunked\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            // a client that keeps sending until the server stops it, as curl does with a 400 MiB body
            refused = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                byte[] chunk = new byte[65536];
                java.util.Arrays.fill(chunk, (byte) 'x');
                byte[] head = (Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
                try {
                    while (sent.get() < offered) {
                        out.write(head);
                        out.write(chunk);
                        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                        sent.addAndGet(chunk.length);
                    }
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    return false;
                } catch (IOException closedByTheServer) {
                    return true;
                }
            });
            answer = RawUpload.response(socket.getInputStream());
            assertTrue(
                    refused.get(2, java.util.concurrent.TimeUnit.MINUTES),
                    "the server read the whole " + offered + "-byte body instead of closing the connection");
        }
        assertTrue(answer.startsWith("HTTP/1.1 413"), "answer: " + answer);
        assertTrue(answer.contains("\"maxBytes\":" + UPLOAD_LIMIT), answer);
        assertTrue(sent.get() < offered / 4, "the client could send " + sent.get() + " bytes");
        assertEquals(before, total());
    }

    /** An upload over a plain socket, so the test controls exactly how much of the body is ever sent. */
    private static final class RawUpload {

        static String send(DemoUser user, String lengthHeader, long chunkedBytes) throws IOException {
            URI base = Api.base();
            try (Socket socket = new Socket(base.getHost(), base.getPort())) {
                socket.setSoTimeout(30_000);
                OutputStream out = socket.getOutputStream();
                out.write(("POST /api/v1/sources?filename=big.txt HTTP/1.1\r\nHost: " + base.getHost() + "\r\n"
                                + "Authorization: Bearer " + user.token() + "\r\nContent-Type: text/plain\r\n"
                                + lengthHeader + "\r\nConnection: close\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                byte[] chunk = new byte[65536];
                java.util.Arrays.fill(chunk, (byte) 'x');
                for (long sent = 0; sent < chunkedBytes; sent += chunk.length) {
                    out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.write(chunk);
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                if (chunkedBytes > 0) {
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                out.flush();
                return response(socket.getInputStream());
            }
        }

        /** Status line, headers and body of one response, read without waiting for the connection to close. */
        private static String response(InputStream in) throws IOException {
            java.io.ByteArrayOutputStream head = new java.io.ByteArrayOutputStream();
            while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
                int b = in.read();
                if (b < 0) {
                    break;
                }
                head.write(b);
            }
            String headers = head.toString(StandardCharsets.ISO_8859_1);
            java.util.regex.Matcher length = java.util.regex.Pattern.compile("(?i)content-length: *(\\d+)")
                    .matcher(headers);
            byte[] body = length.find() ? in.readNBytes(Integer.parseInt(length.group(1))) : new byte[0];
            return headers + new String(body, StandardCharsets.UTF_8);
        }
    }

    @Test
    void hostileFileNamesAreKeptOnlyAsHarmlessNames() {
        record Case(String uploaded, String kept) {}
        List<Case> cases = List.of(
                new Case("../../etc/passwd", "passwd"),
                new Case("report\u0000.pdf.exe", "report.pdf.exe"),
                new Case("line\r\nbreak\u0007.txt", "linebreak.txt"),
                new Case("report\u202Efdp.exe", "reportfdp.exe"),
                new Case("绿色采购报告2024.txt", "绿色采购报告2024.txt"));
        for (Case c : cases) {
            Api.Reply reply = Sources.upload(
                    DemoUser.EDITH, (c.uploaded() + unique()).getBytes(StandardCharsets.UTF_8), c.uploaded());
            assertEquals(201, reply.status(), reply::toString);
            assertEquals(c.kept(), reply.json().getString("filename"));
            Api.Reply download =
                    Api.as(DemoUser.EDITH).get("/api/v1/sources/" + reply.json().getString("id") + "/original");
            String disposition = download.header("Content-Disposition").orElseThrow();
            assertTrue(disposition.startsWith("attachment; "), disposition);
            assertFalse(
                    disposition.contains("/") || disposition.contains("\r") || disposition.contains("\u202E"),
                    disposition);
        }
    }

    @Test
    void originalIsDownloadedAsAnAttachmentThatIsNeverRenderedHere() {
        byte[] page = html("<script>alert(1)</script>", "attack " + unique());
        String id = Sources.upload(DemoUser.EDITH, page, "page.html").json().getString("id");
        Api.Reply download = Api.as(DemoUser.TOM).get("/api/v1/sources/" + id + "/original");
        assertEquals(200, download.status(), download::toString);
        assertEquals("application/octet-stream", download.contentType());
        assertEquals("nosniff", download.header("X-Content-Type-Options").orElseThrow());
        assertTrue(download.header("Content-Security-Policy").orElseThrow().startsWith("sandbox"));
        assertTrue(
                download.header("Content-Disposition").orElseThrow().startsWith("attachment; filename=\"page.html\""));
        assertEquals(new String(page, StandardCharsets.UTF_8), download.body());
    }

    @Test
    void approversMaySeeNeitherSourcesNorTheirSearchAndTranslatorsMayNotUpload() {
        assertProblem(Api.as(DemoUser.ANNA).get("/api/v1/sources"), 403, "forbidden");
        assertProblem(Api.as(DemoUser.ANNA).get("/api/v1/sources/search?q=report"), 403, "forbidden");
        assertProblem(Sources.upload(DemoUser.TOM, "x".getBytes(StandardCharsets.UTF_8), "x.txt"), 403, "forbidden");
        assertProblem(Api.anonymous().get("/api/v1/sources"), 401, "unauthenticated");
    }

    @Test
    void aSourceIsLinkedToTheItemWrittenFromIt() throws Exception {
        String id = Sources.upload(DemoUser.EDITH, html("报告", "报告摘要 " + unique()), "report.html")
                .json()
                .getString("id");
        JsonObject publication = SeedIssuesIT.startSeedPublication();
        JsonObject issue = Editorial.draftIssue(DemoUser.EDITH, publication, 2024, 2, 16);
        JsonObject rubric = Editorial.addRubric(DemoUser.EDITH, issue, "报告", "Reports");
        String item = Editorial.created(Editorial.addItem(
                        DemoUser.EDITH,
                        issue.getString("id"),
                        rubric.getString("id"),
                        SeedIssuesIT.type("news/2024-2-regional-food-systems"),
                        SeedIssuesIT.sample("news/2024-2-regional-food-systems")))
                .getString("id");
        String path = "/api/v1/items/" + item + "/sources/" + id;
        assertEquals(
                204,
                Api.as(DemoUser.EDITH)
                        .send("PUT", path, HttpRequest.BodyPublishers.noBody(), null)
                        .status());
        assertEquals(
                204,
                Api.as(DemoUser.EDITH)
                        .send("PUT", path, HttpRequest.BodyPublishers.noBody(), null)
                        .status());
        Api.Reply linked = Api.as(DemoUser.TOM).get("/api/v1/items/" + item + "/sources");
        assertEquals(
                List.of(id),
                linked.json().getJsonArray("sources").getValuesAs(JsonObject.class).stream()
                        .map(s -> s.getString("id"))
                        .toList());
        assertProblem(
                Api.as(DemoUser.TOM).send("PUT", path, HttpRequest.BodyPublishers.noBody(), null), 403, "forbidden");
        assertProblem(
                Api.as(DemoUser.EDITH)
                        .send(
                                "PUT",
                                "/api/v1/items/" + UUID.randomUUID() + "/sources/" + id,
                                HttpRequest.BodyPublishers.noBody(),
                                null),
                404,
                "not-found");
    }

    @Test
    void textIsRefusedWith409UntilTheExtractionIsDone() {
        Api.Reply failed = Sources.upload(
                DemoUser.EDITH, ("BULLETIN-TEST-OOM " + unique() + "\n").getBytes(StandardCharsets.UTF_8), "oom.txt");
        String id = failed.json().getString("id");
        JsonObject source = Sources.finished(id);
        assertEquals("failed", source.getString("status"));
        assertEquals("out-of-memory", source.getJsonObject("failure").getString("reason"), source::toString);
        assertProblem(Api.as(DemoUser.EDITH).get("/api/v1/sources/" + id + "/text"), 409, "source-not-extracted");
    }

    @Test
    void aParserThatHangsIsStoppedAtTheTimeLimitWhileTheServerAndOtherExtractionsCarryOn() {
        String hanging = Sources.upload(
                        DemoUser.EDITH,
                        ("BULLETIN-TEST-HANG " + unique() + "\n").getBytes(StandardCharsets.UTF_8),
                        "hangs.txt")
                .json()
                .getString("id");
        Sources.awaitStatus(hanging, java.util.Set.of("extracting"));

        Api.Reply me = Api.as(DemoUser.TOM).get("/api/v1/me");
        assertEquals(200, me.status(), me::toString);
        String other = Sources.upload(DemoUser.EDITH, html("另一份报告", "其他上传照常提取。" + unique()), "other.html")
                .json()
                .getString("id");
        assertEquals("done", Sources.finished(other).getString("status"));
        assertEquals("extracting", Sources.get(hanging).getString("status"), "the hanging parse is still going");

        JsonObject failed = Sources.finished(hanging);
        assertEquals("failed", failed.getString("status"));
        assertEquals("timeout", failed.getJsonObject("failure").getString("reason"), failed::toString);
    }

    @Test
    void extractionsInterruptedByAServerStopAreResumedAndStoreAndRowsAreReconciledWithoutLosingEither()
            throws Exception {
        String marker = unique();
        String slow = Sources.upload(
                        DemoUser.EDITH,
                        ("BULLETIN-TEST-SLOW 8\n中断后恢复的提取 " + marker + "\n").getBytes(StandardCharsets.UTF_8),
                        "slow.txt")
                .json()
                .getString("id");
        byte[] lostBytes = ("原件丢失的报告 " + unique()).getBytes(StandardCharsets.UTF_8);
        String lost =
                Sources.upload(DemoUser.EDITH, lostBytes, "lost.txt").json().getString("id");
        StoredOriginals originals = StoredOriginals.ofTestServer();
        String stray = originals.stray(
                "a file whose row was never written", Instant.now().minus(Duration.ofMinutes(5)));
        originals.lose(lostBytes);
        Sources.awaitStatus(slow, java.util.Set.of("extracting"));

        ServerRestart.reload();

        JsonObject resumed = Sources.finished(slow);
        assertEquals("done", resumed.getString("status"), resumed::toString);
        assertTrue(Sources.text(slow).toString().contains("中断后恢复的提取 " + marker));
        assertFalse(originals.held(stray), "a file without a row leaves the originals");
        assertEquals(
                java.util.Optional.of("a file whose row was never written"),
                originals.quarantined(stray),
                "and is quarantined, never deleted");
        JsonObject kept = Sources.get(lost);
        assertEquals("not-in-store", kept.getJsonObject("originalMissing").getString("reason"), kept::toString);
        assertEquals("lost.txt", kept.getString("filename"));
        assertProblem(Api.as(DemoUser.EDITH).get("/api/v1/sources/" + lost + "/original"), 503, "original-missing");
    }

    @Test
    void anExtractionCutOffByAGracefulStopIsResumedWithoutCountingAnAttempt() throws Exception {
        // with cms.sources.max-attempts 2 (the test server's), two rolling restarts used to fail the source
        String slow = Sources.upload(
                        DemoUser.EDITH,
                        ("BULLETIN-TEST-SLOW 12\n滚动重启后仍然完成 " + unique() + "\n").getBytes(StandardCharsets.UTF_8),
                        "rolling.txt")
                .json()
                .getString("id");
        Sources.awaitStatus(slow, java.util.Set.of("extracting"));
        assertEquals(1, Sources.get(slow).getInt("attempts"));

        ServerRestart.reload();

        JsonObject done = Sources.finished(slow);
        assertEquals("done", done.getString("status"), done::toString);
        assertEquals(1, done.getInt("attempts"), "the stop handed the attempt back: " + done);
    }

    @Test
    void aStoreMissingAtStartUpOrUnderARunningServerLosesNothingAndHealsWhenItIsBack() throws Exception {
        String marker = unique();
        byte[] bytes = html("存储缺失时不丢数据 " + marker, "原件不在时，来源、文本和关联都保留。" + marker);
        String id = Sources.upload(DemoUser.EDITH, bytes, "kept.html").json().getString("id");
        assertEquals("done", Sources.finished(id).getString("status"));
        String item = anItem();
        assertEquals(
                204,
                Api.as(DemoUser.EDITH)
                        .send(
                                "PUT",
                                "/api/v1/items/" + item + "/sources/" + id,
                                HttpRequest.BodyPublishers.noBody(),
                                null)
                        .status());
        long total = total();
        if (StoredOriginals.ofTestServer() instanceof StoredOriginals.InDatabase inDatabase) {
            originalsGoneFromTheDatabaseLoseNothingAndHeal(inDatabase, id, bytes, item, total);
            return;
        }
        Path store = storeDirectory();
        Path aside = store.resolveSibling("sources-aside-" + marker);
        ServerRestart.systemProperty("cms.sources.sweep-seconds", java.util.Optional.of("1"));
        try {
            // started with the store moved aside (an unmounted volume, a changed cms.data.dir)
            Files.move(store, aside);
            ServerRestart.reload();

            assertEquals(total, total(), "no source is deleted");
            assertMissing(id, "store-not-recognised");
            assertTrue(Sources.text(id).toString().contains("原件不在时，来源、文本和关联都保留。" + marker));
            assertEquals(List.of(id), linkedTo(item));
            assertProblem(Api.as(DemoUser.EDITH).get("/api/v1/sources/" + id + "/original"), 503, "original-missing");
            assertProblem(
                    Sources.upload(DemoUser.EDITH, html("新报告", unique()), "new.html"),
                    503,
                    "source-store-not-recognised");
            JsonObject readiness = sourceStoreReadiness();
            assertEquals("DOWN", readiness.getString("status"), readiness::toString);
            assertTrue(
                    readiness.getJsonObject("data").getString("problem").startsWith("source store not recognised"),
                    readiness::toString);

            // the store is back at the next start
            deleteTree(store);
            Files.move(aside, store);
            ServerRestart.reload();
            assertHealed(id, bytes);

            // emptied under the running server: the periodic sweep marks, then heals
            Files.createDirectories(aside);
            Files.move(store.resolve("originals"), aside.resolve("originals"));
            Files.move(store.resolve("store-id"), aside.resolve("store-id"));
            awaitMissing(id);
            assertEquals(total, total(), "no source is deleted");
            Files.move(aside.resolve("originals"), store.resolve("originals"));
            Files.move(aside.resolve("store-id"), store.resolve("store-id"));
            awaitHealed(id);
            assertHealed(id, bytes);
        } finally {
            putBack(store, aside);
            ServerRestart.systemProperty("cms.sources.sweep-seconds", java.util.Optional.empty());
            // The application is kept for the next test classes (KeptDeployment): it must read the default again.
            ServerRestart.reload();
        }
    }

    /**
     * The database store cannot go missing as a whole (its identity is in the database it lives in), so what is left
     * to prove is the same promise for one original: gone at start-up or under a running server, nothing is deleted,
     * the source says why, uploads go on, and it heals when the original is back.
     */
    private static void originalsGoneFromTheDatabaseLoseNothingAndHeal(
            StoredOriginals.InDatabase originals, String id, byte[] bytes, String item, long total) throws Exception {
        ServerRestart.systemProperty("cms.sources.sweep-seconds", java.util.Optional.of("1"));
        try {
            originals.setAside(bytes);
            ServerRestart.reload();

            assertEquals(total, total(), "no source is deleted");
            assertMissing(id, "not-in-store");
            assertTrue(Sources.text(id).toString().contains("原件不在时，来源、文本和关联都保留。"));
            assertEquals(List.of(id), linkedTo(item));
            assertProblem(Api.as(DemoUser.EDITH).get("/api/v1/sources/" + id + "/original"), 503, "original-missing");
            assertEquals(
                    201,
                    Sources.upload(DemoUser.EDITH, html("新报告", unique()), "new.html")
                            .status(),
                    "the store is the database: it is recognised, and uploads go on");
            JsonObject readiness = sourceStoreReadiness();
            assertEquals("UP", readiness.getString("status"), readiness::toString);
            assertTrue(readiness.getJsonObject("data").getInt("originalsMissing") >= 1, readiness::toString);

            originals.putBack(bytes);
            awaitHealed(id);
            assertHealed(id, bytes);

            originals.setAside(bytes);
            awaitMissing(id);
            assertEquals(total + 1, total(), "no source is deleted");
            originals.putBack(bytes);
            awaitHealed(id);
            assertHealed(id, bytes);
        } finally {
            originals.putBack(bytes);
            ServerRestart.systemProperty("cms.sources.sweep-seconds", java.util.Optional.empty());
            // The application is kept for the next test classes (KeptDeployment): it must read the default again.
            ServerRestart.reload();
        }
    }

    @Test
    void parserProcessesSeeNoneOfTheServersEnvironment() {
        String id = Sources.upload(
                        DemoUser.EDITH,
                        ("BULLETIN-TEST-ENV " + unique() + "\n").getBytes(StandardCharsets.UTF_8),
                        "environment.txt")
                .json()
                .getString("id");
        JsonObject done = Sources.finished(id);
        assertEquals("done", done.getString("status"), done::toString);
        List<String> names = paragraphs(Sources.text(id).getJsonArray("pages").getJsonObject(0)).stream()
                .map(p -> p.getString("text"))
                .toList();
        assertEquals(
                java.util.Set.of("LANG", "PATH"),
                java.util.Set.copyOf(names),
                "no CMS_DB_PASSWORD, no proxy, no token: " + names);
    }

    /** The test server's source store (cms.sources.dir is not set: sources/ in the server's data directory). */
    private static Path storeDirectory() {
        return Path.of(System.getProperty("jboss.home"), "standalone", "data", "sources");
    }

    private static String anItem() throws Exception {
        JsonObject publication = SeedIssuesIT.startSeedPublication();
        JsonObject issue = Editorial.draftIssue(DemoUser.EDITH, publication, 2024, 2, 16);
        JsonObject rubric = Editorial.addRubric(DemoUser.EDITH, issue, "报告", "Reports");
        return Editorial.created(Editorial.addItem(
                        DemoUser.EDITH,
                        issue.getString("id"),
                        rubric.getString("id"),
                        SeedIssuesIT.type("news/2024-2-regional-food-systems"),
                        SeedIssuesIT.sample("news/2024-2-regional-food-systems")))
                .getString("id");
    }

    private static List<String> linkedTo(String item) {
        return Api.as(DemoUser.TOM)
                .get("/api/v1/items/" + item + "/sources")
                .json()
                .getJsonArray("sources")
                .getValuesAs(JsonObject.class)
                .stream()
                .map(s -> s.getString("id"))
                .toList();
    }

    private static void assertMissing(String id, String reason) {
        JsonObject source = Sources.get(id);
        assertEquals("done", source.getString("status"), source::toString);
        assertEquals(reason, source.getJsonObject("originalMissing").getString("reason"), source::toString);
        assertTrue(
                Api.as(DemoUser.EDITH)
                        .get("/api/v1/sources?size=100")
                        .json()
                        .getJsonArray("sources")
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .anyMatch(s -> s.getString("id").equals(id) && s.containsKey("originalMissing")),
                "the list says so too");
    }

    private static void assertHealed(String id, byte[] bytes) {
        JsonObject source = Sources.get(id);
        assertFalse(source.containsKey("originalMissing"), source::toString);
        Api.Reply original = Api.as(DemoUser.EDITH).get("/api/v1/sources/" + id + "/original");
        assertEquals(200, original.status(), original::toString);
        assertEquals(new String(bytes, StandardCharsets.UTF_8), original.body());
        assertEquals("UP", sourceStoreReadiness().getString("status"));
    }

    private static void awaitMissing(String id) {
        awaitSource(id, s -> s.containsKey("originalMissing"), "marked original-missing by the sweep");
    }

    private static void awaitHealed(String id) {
        awaitSource(id, s -> !s.containsKey("originalMissing"), "healed by the sweep");
    }

    private static void awaitSource(String id, java.util.function.Predicate<JsonObject> condition, String what) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!condition.test(Sources.get(id))) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("source " + id + " not " + what + " within 60 s: " + Sources.get(id));
            }
            java.util.concurrent.locks.LockSupport.parkNanos(
                    Duration.ofMillis(250).toNanos());
        }
    }

    private static JsonObject sourceStoreReadiness() {
        return Api.anonymous()
                .get(Api.management() + "/health/ready")
                .json()
                .getJsonArray("checks")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(check -> check.getString("name").equals("source-store"))
                .findFirst()
                .orElseThrow();
    }

    /** Whatever a failed test left aside goes back, so the next tests find the store the database knows. */
    private static void putBack(Path store, Path aside) throws IOException {
        if (!Files.exists(aside)) {
            return;
        }
        if (Files.exists(aside.resolve("tika"))) {
            deleteTree(store);
            Files.move(aside, store);
            return;
        }
        for (String part : List.of("originals", "store-id")) {
            if (Files.exists(aside.resolve(part))) {
                deleteTree(store.resolve(part));
                Files.move(aside.resolve(part), store.resolve(part));
            }
        }
        deleteTree(aside);
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** A failure's detail tells the editor what to do; the parser's own words (exception, object ids) stay in the log. */
    private static void assertReadableByAPerson(String detail) {
        assertFalse(
                detail.contains("Exception")
                        || detail.contains("org.apache")
                        || detail.contains("TIKA-")
                        || detail.matches("(?s).*@[0-9a-f]{6,}.*"),
                detail);
        assertTrue(detail.contains("save or export it again"), detail);
    }

    private static ReportFiles reports() throws IOException {
        synchronized (SourcesIT.class) {
            if (reports == null) {
                reports = SourceFiles.writeReports(files);
            }
            return reports;
        }
    }

    private static String uploaded(Path file, String name) {
        Api.Reply reply = Sources.upload(DemoUser.EDITH, file, name);
        assertTrue(reply.status() == 201 || reply.status() == 200, reply::toString);
        return reply.json().getString("id");
    }

    private static List<String> languages(JsonObject source) {
        return source.getJsonArray("languages").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString)
                .toList();
    }

    private static List<JsonObject> paragraphs(JsonObject page) {
        return page.getJsonArray("paragraphs").getValuesAs(JsonObject.class);
    }

    private static String pageText(JsonObject page) {
        return String.join(
                "\n", paragraphs(page).stream().map(p -> p.getString("text")).toList());
    }

    private static long total() {
        return Api.as(DemoUser.EDITH)
                .get("/api/v1/sources?size=1")
                .json()
                .getJsonNumber("total")
                .longValue();
    }
}
