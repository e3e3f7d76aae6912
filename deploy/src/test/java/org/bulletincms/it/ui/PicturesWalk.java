package org.bulletincms.it.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.FrameLocator;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import jakarta.json.JsonObject;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.bulletincms.it.Api;
import org.bulletincms.it.DemoUser;
import org.bulletincms.it.Editorial;

/**
 * Pictures in the browser (issue 17). Edith uploads a picture drawn by the test and an SVG, each with its own
 * progress bar, and sees the SVG refused on its row with the problem's title and detail. She writes the picture's
 * Chinese alt text in its view, finds it by that text, places it as the Chaillot declaration's picture with the
 * item form's picker, sets its focal point by clicking on the preview (and nudges it with an arrow key), and
 * cannot delete it while the item uses it. Tom writes its English alt text in the translation view; anna sees it in
 * the review, each locale's column with its alt text, and opens the preview from there: the web page readers will
 * get shows it with its English alt text; the published web page shows it with {@code srcset}. Then edith gives the picture a new file (an SVG refused first) and sees its new
 * renditions, while the published page keeps the earlier ones; she marks a partner logo decorative in the library
 * (the grid says so) and places it in another issue's event, decorative there too; and with 42 pictures in the
 * library, the grid shows 40 and "More pictures" the rest.
 *
 * <p>Published pictures are addressed under {@code cms.public-base-url} (https://bulletin.example.org in the
 * tests); the browser fetches them from this server instead, through a route.
 */
final class PicturesWalk {

    private static final String SAMPLE = "declaration/2024-2-chaillot";
    private static final String PUBLIC_BASE = "https://bulletin.example.org";
    private static final String ALT_ZH = "代表们在夏乐宫签署宣言（测试图）";
    private static final String ALT_EN = "Delegates signing the declaration at Chaillot (test picture)";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final Browser browser;
    private final Path files;
    private String publicationId;
    private String slug;
    private String issueId;
    private String itemId;
    private String mediaId;
    private String publishedSrcset;

    PicturesWalk(Browser browser, Path files) {
        this.browser = browser;
        this.files = files;
    }

    void walk() throws IOException {
        SeedContentOverApi.DraftedItem drafted =
                SeedContentOverApi.draftOneItem(2024, 2, 16, "同一个地球网络最新进展", "One Planet Network updates", SAMPLE);
        publicationId = drafted.publication().getString("id");
        slug = drafted.publication().getString("slug");
        issueId = drafted.issueId();
        itemId = drafted.itemId();
        Path picture = drawnPicture("夏乐宫签署现场-" + UUID.randomUUID().toString().substring(0, 8) + ".png", 1200, 800);
        Path svg = Files.writeString(
                files.resolve("logo.svg"),
                "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>",
                StandardCharsets.UTF_8);

        Page edith = browser.signIn(DemoUser.EDITH, "en-GB");
        edithUploadsAPictureAndAnSvg(edith, picture, svg);
        edithWritesItsAltTextAndFindsItByIt(edith, picture);
        edithPlacesItInTheDeclarationAndSetsItsFocalPoint(edith, picture);
        edithCannotDeleteItWhileTheItemUsesIt(edith);

        SeedContentOverApi.take(DemoUser.EDITH, issueId, "send-to-translation");
        SeedContentOverApi.translate(itemId, SeedIssue2021No4.english(SAMPLE));
        Page tom = browser.signIn(DemoUser.TOM, "zh-CN");
        tomWritesTheAltTextInEnglish(tom);
        SeedContentOverApi.markEnglishDone(issueId);
        SeedContentOverApi.take(DemoUser.EDITH, issueId, "submit-for-review");

        Page anna = browser.signIn(DemoUser.ANNA, "en-GB");
        annaSeesItInTheReview(anna);
        annaOpensThePreviewFromTheReview(anna);
        SeedContentOverApi.take(DemoUser.ANNA, issueId, "approve");
        SeedContentOverApi.take(DemoUser.EDITH, issueId, "publish");
        thePublishedPageShowsItWithSrcset();

        edithReplacesItsFileAndThePublishedPageKeepsTheEarlierOne(edith, svg);
        edithMarksAPartnerLogoDecorative(edith, drafted.publication());
        edithSeesTheLibraryPastItsFirst40Pictures(edith);
    }

