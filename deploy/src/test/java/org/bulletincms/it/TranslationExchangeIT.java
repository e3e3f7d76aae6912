package org.bulletincms.it;

import static org.bulletincms.it.ApiAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * An issue's English translation goes out as XLIFF and comes back (docs/translation-exchange.md): the 1.2 export is
 * read by the translate-toolkit, an independent tool; the translator's file is applied through the translation
 * form's path and read back through the API; every file refused whole writes nothing.
 */
@ExtendWith(ArquillianExtension.class)
class TranslationExchangeIT {

    private static final String NEWS = "news/2024-2-regional-food-systems";
    private static final String DECLARATION = "declaration/2024-2-chaillot";
    /** The WSIS flyer, written once in English and shown so in every locale. */
    private static final String FLYER = "event/2024-2-dpi-wsis";

    private static final String XLIFF = "application/xliff+xml";
    /** The server's default cms.translation.xliff-max-bytes. */
    private static final long MAX_BYTES = 10L * 1024 * 1024;

    @TempDir
    Path dir;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return BulletinDeployment.realWarWithExamplePlugin();
    }

    private static String path(SeedIssue2024No2 issue) {
        return "/api/v1/issues/" + issue.issue() + "/translations/en/xliff";
    }

    private static Api.Reply export(SeedIssue2024No2 issue, String query) {
        Api.Reply reply = Api.as(DemoUser.TOM).get(path(issue) + query);
        assertEquals(200, reply.status(), reply::toString);
        assertTrue(reply.contentType().startsWith(XLIFF), reply::toString);
        return reply;
    }

    private static Api.Reply upload(DemoUser user, SeedIssue2024No2 issue, String xliff, String contentType) {
        return Api.as(user).send("PUT", path(issue), HttpRequest.BodyPublishers.ofString(xliff), contentType);
    }

    /** The file with the target of one unit replaced, as a CAT tool writes it back. */
    private static String withTarget(String xliff, String unit, String target) {
        Matcher matcher = Pattern.compile(
                        "(<unit id=\"" + Pattern.quote(unit)
                                + "\"(?:(?!</unit>).)*?<target xml:space=\"preserve\">)(.*?)(</target>)",
                        Pattern.DOTALL)
                .matcher(xliff);
        assertTrue(matcher.find(), () -> unit + " has a target in the export:\n" + xliff);
        return xliff.substring(0, matcher.start(2)) + target + xliff.substring(matcher.end(2));
    }

    private static String targetOf(String xliff, String unit) {
        Matcher matcher = Pattern.compile(
                        "<unit id=\"" + Pattern.quote(unit)
                                + "\"(?:(?!</unit>).)*?<target xml:space=\"preserve\">(.*?)</target>",
                        Pattern.DOTALL)
                .matcher(xliff);
        assertTrue(matcher.find(), () -> unit + " has a target in the export");
        return matcher.group(1);
    }

    private static JsonObject english(String itemId) {
        return Workflow.item(itemId)
                .getJsonObject("content")
                .getJsonObject("localized")
                .getJsonObject("en");
    }

    @Test
    void theTranslatorExportsTheIssueTranslatesItElsewhereAndImportsItBack() throws Exception {
        SeedIssue2024No2 earlier = SeedIssue2024No2.published(List.of(NEWS));
        SeedIssue2024No2 issue = SeedIssue2024No2.inTranslation(List.of(NEWS, DECLARATION));
        String news = issue.items().get(0);
        String declaration = issue.items().get(1);

        String po = throughTranslateToolkit(export(issue, "?version=1.2").body());
        String xliff = export(issue, "").body();

        assertAll(
                () -> assertTrue(po.contains("可持续公共采购促进可持续粮食系统的区域路径"), po),
                () -> assertTrue(
                        po.contains(
                                "Regional pathways for sustainable public procurement for sustainable food systems"),
                        po),
                () -> assertTrue(xliff.contains("version=\"2.1\""), xliff),
                () -> assertTrue(xliff.contains("<mda:meta type=\"source-fingerprint\">"), xliff),
                () -> assertTrue(xliff.contains("<note category=\"field\">Body</note>"), xliff),
                () -> assertTrue(!xliff.contains("address-unknown"), "a shared field is never exported"),
                () -> assertTrue(
                        Pattern.compile("<mtc:match ref=\"#seg\" type=\"tm\" matchQuality=\"100\" similarity=\"100\""
                                        + " origin=\"urn:bulletin-cms:issue:" + earlier.issue()
                                        + "\"><source>同一个地球网络最新进展</source><target>One Planet Network updates"
                                        + "</target>")
                                .matcher(xliff)
                                .find(),
                        "the rubric title published before is offered from the translation memory:\n" + xliff));
        String intro = "item:" + declaration + ":intro";
        assertTrue(targetOf(xliff, intro).startsWith("<pc id=\"1\" dataRefStart=\"s1\" dataRefEnd=\"e1\">"));
        String translated = withTarget(xliff, "item:" + news + ":title", "Regional routes to sustainable food systems");
        translated = withTarget(
                translated,
                intro,
                targetOf(xliff, intro).replace("Representatives of 70 countries", "Delegates of 70 countries"));
        translated = withTarget(translated, "item:" + declaration + ":commitments.2", "Promote labels &amp; standards");

        Api.Reply reply = upload(DemoUser.TOM, issue, translated, XLIFF);

        assertEquals(200, reply.status(), reply::toString);
        JsonObject report = reply.json();
        Map<String, String> outcomes = report.getJsonArray("units").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(unit -> unit.getString("id"), unit -> unit.getString("outcome")));
        assertAll(
                () -> assertEquals("applied", outcomes.get("item:" + news + ":title"), report::toString),
                () -> assertEquals("applied", outcomes.get(intro), report::toString),
                () -> assertEquals("applied", outcomes.get("item:" + declaration + ":commitments.2"), report::toString),
                () -> assertEquals("unchanged", outcomes.get("item:" + news + ":kicker"), report::toString),
                () -> assertEquals(0, report.getInt("refused"), report::toString),
                () -> assertEquals(0, report.getInt("outdated"), report::toString));
        assertEquals(
                "Regional routes to sustainable food systems", english(news).getString("title"));
        String englishIntro = english(declaration).getString("intro");
        assertTrue(englishIntro.startsWith("<p>Delegates of 70 countries signed"), englishIntro);
        assertTrue(englishIntro.endsWith("</p>"), englishIntro);
        assertEquals(
                "Promote labels & standards",
                english(declaration).getJsonArray("commitments").getString(2));
        assertEquals(
                "in-progress",
                Workflow.translations(issue.issue()).getJsonArray("items").getValuesAs(JsonObject.class).stream()
                        .filter(item -> item.getString("item").equals(news))
                        .findFirst()
                        .orElseThrow()
                        .getJsonObject("locales")
                        .getJsonObject("en")
                        .getString("status"),
                "the import recorded the translation as made from the current source");
    }

    @Test
    void anItemWrittenOnceTakesNoTranslationFromTheFormNorFromAFile() {
        SeedIssue2024No2 issue = SeedIssue2024No2.inTranslation(List.of(NEWS, FLYER));
        String news = issue.items().get(0);
        String flyer = issue.items().get(1);
        String before = Workflow.item(flyer).toString();
        String etag = Api.as(DemoUser.TOM)
                .get("/api/v1/items/" + flyer)
                .header("ETag")
                .orElseThrow();
        String values = jakarta.json.Json.createObjectBuilder()
                .add("values", jakarta.json.Json.createObjectBuilder().add("title", "数字公共基础设施的未来"))
                .build()
                .toString();

        Api.Reply refused = Api.as(DemoUser.TOM)
                .header("If-Match", etag)
                .header("Accept-Language", "zh-CN")
                .send(
                        "PUT",
                        "/api/v1/items/" + flyer + "/translations/en",
                        HttpRequest.BodyPublishers.ofString(values),
                        "application/json");

        assertProblem(refused, 409, "item-written-once");
        assertEquals("en", refused.json().getString("writtenIn"), refused::toString);
        assertTrue(refused.json().getString("detail").contains("各语言版本都照此显示"), refused::toString);
        assertEquals(before, Workflow.item(flyer).toString(), "nothing was written");

        // A file holding a unit for it (hand-made, or exported before it was marked): that unit is refused.
        String xliff = export(issue, "").body();
        assertTrue(!xliff.contains("item:" + flyer), "the export leaves it out:\n" + xliff);
        Matcher newsTitle = Pattern.compile(
                        "<unit id=\"item:" + Pattern.quote(news) + ":title\".*?</unit>", Pattern.DOTALL)
                .matcher(xliff);
        assertTrue(newsTitle.find(), xliff);
        String flyerTitle = newsTitle.group().replace("item:" + news + ":title", "item:" + flyer + ":title");
        String withFlyer = xliff.substring(0, newsTitle.end()) + flyerTitle + xliff.substring(newsTitle.end());

        Api.Reply reply = upload(DemoUser.TOM, issue, withFlyer, XLIFF);

        assertEquals(200, reply.status(), reply::toString);
        JsonObject unit = reply.json().getJsonArray("units").getValuesAs(JsonObject.class).stream()
                .filter(u -> u.getString("id").equals("item:" + flyer + ":title"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(reply.toString()));
        assertEquals("refused", unit.getString("outcome"), reply::toString);
        assertEquals(
                "xliff.unit-written-once",
                unit.getJsonArray("reasons").getJsonObject(0).getString("code"),
                reply::toString);
        assertEquals(before, Workflow.item(flyer).toString(), "nothing was written");
    }

    @Test
    void aFileRefusedWholeWritesNothing() throws Exception {
        SeedIssue2024No2 issue = SeedIssue2024No2.inTranslation(List.of(NEWS));
        String news = issue.items().get(0);
        String before = Workflow.item(news).toString();
        String changed = withTarget(export(issue, "").body(), "item:" + news + ":title", "Changed by a bad file");
        String declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";
        assertTrue(changed.startsWith(declaration), changed);
        String body = changed.substring(declaration.length());

        assertAll(
                () -> assertProblem(
                        upload(
                                DemoUser.TOM,
                                issue,
                                changed.replace(issue.issue(), UUID.randomUUID().toString()),
                                XLIFF),
                        409,
                        "xliff-other-target"),
                () -> assertProblem(
                        upload(DemoUser.TOM, issue, changed.replace("trgLang=\"en\"", "trgLang=\"fr\""), XLIFF),
                        409,
                        "xliff-other-target"),
                () -> assertProblem(
                        upload(
                                DemoUser.TOM,
                                issue,
                                declaration + "<!DOCTYPE xliff [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>" + body,
                                XLIFF),
                        400,
                        "xliff-unreadable"),
                () -> assertProblem(
                        upload(DemoUser.TOM, issue, declaration + billionLaughs() + body, XLIFF),
                        400,
                        "xliff-unreadable"),
                () -> assertProblem(
                        upload(DemoUser.TOM, issue, changed.substring(0, changed.length() / 2), XLIFF),
                        400,
                        "xliff-unreadable"),
                () -> assertProblem(
                        upload(DemoUser.TOM, issue, changed, "application/json"), 415, "unsupported-media-type"),
                () -> assertProblem(upload(DemoUser.EDITH, issue, changed, XLIFF), 403, "forbidden"),
                () -> {
                    String answer = declaredTooLarge(issue);
                    assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
                    assertTrue(answer.contains("urn:bulletin-cms:problem:request-too-large"), answer);
                });
        assertEquals(before, Workflow.item(news).toString(), "no refused file wrote anything");
    }

    private static String billionLaughs() {
        StringBuilder doctype = new StringBuilder("<!DOCTYPE xliff [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            doctype.append("<!ENTITY lol")
                    .append(i)
                    .append(" \"")
                    .append(("&lol" + (i - 1) + ";").repeat(10))
                    .append("\">");
        }
        return doctype.append("]>").toString();
    }

    /** Headers only, declaring a body over the limit: the server answers without waiting for it. */
    private static String declaredTooLarge(SeedIssue2024No2 issue) throws IOException {
        URI base = Api.base();
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("PUT " + path(issue) + " HTTP/1.1\r\nHost: " + base.getHost() + "\r\nAuthorization: Bearer "
                            + DemoUser.TOM.token() + "\r\nContent-Type: " + XLIFF + "\r\nContent-Length: "
                            + (MAX_BYTES + 1) + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
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
        Matcher length = Pattern.compile("(?i)content-length: *(\\d+)").matcher(headers);
        byte[] body = length.find() ? in.readNBytes(Integer.parseInt(length.group(1))) : new byte[0];
        return headers + new String(body, StandardCharsets.UTF_8);
    }

    /** The file as translate-toolkit's xliff2po reads it: the PO file it makes. */
    private String throughTranslateToolkit(String xliff12) throws Exception {
        Path in = Files.writeString(dir.resolve("issue.xlf"), xliff12);
        Path out = dir.resolve("issue.po");
        Process process;
        try {
            process = new ProcessBuilder("xliff2po", "-i", in.toString(), "-o", out.toString())
                    .redirectErrorStream(true)
                    .start();
        } catch (IOException missing) {
            throw new AssertionError(
                    "translate-toolkit's xliff2po is not installed: apt-get install translate-toolkit"
                            + " (.ci/run installs it on a fresh machine)",
                    missing);
        }
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "xliff2po finished");
        String said = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), said);
        assertTrue(Files.exists(out), "xliff2po wrote no PO file: " + said);
        // PO wraps long strings over several quoted lines; joined, each is one string again
        return Files.readString(out).replace("\"\n\"", "");
    }
}
