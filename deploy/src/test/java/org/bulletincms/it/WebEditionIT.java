package org.bulletincms.it;

import static org.bulletincms.it.ApiAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bulletincms.it.ui.Accessibility;
import org.bulletincms.it.ui.Browser;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The web page and the e-mail edition of a published issue (issue 15), as a reader gets them: both seed issues
 * entered exactly as published with their pictures (issue 17, {@link SeedPictures}), translated, signed off and
 * published; each page read in Chromium on a phone-sized
 * screen, its text (and the e-mail's plain-text part) compared with the seed document line by line in the seed's
 * order ({@link SeedLines}), checked with axe-core and saved as a screenshot under {@code target/screenshots}; the
 * e-mail under 100 KB, 600 px wide, linking to the web page at the public base URL. Each seed picture is an
 * {@code <img>} with its locale's alt text, on the web page with {@code srcset}, in the e-mail at an absolute address
 * under the public base URL, every address served as an image; the delivery JSON gives its src, srcset, size and
 * alt text. The English page has every
 * item in English; unpublishing removes the page. The seed issues are published once per database run for this
 * class and {@link PrintEditionIT} ({@link PublishedSeeds}).
 */
@ExtendWith(ArquillianExtension.class)
class WebEditionIT {

    // Why a seed line may be missing from the Chinese page. Each is a known gap listed in issue 15 or a layout
    // artefact of the seed document; a line missing for any other reason fails the test.
    private static final String LOGO_WORDS = "words inside the COP26 flyer's logos (the organisers' emblems at its"
            + " top): pictures, not text; the organisers' names are written out instead";
    private static final String REPEATED_TITLE = "the seed repeats the declaration's title below its commitments box";
    private static final String HEADING_DASH =
            "the body heading breaks the line where the item's title (and the 目录) has ‘——’: a layout artefact";

    /** Also the print PDF's allowance ({@code PrintEditionIT}): it shows the web page. */
    static final Map<String, String> MAY_LACK_2024_2 = Map.ofEntries(Map.entry("首届全球建筑和气候论坛发布《夏乐宫宣言》", REPEATED_TITLE));

    static final Map<String, String> MAY_LACK_2021_4 = Map.ofEntries(
            Map.entry("通过循环经济加强国家自主贡献推动实现全球平均气温升高不超过1.5°C的目标", HEADING_DASH),
            Map.entry("United Nations", LOGO_WORDS),
            Map.entry("United Nations Secretariat", LOGO_WORDS),
            Map.entry("UN", LOGO_WORDS),
            Map.entry("environment", LOGO_WORDS),
            Map.entry("programme", LOGO_WORDS),
            Map.entry("One planet", LOGO_WORDS),
            Map.entry("handle with care", LOGO_WORDS));

    private static final Path RESULTS = Path.of("target/web-edition");
    /** The programme profile's box, written in English and shown so in every edition (2024 No. 2). */
    private static final String ENGLISH_BOX = "class=\"programme-box\" lang=\"en\"";

    /** {@code cms.public-base-url} in the tests: published pictures are addressed under it. */
    private static final String PUBLIC_BASE = "https://bulletin.example.org";

    private static final java.net.http.HttpClient IMAGES = java.net.http.HttpClient.newHttpClient();

    private static final Pattern ITEM_FRAME =
            Pattern.compile("<div class=\"item-frame\" id=\"item-[^\"]+\"( lang=\"([^\"]+)\")?>");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return BulletinDeployment.forTests();
    }

    @Test
    void bothSeedIssuesReadAsWebPagesWithEveryLineOfTheSeedInOrder() throws IOException {
        String slug = PublishedSeeds.slug();
        JsonObject issue2021 = Api.anonymous()
                .get("/api/delivery/v1/publications/" + slug + "/issues/2021/4?locale=zh-CN")
                .json();
        assertEquals(
                "{\"text\":\"同一个地球网络\",\"locale\":\"zh-CN\"}",
                issue2021.getJsonObject("mastheadLine").toString(),
                "the masthead line of 2021 No. 4 in its issue JSON");
        Files.createDirectories(RESULTS);
        try (Browser browser = new Browser()) {
            readAsTheSeed(browser, slug, "2024/2", "000_f47ae672d6ab28ae.txt", MAY_LACK_2024_2);
            assertTrue(
                    Api.anonymous()
                            .get(pagePath(slug, "2024/2", "zh-CN"))
                            .body()
                            .contains(ENGLISH_BOX),
                    "the CO₂ Performance Ladder's box is in English inside the Chinese page, marked so");
            readAsTheSeed(browser, slug, "2021/4", "002_04fa44b4aae28e29.txt", MAY_LACK_2021_4);
            for (String issue : List.of("2024/2", "2021/4")) {
                Page english = browser.read(Api.base().resolve(pagePath(slug, issue, "en")), "en");
                Accessibility.assertNoSeriousViolations(english, issue + " in English");
                browser.screenshot(english, "web-edition-" + issue.replace('/', '-') + "-en");
            }
        }
    }

    @Test
    void bothSeedIssuesAsEmailsFitMailClientsAndTheirTextHasEveryLineOfTheSeedInOrder() throws IOException {
        String slug = PublishedSeeds.slug();
        Files.createDirectories(RESULTS);
        try (Browser browser = new Browser()) {
            readAsTheSeedByMail(browser, slug, "2024/2", "000_f47ae672d6ab28ae.txt", MAY_LACK_2024_2);
            assertTrue(
                    Api.anonymous()
                            .get("/api/delivery/v1/publications/" + slug + "/issues/2024/2.email.html?locale=zh-CN")
                            .body()
                            .contains(ENGLISH_BOX),
                    "the CO₂ Performance Ladder's box is in English inside the Chinese e-mail, marked so");
            readAsTheSeedByMail(browser, slug, "2021/4", "002_04fa44b4aae28e29.txt", MAY_LACK_2021_4);
        }
    }

    @Test
    void theSeedPicturesAreShownWithTheirAltTextOnThePagesAndInTheEmailsAndServedAsImages() throws IOException {
        String slug = PublishedSeeds.slug();

        for (String locale : List.of("zh-CN", "en")) {
            List<String> issue2024 =
                    List.of(SeedPictures.CHAILLOT_ALT.get(locale), SeedPictures.LADDER_LOGO_ALT.get(locale));
            Map<String, List<String>> shown = Map.of("2024/2", issue2024, "2021/4", SeedPictures.COP26_LOGO_ALT);
            for (Map.Entry<String, List<String>> issue : shown.entrySet()) {
                String base = "/api/delivery/v1/publications/" + slug + "/issues/" + issue.getKey();
                String where = issue.getKey() + " " + locale;
                String page = Api.anonymous()
                        .get(pagePath(slug, issue.getKey(), locale))
                        .body();
                String mail = Api.anonymous()
                        .get(base + ".email.html?locale=" + locale)
                        .body();
                for (String alt : issue.getValue()) {
                    Map<String, String> img = imgWithAlt(page, alt, where + " web page");
                    List<String> srcset = List.of(img.get("srcset").split(", "));
                    assertTrue(srcset.size() >= 2, () -> where + ": several renditions in srcset " + img);
                    assertServedAsImage(img.get("src"));
                    srcset.forEach(entry -> assertServedAsImage(entry.substring(0, entry.lastIndexOf(' '))));
                    assertServedAsImage(imgWithAlt(mail, alt, where + " e-mail").get("src"));
                }
            }
        }

        JsonObject issue2024 = Api.anonymous()
                .get("/api/delivery/v1/publications/" + slug + "/issues/2024/2?locale=en")
                .json();
        assertDeliveredPicture(
                fieldsOfType(issue2024, "declaration").getJsonObject("picture"),
                SeedPictures.CHAILLOT_ALT.get("en"),
                1200,
                800);
        assertDeliveredPicture(
                fieldsOfType(issue2024, "programme-profile").getJsonObject("logo"),
                SeedPictures.LADDER_LOGO_ALT.get("en"),
                480,
                240);
        JsonObject issue2021 = Api.anonymous()
                .get("/api/delivery/v1/publications/" + slug + "/issues/2021/4?locale=zh-CN")
                .json();
        List<JsonObject> logos =
                fieldsOfType(issue2021, "event").getJsonArray("partnerLogos").getValuesAs(JsonObject.class);
        assertEquals(SeedPictures.COP26_LOGO_ALT.size(), logos.size(), logos::toString);
        for (int i = 0; i < logos.size(); i++) {
            assertDeliveredPicture(logos.get(i), SeedPictures.COP26_LOGO_ALT.get(i), 480, 240);
        }
    }

    private static final Pattern IMG = Pattern.compile("<img\\b[^>]*>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([a-z-]+)=\"([^\"]*)\"");

    /** The attributes of the one {@code <img>} whose alt text is {@code alt}. */
    private static Map<String, String> imgWithAlt(String html, String alt, String where) {
        List<Map<String, String>> found = new ArrayList<>();
        Matcher img = IMG.matcher(html);
        while (img.find()) {
            Map<String, String> attributes = new java.util.HashMap<>();
            Matcher attribute = ATTRIBUTE.matcher(img.group());
            while (attribute.find()) {
                attributes.put(attribute.group(1), attribute.group(2));
            }
            if (alt.equals(attributes.get("alt"))) {
                found.add(attributes);
            }
        }
        assertEquals(1, found.size(), () -> where + ": one <img alt=\"" + alt + "\">, found " + found);
        return found.get(0);
    }

    /** An absolute address under the public base URL that the server under test answers with an image. */
    private static void assertServedAsImage(String url) {
        assertTrue(url.startsWith(PUBLIC_BASE + "/api/delivery/v1/media/"), url);
        try {
            java.net.http.HttpResponse<Void> reply = IMAGES.send(
                    java.net.http.HttpRequest.newBuilder(Api.base().resolve(url.substring(PUBLIC_BASE.length())))
                            .build(),
                    java.net.http.HttpResponse.BodyHandlers.discarding());
            assertEquals(200, reply.statusCode(), url);
            assertTrue(
                    reply.headers().firstValue("Content-Type").orElse("").startsWith("image/"),
                    () -> url + ": " + reply.headers().map());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void assertDeliveredPicture(JsonObject picture, String alt, int width, int height) {
        assertEquals(alt, picture.getString("alt"), picture::toString);
        assertEquals(width, picture.getInt("width"), picture::toString);
        assertEquals(height, picture.getInt("height"), picture::toString);
        assertTrue(picture.getString("src").startsWith(PUBLIC_BASE), picture::toString);
        assertTrue(picture.getString("srcset").contains(" 320w, "), picture::toString);
    }

    /** The delivered fields of the issue's one item of that type. */
    private static JsonObject fieldsOfType(JsonObject issue, String type) {
        List<JsonObject> items = issue.getJsonArray("rubrics").getValuesAs(JsonObject.class).stream()
                .flatMap(rubric -> rubric.getJsonArray("items").getValuesAs(JsonObject.class).stream())
                .filter(item -> item.getString("type").equals(type))
                .toList();
        assertEquals(1, items.size(), () -> type + " in " + issue);
        return items.get(0).getJsonObject("fields");
    }

    @Test
    void theEnglishPageShowsEveryItemInEnglish() throws IOException {
        String slug = PublishedSeeds.slug();

        Api.Reply english = Api.anonymous().get(pagePath(slug, "2024/2", "en"));

        assertEquals(200, english.status(), english::toString);
        assertTrue(english.body().startsWith("<!DOCTYPE html>\n<html lang=\"en\">"), english::body);
        assertTrue(english.body().contains("<h2 id=\"contents\">Contents</h2>"), english::body);
        assertTrue(english.body().contains("2024 No. 2 (No. 16)"), english::body);
        Matcher frames = ITEM_FRAME.matcher(english.body());
        int items = 0;
        List<String> inAnotherLanguage = new ArrayList<>();
        while (frames.find()) {
            items++;
            if (frames.group(2) != null) {
                inAnotherLanguage.add(frames.group());
            }
        }
        int seedItems = SeedIssuesIT.ISSUE_2024_2.stream()
                .mapToInt(rubric -> rubric.items().size())
                .sum();
        assertEquals(seedItems, items, "every item of the issue is on the page");
        assertEquals(List.of(), inAnotherLanguage, "every item is translated, so none falls back to Chinese");
    }

    @Test
    void thePageHasAStrongTagAnswers304AndIsGoneAfterUnpublishing() {
        SeedIssue2024No2 issue = SeedIssue2024No2.published(List.of("declaration/2024-2-chaillot"));
        String page = issue.issuePath() + ".html";

        Api.Reply first = Api.anonymous().get(page + "?locale=zh-CN");
        assertEquals(200, first.status(), first::toString);
        assertHtml(first);
        assertEquals("zh-CN", first.header("Content-Language").orElseThrow());
        String etag = first.header("ETag").orElseThrow();
        assertFalse(etag.startsWith("W/"), etag);
        assertTrue(first.body().contains("<span class=\"number\">01</span>"), first::body);
        Api.Reply again = Api.anonymous().get(page + "?locale=zh-CN");
        assertEquals(first.body(), again.body());
        assertEquals(etag, again.header("ETag").orElseThrow(), "the same tag from memory as from the store");
        assertEquals(
                304,
                Api.anonymous()
                        .header("If-None-Match", etag)
                        .get(page + "?locale=zh-CN")
                        .status());
        Api.Reply fallback = Api.anonymous().get(page + "?locale=fr");
        assertEquals(200, fallback.status(), "a locale not offered gets the source locale's page");
        assertEquals(first.body(), fallback.body());

        Workflow.ok(Workflow.take(DemoUser.ANNA, issue.issue(), "unpublish", "撤下"));

        for (String locale : List.of("zh-CN", "en")) {
            assertProblem(Api.anonymous().get(page + "?locale=" + locale), 404, "not-found");
            assertProblem(Api.anonymous().get(issue.issuePath() + ".email.html?locale=" + locale), 404, "not-found");
            assertProblem(Api.anonymous().get(issue.issuePath() + ".email.txt?locale=" + locale), 404, "not-found");
        }
    }

    @Test
    void anIssueWithoutAColophonOfItsOwnClosesWithThePublicationsColophon() {
        SeedIssue2024No2 issue = SeedIssue2024No2.published(List.of("declaration/2024-2-chaillot"));

        JsonObject chinese =
                Api.anonymous().get(issue.issuePath() + "?locale=zh-CN").json().getJsonObject("colophon");
        JsonObject english =
                Api.anonymous().get(issue.issuePath() + "?locale=en").json().getJsonObject("colophon");
        Api.Reply page = Api.anonymous().get(issue.issuePath() + ".html?locale=zh-CN");
        Api.Reply mail = Api.anonymous().get(issue.issuePath() + ".email.txt?locale=zh-CN");

        assertTrue(page.body().contains("<p class=\"editor\">编辑：王璟</p>"), page::body);
        assertTrue(mail.body().contains("编辑：王璟"), mail::body);
        assertEquals(
                "{\"text\":\"王璟\",\"locale\":\"zh-CN\"}",
                chinese.getJsonObject("editor").toString());
        assertEquals("wangj@mepcec.com", chinese.getString("email"));
        assertEquals("http://www.mepcec.com", chinese.getString("website"));
        assertEquals(
                "{\"text\":\"Wang Jing\",\"locale\":\"en\"}",
                english.getJsonObject("editor").toString());
        assertEquals(
                "zh-CN",
                english.getJsonObject("sourcesNote").getString("locale"),
                "the publication's note on the sources exists in Chinese only: the English issue has it so, marked");
    }

    @Test
    void aPreviewLinkShowsTheApproverTheWebPageReadersThenGet() {
        SeedIssue2024No2 issue = SeedIssue2024No2.inTranslation(List.of(
                "report-summary/2024-2-gpp-monitoring", "event/2024-2-dpi-wsis", "declaration/2024-2-chaillot"));
        JsonObject link = Editorial.created(Api.as(DemoUser.EDITH)
                .post(
                        "/api/v1/issues/" + issue.issue() + "/preview-links",
                        jakarta.json.Json.createObjectBuilder()
                                .add("validSeconds", 600)
                                .build()));
        Map<String, String> previewed = new java.util.HashMap<>();
        for (String locale : List.of("zh-CN", "en")) {
            Api.Reply preview = Api.anonymous().get(link.getString("url") + ".html?locale=" + locale);
            assertEquals(200, preview.status(), preview::toString);
            assertHtml(preview);
            assertEquals("noindex, nofollow", preview.header("X-Robots-Tag").orElseThrow());
            assertTrue(preview.header("Cache-Control").orElseThrow().contains("no-store"));
            previewed.put(locale, preview.body());
        }
        assertTrue(previewed.get("zh-CN").contains("<h3 class=\"title\">绿色公共采购绩效监测</h3>"), previewed::toString);
        Api.Reply json = Api.anonymous().get(link.getString("url") + "?locale=en");
        assertEquals(200, json.status(), json::toString);
        assertEquals(
                List.of(jakarta.json.Json.createObjectBuilder()
                        .add("kind", "web-page")
                        .add("mediaType", "text/html;charset=UTF-8")
                        .add("url", link.getString("url") + ".html?locale=en")
                        .add("availability", "ready")
                        .build()),
                json.json().getJsonArray("renderings"),
                "a preview's JSON lists the one rendering a preview has, its web page");

        issue.publish();

        for (String locale : List.of("zh-CN", "en")) {
            Api.Reply published = Api.anonymous().get(issue.issuePath() + ".html?locale=" + locale);
            assertEquals(200, published.status(), published::toString);
            assertEquals(previewed.get(locale), published.body(), locale + ": the approver saw what readers get");
        }
    }

    private static void readAsTheSeed(
            Browser browser, String slug, String issue, String seedFile, Map<String, String> mayLack)
            throws IOException {
        String path = pagePath(slug, issue, "zh-CN");
        Api.Reply reply = Api.anonymous().get(path);
        assertEquals(200, reply.status(), reply::toString);
        assertHtml(reply);
        assertFalse(reply.body().toLowerCase(java.util.Locale.ROOT).contains("<script"), "no script");
        String name = "web-edition-" + issue.replace('/', '-') + "-zh-CN";
        Page page = browser.read(Api.base().resolve(path), "zh-CN");
        String text = page.innerText("body");
        List<String> missing = SeedLines.missing(SeedLines.of(seedFile), text);
        Files.writeString(RESULTS.resolve(name + ".txt"), text, StandardCharsets.UTF_8);
        Files.write(RESULTS.resolve(name + "-missing.txt"), missing, StandardCharsets.UTF_8);
        List<String> unexplained =
                missing.stream().filter(line -> !mayLack.containsKey(line)).toList();
        assertEquals(List.of(), unexplained, issue + ": seed lines missing from the page, or out of the seed's order");
        Accessibility.assertNoSeriousViolations(page, issue + " in Chinese");
        browser.screenshot(page, name);
    }

    private static void readAsTheSeedByMail(
            Browser browser, String slug, String issue, String seedFile, Map<String, String> mayLack)
            throws IOException {
        String base = "/api/delivery/v1/publications/" + slug + "/issues/" + issue;
        Api.Reply html = Api.anonymous().get(base + ".email.html?locale=zh-CN");
        assertEquals(200, html.status(), html::toString);
        assertHtml(html);
        byte[] bytes = html.body().getBytes(StandardCharsets.UTF_8);
        assertTrue(bytes.length < 100 * 1024, () -> issue + ": the e-mail has " + bytes.length + " bytes");
        String lower = html.body().toLowerCase(java.util.Locale.ROOT);
        assertFalse(
                lower.contains("<script") || lower.contains("<style") || lower.contains("<link"), "no script or CSS");
        assertTrue(html.body().contains("width=\"600\""), "one table 600 px wide");
        String webPage = "https://bulletin.example.org" + base + ".html?locale=zh-CN";
        assertTrue(html.body().contains("href=\"" + webPage + "\""), "a link to the web page at the public base URL");
        assertFalse(html.body().contains("#item-"), "the seed issues fit in full: no item is a summary");
        Api.Reply text = Api.anonymous().get(base + ".email.txt?locale=zh-CN");
        assertEquals(200, text.status(), text::toString);
        assertTrue(text.contentType().toLowerCase(java.util.Locale.ROOT).startsWith("text/plain"), text::toString);
        assertTrue(text.body().contains("<" + webPage + ">"), "the text part links to the web page too");
        String name = "email-edition-" + issue.replace('/', '-') + "-zh-CN";
        List<String> missing = SeedLines.missing(SeedLines.of(seedFile), text.body());
        Files.writeString(RESULTS.resolve(name + ".txt"), text.body(), StandardCharsets.UTF_8);
        Files.writeString(RESULTS.resolve(name + ".html"), html.body(), StandardCharsets.UTF_8);
        Files.write(RESULTS.resolve(name + "-missing.txt"), missing, StandardCharsets.UTF_8);
        List<String> unexplained =
                missing.stream().filter(line -> !mayLack.containsKey(line)).toList();
        assertEquals(List.of(), unexplained, issue + ": seed lines missing from the e-mail's text, or out of order");
        Page page = browser.show(html.body(), "zh-CN");
        Accessibility.assertNoSeriousViolations(page, issue + " by e-mail");
        browser.screenshot(page, name);
    }

    /** Publishes an entered seed issue: translated into English, submitted, approved, published. */
    static void publish(String issue) {
        Workflow.ok(Workflow.take(DemoUser.EDITH, issue, "send-to-translation", null));
        Workflow.ok(Workflow.markDone(DemoUser.TOM, issue, "en"));
        Workflow.ok(Workflow.take(DemoUser.EDITH, issue, "submit-for-review", null));
        Workflow.ok(Workflow.take(DemoUser.ANNA, issue, "approve", "可以发布"));
        long started = System.nanoTime();
        Workflow.ok(Workflow.take(DemoUser.EDITH, issue, "publish", null));
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        try {
            Files.createDirectories(RESULTS);
            Files.writeString(
                    RESULTS.resolve("publish-times.txt"),
                    issue + " published in " + took.toMillis() + " ms\n",
                    StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void assertHtml(Api.Reply reply) {
        String type = reply.contentType().toLowerCase(java.util.Locale.ROOT).replace(" ", "");
        assertTrue(type.startsWith("text/html;") && type.contains("charset=utf-8"), reply::toString);
    }

    private static String pagePath(String slug, String issue, String locale) {
        return "/api/delivery/v1/publications/" + slug + "/issues/" + issue + ".html?locale=" + locale;
    }
}