    private void edithUploadsAPictureAndAnSvg(Page page, Path picture, Path svg) {
        page.locator("a[href='#/publications/" + publicationId + "/media']").click();
        assertThat(page.locator("h1")).hasText("Pictures: SPP Programme Newsletter");
        assertThat(page.getByTestId("media-grid")).hasCount(0);

        page.getByLabel("Picture files").setInputFiles(new Path[] {picture, svg});
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Upload").setExact(true))
                .click();
        Locator uploaded = uploadRow(page, picture);
        assertThat(uploaded.locator(".upload-state")).hasText("Uploaded; renditions made.");
        assertThat(uploaded.getByRole(AriaRole.PROGRESSBAR)).hasAttribute("value", "100");
        Locator refused = uploadRow(page, svg).getByRole(AriaRole.ALERT);
        assertThat(refused.locator(".problem-title")).hasText("Unsupported media type");
        assertThat(refused.locator(".problem-detail")).containsText("SVG is refused because it can carry scripts");

        Locator tile = page.getByTestId("media-grid").locator(".media-tile");
        assertThat(tile).hasCount(1);
        assertThat(tile.locator(".media-name")).hasText(picture.getFileName().toString());
        assertThat(tile.locator(".missing-alt")).hasText("No alt text in: Chinese, English");
        mediaId = tile.getAttribute("data-media");
        browser.screenshot(page, "edith-media-uploaded");
        Accessibility.assertNoSeriousViolations(page, "media library");
    }

    private void edithWritesItsAltTextAndFindsItByIt(Page page, Path picture) {
        page.getByTestId("media-grid")
                .getByRole(
                        AriaRole.LINK,
                        new Locator.GetByRoleOptions()
                                .setName(picture.getFileName().toString()))
                .click();
        assertThat(page.locator("picture-screen h1"))
                .hasText(picture.getFileName().toString());
        assertThat(page.getByTestId("picture-large")).hasAttribute("srcset", Pattern.compile(" 320w, .* 640w"));
        page.getByLabel("Alt text (Chinese)").fill(ALT_ZH);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save alt texts"))
                .click();
        assertThat(page.locator(".alt-texts .status-note")).hasText("Alt texts saved.");
        assertEquals(ALT_ZH, picture().getJsonObject("alt").getString("zh-CN"), "the alt text as the library keeps it");
        browser.screenshot(page, "edith-picture-alt-text");
        Accessibility.assertNoSeriousViolations(page, "picture view");

        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Pictures").setExact(true))
                .click();
        page.getByLabel("Search by file name or alt text").fill("夏乐宫签署宣言");
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Search").setExact(true))
                .click();
        assertThat(page.locator("#media-library-heading")).hasText("1 pictures found for “夏乐宫签署宣言”");
        assertThat(page.locator(".media-tile img")).hasAttribute("alt", ALT_ZH);
    }

    private void edithPlacesItInTheDeclarationAndSetsItsFocalPoint(Page page, Path picture) {
        String name = picture.getFileName().toString();
        page.navigate(Api.base()
                .resolve("/app/#/issues/" + issueId + "/items/" + itemId)
                .toString());
        Locator field = page.locator(".field[data-field=picture]");
        assertThat(field).containsText("No picture placed.");
        field.getByLabel("Find a picture for Picture").fill("签署");
        field.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Find pictures"))
                .click();
        field.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Place " + name))
                .click();
        assertThat(field.getByLabel("Alt text (Chinese)")).hasValue(ALT_ZH);
        assertThat(field.locator(".focal-value")).hasText("Focal point: 50 % from the left, 50 % from the top.");

        Locator preview = field.locator("img.picture-preview");
        assertThat(preview).hasAttribute("alt", ALT_ZH);
        BoundingBox box = preview.boundingBox();
        preview.click(new Locator.ClickOptions().setPosition(box.width * 0.25, box.height * 0.3));
        assertThat(field.locator(".focal-value"))
                .hasText(Pattern.compile("Focal point: 2[4-6] % from the left, (29|30|31) % from the top\\."));
        // and from the keyboard: the focal point is a button, the arrow keys move it by 5 %
        field.getByRole(
                        AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName(Pattern.compile("^Set the focal point")))
                .press("ArrowRight");
        assertThat(field.locator(".focal-value"))
                .hasText(Pattern.compile("Focal point: (29|30|31) % from the left, (29|30|31) % from the top\\."));
        field.getByLabel("Credit").fill("Bulletin CMS tests");
        browser.screenshot(page, "edith-places-a-picture");
        Accessibility.assertNoSeriousViolations(page, "item form with a picture");

        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Save").setExact(true))
                .click();
        assertThat(page.locator("item-screen > .status-note")).hasText("Saved.");
        JsonObject content = item().getJsonObject("content");
        JsonObject shared = content.getJsonObject("shared").getJsonObject("picture");
        assertEquals(mediaId, shared.getString("media"));
        assertEquals("Bulletin CMS tests", shared.getString("credit"));
        JsonObject focal = shared.getJsonObject("focalPoint");
        assertEquals(0.30, focal.getJsonNumber("x").doubleValue(), 0.015, focal::toString);
        assertEquals(0.30, focal.getJsonNumber("y").doubleValue(), 0.015, focal::toString);
        assertEquals(
                ALT_ZH,
                content.getJsonObject("localized")
                        .getJsonObject("zh-CN")
                        .getJsonObject("picture")
                        .getString("alt"));
        // the marker stands where the focal point is, after the page is read again
        page.reload();
        Locator marker = page.locator(".field[data-field=picture] .focal-marker");
        assertThat(marker).hasAttribute("style", Pattern.compile("left: (29|30|31)%"));
    }

    private void edithCannotDeleteItWhileTheItemUsesIt(Page page) {
        page.navigate(Api.base()
                .resolve("/app/#/publications/" + publicationId + "/media/" + mediaId)
                .toString());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Delete picture"))
                .click();
        page.getByRole(AriaRole.DIALOG)
                .getByRole(
                        AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName("Delete").setExact(true))
                .click();
        Locator inUse = page.getByTestId("media-in-use");
        assertThat(inUse).containsText("Picture in use");
        assertThat(inUse.getByRole(AriaRole.LINK)).hasAttribute("href", "#/issues/" + issueId);
        assertEquals(200, Api.as(DemoUser.EDITH).get(mediaPath()).status(), "nothing deleted");
        browser.screenshot(page, "edith-picture-in-use");

        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Pictures").setExact(true))
                .click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("List unused pictures"))
                .click();
        assertThat(page.locator(".unused-media")).containsText("Every picture is in use.");
    }

    private void tomWritesTheAltTextInEnglish(Page page) {
        page.navigate(
                Api.base().resolve("/app/#/issues/" + issueId + "/translate/en").toString());
        Locator item = page.locator("article[data-item='" + itemId + "']");
        Locator field = item.locator(".field[data-field=picture]");
        assertThat(field.locator("img.picture-preview")).isVisible();
        assertThat(field.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(Pattern.compile("^设置"))))
                .hasCount(0);
        assertThat(field.getByLabel("来源")).not().isEditable();
        field.getByLabel("替代文本（英文）").fill(ALT_EN);
        item.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(Pattern.compile("^保存译文")))
                .click();
        assertThat(item.locator(".status-note")).hasText("译文已保存。");
        assertEquals(
                ALT_EN,
                item().getJsonObject("content")
                        .getJsonObject("localized")
                        .getJsonObject("en")
                        .getJsonObject("picture")
                        .getString("alt"));
        browser.screenshot(item, "tom-writes-the-alt-text");
        Accessibility.assertNoSeriousViolations(page, "translation view with a picture");
    }

    /** The review screen is the approver's view of the issue: each locale's column shows the picture with that locale's alt text. */
    private void annaSeesItInTheReview(Page page) {
        servePublishedPicturesFromThisServer(page.context());
        page.navigate(Api.base().resolve("/app/#/issues/" + issueId + "/review").toString());
        Locator review = page.locator("article.review-item[data-item='" + itemId + "']");
        Locator english = review.locator("td[lang=en] .review-picture");
        assertThat(english).hasAttribute("data-media", mediaId);
        assertThat(english.locator("img")).hasAttribute("alt", ALT_EN);
        assertThat(english.locator("figcaption")).hasText(ALT_EN);
        assertThat(review.locator("td[lang=zh-CN] .review-picture img")).hasAttribute("alt", ALT_ZH);
        english.scrollIntoViewIfNeeded();
        assertTrue(loaded(english.locator("img")), "the picture is loaded");
        browser.screenshot(review, "anna-sees-the-picture-in-the-review");
        Accessibility.assertNoSeriousViolations(page, "review with a picture");
    }

    /**
     * What the approver signs off, from the review screen: the preview (her own preview link) shows the web page as
     * readers will get it and the delivered document, in English, with the picture and its English alt text.
     */
    private void annaOpensThePreviewFromTheReview(Page page) {
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Open preview").setExact(true))
                .click();
        assertThat(page.locator("preview-screen h1")).containsText("Preview: ");
        page.locator(".locale-tabs")
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("English"))
                .click();
        assertThat(page.getByTestId("preview-document")).hasAttribute("lang", "en");
        FrameLocator frame = page.frameLocator("[data-testid=preview-page]");
        Locator shown = frame.locator("figure.picture img");
        assertThat(shown).hasAttribute("alt", ALT_EN);
        assertThat(shown).hasAttribute("srcset", Pattern.compile(" 320w, .* 640w"));
        assertThat(frame.locator("figure.picture figcaption")).containsText("Bulletin CMS tests");
        Locator delivered = page.getByTestId("preview-document").locator(".delivered-pictures img");
        assertThat(delivered).hasAttribute("alt", ALT_EN);
        delivered.scrollIntoViewIfNeeded();
        assertTrue(loaded(delivered), "the preview's picture is loaded");
        shown.scrollIntoViewIfNeeded();
        assertTrue(decoded(shown), "the web page's picture is loaded");
        browser.screenshot(page, "anna-sees-the-picture-in-the-preview");
        Accessibility.assertNoSeriousViolations(page, "preview with a picture");
    }

    private void thePublishedPageShowsItWithSrcset() {
        Page reader = browser.read(publishedPage(), "en");
        servePublishedPicturesFromThisServer(reader.context());
        reader.reload();
        Locator shown = reader.locator("figure.picture img");
        assertThat(shown).hasAttribute("alt", ALT_EN);
        assertThat(shown).hasAttribute("srcset", Pattern.compile(PUBLIC_BASE + "/api/delivery/v1/media/.* 320w, "));
        shown.scrollIntoViewIfNeeded();
        assertTrue(loaded(shown), "the published picture is loaded");
        browser.screenshot(reader, "published-page-with-the-picture");
        publishedSrcset = shown.getAttribute("srcset");
    }

    /**
     * A new file for the published picture, from its view: an SVG is refused on the replacement's row; a narrower
     * PNG gives the picture new renditions, shown at once, under the same id with the same alt texts. The published
     * page still shows (and loads) the renditions it was published with.
     */
    private void edithReplacesItsFileAndThePublishedPageKeepsTheEarlierOne(Page page, Path svg) throws IOException {
        JsonObject before = picture();
        page.navigate(Api.base()
                .resolve("/app/#/publications/" + publicationId + "/media/" + mediaId)
                .toString());
        assertThat(page.getByTestId("renditions")).hasText(sizes(before));
        Locator replacement = page.locator("picture-replacement");
        assertThat(replacement).containsText("Published issues keep the picture as published.");

        page.getByLabel("New file").setInputFiles(svg);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Replace file"))
                .click();
        Locator refused = page.getByTestId("replacement").getByRole(AriaRole.ALERT);
        assertThat(refused.locator(".problem-title")).hasText("Unsupported media type");

        Path narrower = drawnPicture("夏乐宫签署现场-重新扫描.png", 900, 600);
        page.getByLabel("New file").setInputFiles(narrower);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Replace file"))
                .click();
        Locator replaced = page.getByTestId("replacement");
        assertThat(replaced.locator(".upload-state")).containsText("File replaced.");
        JsonObject after = picture();
        assertThat(replaced.locator(".upload-state")).hasText("File replaced. New renditions: " + sizes(after) + ".");
        assertThat(replaced.getByRole(AriaRole.PROGRESSBAR)).hasAttribute("value", "100");
        assertThat(page.getByTestId("renditions")).hasText(sizes(after));
        assertThat(page.getByTestId("picture-large")).hasAttribute("srcset", after.getString("srcset"));
        assertEquals(900, after.getInt("width"), "the new file's width");
        assertEquals(before.getJsonObject("alt"), after.getJsonObject("alt"), "the alt texts are kept");
        browser.screenshot(page, "edith-replaced-the-file");
        Accessibility.assertNoSeriousViolations(page, "picture view after a new file");

        for (String url : urls(before)) {
            assertTrue(publishedSrcset.contains(url), () -> "published with " + url + ": " + publishedSrcset);
        }
        for (String url : urls(after)) {
            assertTrue(!publishedSrcset.contains(url), () -> "not published with " + url + ": " + publishedSrcset);
        }
        Page reader = browser.read(publishedPage(), "en");
        servePublishedPicturesFromThisServer(reader.context());
        reader.reload();
        Locator shown = reader.locator("figure.picture img");
        assertThat(shown).hasAttribute("srcset", publishedSrcset);
        shown.scrollIntoViewIfNeeded();
        assertTrue(loaded(shown), "the published picture is still served as published");
    }

    /**
     * A partner logo marked decorative in the library, which the grid shows; placed in another issue's COP26 event,
     * it is decorative there too (the item form's choice, which publishing checks): the alt text is not asked for,
     * unmarking asks for it again, and the item keeps the choice.
     */
    private void edithMarksAPartnerLogoDecorative(Page page, JsonObject publication) throws IOException {
        JsonObject issue = Editorial.draftIssue(DemoUser.EDITH, publication, 2024, 3, 17);
        JsonObject rubric = Editorial.addRubric(DemoUser.EDITH, issue, "同一个地球网络最新进展", "One Planet Network updates");
        String eventId =
                SeedContentOverApi.addSample(issue.getString("id"), rubric.getString("id"), "event/2021-4-cop26");
        Path logo = drawnPicture("partner-logo-" + UUID.randomUUID().toString().substring(0, 8) + ".png", 400, 200);
        JsonObject uploaded = uploadOverApi(logo.getFileName().toString(), Files.readAllBytes(logo));
        page.navigate(Api.base()
                .resolve("/app/#/publications/" + publicationId + "/media/" + uploaded.getString("id"))
                .toString());
        page.getByLabel("Decorative", new Page.GetByLabelOptions().setExact(true))
                .check();
        assertThat(page.locator(".decorative-choice .status-note")).hasText("Marked decorative.");
        Accessibility.assertNoSeriousViolations(page, "picture view of a decorative picture");
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Pictures").setExact(true))
                .click();
        page.getByLabel("Search by file name or alt text").fill("partner-logo");
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Search").setExact(true))
                .click();
        Locator tile = page.locator(".media-tile[data-media='" + uploaded.getString("id") + "']");
        assertThat(tile.locator(".decorative-mark")).hasText("Decorative");
        assertThat(tile.locator(".missing-alt")).hasCount(0);

        page.navigate(Api.base()
                .resolve("/app/#/issues/" + issue.getString("id") + "/items/" + eventId)
                .toString());
        Locator field = page.locator(".field[data-field=partnerLogos]");
        field.getByLabel("Find a picture for Partner logos").fill("partner-logo");
        field.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Find pictures"))
                .click();
        field.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Place " + logo.getFileName()))
                .click();
        Locator placed = field.locator(".placed-picture[data-media='" + uploaded.getString("id") + "']");
        Locator decorative = placed.getByLabel("Decorative", new Locator.GetByLabelOptions().setExact(true));
        assertThat(decorative).isChecked();
        Locator altNotNeeded =
                placed.getByLabel(Pattern.compile("^Alt text .*: not needed, the picture is decorative$"));
        assertThat(altNotNeeded).isDisabled();
        decorative.uncheck();
        assertThat(altNotNeeded).hasCount(0);
        assertThat(placed.getByLabel(Pattern.compile("^Alt text \\(English\\)$")))
                .isEditable();
        decorative.check();
        assertThat(altNotNeeded).isDisabled();
        browser.screenshot(placed, "edith-marks-a-logo-decorative");
        Accessibility.assertNoSeriousViolations(page, "item form with a decorative picture");
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Save").setExact(true))
                .click();
        assertThat(page.locator("item-screen > .status-note")).hasText("Saved.");

        JsonObject logoPart = Api.as(DemoUser.EDITH)
                .get("/api/v1/items/" + eventId)
                .json()
                .getJsonObject("content")
                .getJsonObject("shared")
                .getJsonArray("partnerLogos")
                .getJsonObject(0);
        assertEquals(uploaded.getString("id"), logoPart.getString("media"));
        assertTrue(logoPart.getBoolean("decorative"), logoPart::toString);
        page.reload();
        assertThat(page.locator(".field[data-field=partnerLogos]")
                        .getByLabel("Decorative", new Locator.GetByLabelOptions().setExact(true)))
                .isChecked();
    }

    /** 40 more pictures: the grid shows the newest 40, "More pictures" the other two, focused on the first. */
    private void edithSeesTheLibraryPastItsFirst40Pictures(Page page) throws IOException {
        for (int i = 0; i < 40; i++) {
            uploadOverApi("swatch-" + i + ".png", swatch(i));
        }
        page.navigate(Api.base()
                .resolve("/app/#/publications/" + publicationId + "/media")
                .toString());
        Locator tiles = page.getByTestId("media-grid").locator(".media-tile");
        assertThat(tiles).hasCount(40);
        assertThat(page.locator(".media-paging")).containsText("Showing 40 of 42.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("More pictures"))
                .click();
        assertThat(tiles).hasCount(42);
        assertThat(page.locator(".media-paging")).containsText("Showing 42 of 42.");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("More pictures")))
                .hasCount(0);
        assertThat(tiles.nth(40).locator("a")).isFocused();
        assertThat(page.locator(".media-tile[data-media='" + mediaId + "']")).hasCount(1);
    }

    /** Whether the image has been fetched and decoded (it is lazy: waits until the browser loaded it). */
    private static boolean loaded(Locator image) {
        image.page().waitForFunction("image => image.complete && image.naturalWidth > 0", image.elementHandle());
        return (Boolean) image.evaluate("image => image.naturalWidth > 0");
    }

    /**
     * Whether an image in a frame has been fetched and decoded: {@code decode()} settles once it is (it fails for a
     * broken one). {@link #loaded} cannot be used there, its handle belongs to the frame's document.
     */
    private static boolean decoded(Locator image) {
        return (Boolean) image.evaluate("image => image.decode().then(() => image.naturalWidth > 0)");
    }

    /** Requests to cms.public-base-url answered by this server: the address published pages name, served here. */
    private static void servePublishedPicturesFromThisServer(BrowserContext context) {
        context.route(PUBLIC_BASE + "/**", route -> {
            URI local = Api.base().resolve(route.request().url().substring(PUBLIC_BASE.length()));
            try {
                HttpResponse<byte[]> served =
                        HTTP.send(HttpRequest.newBuilder(local).build(), HttpResponse.BodyHandlers.ofByteArray());
                route.fulfill(new Route.FulfillOptions()
                        .setStatus(served.statusCode())
                        .setContentType(
                                served.headers().firstValue("Content-Type").orElse("application/octet-stream"))
                        .setBodyBytes(served.body()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                route.abort();
            }
        });
    }

    private URI publishedPage() {
        return Api.base().resolve("/api/delivery/v1/publications/" + slug + "/issues/2024/2.html?locale=en");
    }

    /**
     * A landscape picture drawn here, {@code width} × {@code height}: a sky, a horizon and a sun off-centre (where
     * the focal point goes).
     */
    private Path drawnPicture(String name, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(width / 1200.0, height / 800.0);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setPaint(new GradientPaint(0, 0, new Color(0x2b6cb0), 0, 500, new Color(0xbee3f8)));
            g.fillRect(0, 0, 1200, 500);
            g.setPaint(new Color(0x2f855a));
            g.fillRect(0, 500, 1200, 300);
            g.setPaint(new Color(0xf6e05e));
            g.fillOval(300, 180, 120, 120);
            g.setStroke(new BasicStroke(6));
            g.setPaint(new Color(0x1a202c));
            g.drawLine(0, 500, 1200, 500);
            // a few random dots, so that no other upload has these bytes
            java.util.Random random = new java.util.Random();
            for (int i = 0; i < 40; i++) {
                g.setPaint(new Color(random.nextInt(0xffffff)));
                g.fillRect(random.nextInt(1190), 520 + random.nextInt(270), 8, 8);
            }
        } finally {
            g.dispose();
        }
        Path file = files.resolve(name);
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    /** A 16-pixel square of its own colour, so that each is a picture of its own. */
    private static byte[] swatch(int n) throws IOException {
        BufferedImage image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setPaint(new Color(0x204060 + n * 0x010203));
            g.fillRect(0, 0, 16, 16);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        return png.toByteArray();
    }

    private JsonObject uploadOverApi(String filename, byte[] bytes) {
        Api.Reply uploaded = Api.as(DemoUser.EDITH)
                .send(
                        "POST",
                        "/api/v1/publications/" + publicationId + "/media?filename="
                                + URLEncoder.encode(filename, StandardCharsets.UTF_8),
                        HttpRequest.BodyPublishers.ofByteArray(bytes),
                        "application/octet-stream");
        assertEquals(201, uploaded.status(), uploaded::toString);
        return uploaded.json();
    }

    /** The renditions as the picture's view lists them: "320 × 213, 640 × 427, …". */
    private static String sizes(JsonObject picture) {
        return picture.getJsonArray("renditions").getValuesAs(JsonObject.class).stream()
                .map(rendition -> rendition.getInt("width") + " × " + rendition.getInt("height"))
                .collect(Collectors.joining(", "));
    }

    private static List<String> urls(JsonObject picture) {
        return picture.getJsonArray("renditions").getValuesAs(JsonObject.class).stream()
                .map(rendition -> rendition.getString("url"))
                .toList();
    }

    private String mediaPath() {
        return "/api/v1/publications/" + publicationId + "/media/" + mediaId;
    }

    private JsonObject picture() {
        return Api.as(DemoUser.EDITH).get(mediaPath()).json();
    }

    private JsonObject item() {
        return Api.as(DemoUser.EDITH).get("/api/v1/items/" + itemId).json();
    }

    private static Locator uploadRow(Page page, Path file) {
        return page.locator(".upload[data-file='" + file.getFileName() + "']");
    }
}
