package org.bulletincms.it.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.bulletincms.it.Api;
import org.bulletincms.it.BulletinDeployment;
import org.bulletincms.it.DemoUser;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seed issue 2021 No. 4 walked through the editorial web UI in a real Chromium by the four demo users, each
 * signing in on Keycloak's own login page: edith drafts it from nothing and brings an agency's translation memory
 * in, tom translates (a title filled from the memory, another through an XLIFF file), anna rejects it,
 * edith fixes it (through a conflicting save), tom updates the outdated translation, anna signs it off and
 * adam previews and publishes it. Every step is asserted as the user sees it and saved as a screenshot
 * (target/screenshots); the main screens are checked with axe-core.
 *
 * <p>Typed through the UI: the issue, its four rubrics, two items (a news story, with a refused source address
 * first, and an announcement), one translation and the fixes. The other ten items and their translations are
 * entered over the API by the same users, from the standard plugins' seed samples, to keep the walk short.
 * A second walk ({@link SourceReportsWalk}) works with source reports; a third ({@link IssueUpkeepWalk}) keeps an
 * issue's rubrics, items and translator in shape and takes it through a withdrawn approval, a schedule and a
 * correction; others show a changed source precisely ({@link ChangedSourceWalk}) and an editor keeping the translation
 * memory ({@link MemoryEntriesWalk}).
 *
 * <p>Only in the H2 run: the browser proves the UI, not the database, which the API tests cover on both.
 */
@ExtendWith(ArquillianExtension.class)
@EnabledIfSystemProperty(named = "bulletin.it.database", matches = "h2")
class EditorialUiIT {

    private static final String NDCS = "news/2021-4-circular-economy-ndcs";
    private static final String TCO = "announcement/2021-4-tco-certified";
    private static final String COP26 = "event/2021-4-cop26";
    private static final String TCO_TITLE_FIXED = "瑞典TCO认证推出新一代认证计划";
    private static final String TCO_TITLE_FIXED_EN = "TCO Certified launches a new generation of its certification";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return BulletinDeployment.forTests();
    }

    private Browser browser;
    private String slug;
    private String publicationId;
    private String issueId;

    @Test
    void seedIssue2021No4GoesFromEmptyDraftThroughRejectionToPublicationInTheBrowser() {
        startPublication();
        try (Browser opened = new Browser()) {
            browser = opened;
            Page edith = browser.signIn(DemoUser.EDITH, "en-GB");
            edithDraftsTheIssue(edith);
            edithEntersTheContent(edith);
            edithUnmarksAndMarksTheFlyerWrittenOnce(edith);
            edithReordersItemsByKeyboardAndByDrag(edith);
            edithSendsToTranslation(edith);
            edithBringsAnAgencysMemoryIn(edith);

            Page tom = browser.signIn(DemoUser.TOM, "zh-CN");
            tomTranslates(tom);
            edithSubmitsForReview(edith);

            Page anna = browser.signIn(DemoUser.ANNA, "en-GB");
            annaRejectsWithAComment(anna);
            edithFixesTheTitleThroughAConflict(edith);
            tomUpdatesTheOutdatedTranslation(tom);
            edithSubmitsForReview(edith);
            annaSeesWhatChangedAndSignsOff(anna);

            Page adam = browser.signIn(DemoUser.ADAM, "en-GB");
            adamPreviewsBothLocalesAndPublishes(adam);
            edithSignsOut(edith);
        }
    }

    /**
     * Formatting an item's text with the rich-text editor, comparing and restoring its revisions, and working on
     * past the access token's lifetime without signing in again.
     */
    @Test
    void editorFormatsTextRestoresARevisionAndKeepsWorkingPastTheTokenLifetime() {
        try (Browser opened = new Browser()) {
            new EditingWalk(opened).walk();
        }
    }

    /** Uploading, following, searching and reading source reports, beside the item written from one. */
    @Test
    void editorUploadsReportsFollowsTheirExtractionAndSummarisesOneBesideItsText(@TempDir Path files)
            throws IOException {
        try (Browser opened = new Browser()) {
            new SourceReportsWalk(opened, files).walk();
        }
    }

    /**
     * A picture uploaded, given alt texts and a focal point, placed, translated, reviewed and published, then given
     * a new file; a partner logo marked decorative; the library's grid past its first page.
     */
    @Test
    void editorUploadsAPicturePlacesItWithItsFocalPointAndItIsTranslatedReviewedAndPublished(@TempDir Path files)
            throws IOException {
        try (Browser opened = new Browser()) {
            new PicturesWalk(opened, files).walk();
        }
    }

    /** Rubrics renamed, moved and removed, an item deleted, a translator named; approval withdrawn, correction. */
    @Test
    void editorKeepsAnIssueInShapeAndItIsWithdrawnScheduledPublishedAndCorrected() {
        try (Browser opened = new Browser()) {
            new IssueUpkeepWalk(opened).walk();
        }
    }

    /** A source changed since tom's XLIFF export: the one character that changed, in his view and import report. */
    @Test
    void translatorSeesTheCharacterThatChangedInTheSourceInTheViewAndTheImportReport(@TempDir Path files)
            throws IOException {
        try (Browser opened = new Browser()) {
            new ChangedSourceWalk(opened, files).walk();
        }
    }

    /** An editor corrects and deletes translation memory entries beside their matches; a translator cannot. */
    @Test
    void editorCorrectsAndDeletesMemoryEntriesWhereTheyAreOfferedAndATranslatorCannot() {
        try (Browser opened = new Browser()) {
            new MemoryEntriesWalk(opened).walk();
        }
    }

    private void edithDraftsTheIssue(Page page) {
        assertThat(page.getByRole(
                        AriaRole.HEADING,
                        new Page.GetByRoleOptions().setName("My desk").setLevel(1)))
                .isVisible();
        assertThat(page.locator("[data-tasks=drafts]")).containsText("My drafts");
        assertThat(page.locator("[data-tasks=translations]")).hasCount(0);
        browser.screenshot(page, "edith-home");
        Accessibility.assertNoSeriousViolations(page, "home (edith)");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("中文"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("我的工作台")))
                .isVisible();
        assertThat(page.locator("[data-tasks=drafts]")).containsText("我的草稿");
        browser.screenshot(page, "edith-home-in-chinese");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("English"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("My desk")))
                .isVisible();

        Locator publication = page.locator("section[aria-labelledby='publication-" + publicationId + "']");
        assertThat(publication).containsText("No issues yet.");
        publication
                .getByLabel("Year", new Locator.GetByLabelOptions().setExact(true))
                .fill(String.valueOf(SeedIssue2021No4.YEAR));
        publication.getByLabel("Number in the year").fill(String.valueOf(SeedIssue2021No4.NUMBER));
        publication.getByLabel("Cumulative number").fill(String.valueOf(SeedIssue2021No4.CUMULATIVE));
        publication
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Draft the issue"))
                .click();

        assertThat(page.locator("h1")).containsText("2021 No. 4 (No. 6 overall)");
        assertThat(page.locator("h1 [data-stage]")).hasText("Draft");
        issueId = page.url().replaceAll(".*#/issues/", "");
        assertThat(page.locator("li.item")).hasCount(0);
        browser.screenshot(page, "edith-empty-draft");
    }

    private void edithEntersTheContent(Page page) {
        int added = 0;
        for (SeedIssue2021No4.Rubric rubric : SeedIssue2021No4.RUBRICS) {
            page.getByLabel("Rubric title (Chinese)").fill(rubric.zh() == null ? "" : rubric.zh());
            page.getByLabel("Rubric title (English)").fill(rubric.en() == null ? "" : rubric.en());
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add rubric"))
                    .click();
            assertThat(page.locator("section.rubric")).hasCount(++added);
        }
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Rubric added.");
        JsonObject issue = issue();
        List<String> rubricIds = issue.getJsonArray("rubrics").getValuesAs(JsonObject.class).stream()
                .map(rubric -> rubric.getString("id"))
                .toList();

        // A news story typed in: first with an address that is not one, which the server refuses at the field.
        rubricSection(page, 0).getByLabel("Item type").selectOption("news");
        rubricSection(page, 0)
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add item"))
                .click();
        assertThat(page.locator("h1")).containsText("New News");
        field(page, "Title").fill(SeedIssue2021No4.zh(NDCS, "title"));
        RichTextInput.typeParagraphs(field(page, "Body"), SeedIssue2021No4.zh(NDCS, "body"));
        Locator address = field(page, "Source address");
        address.fill("em.ecedi.fr/t/y-l-ourhdn-idhrajld-f/");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save"))
                .click();
        Locator addressField = page.locator(".field[data-field=sourceUrl]");
        assertThat(addressField.locator(".field-error")).isVisible();
        assertThat(address).hasAttribute("aria-invalid", "true");
        browser.screenshot(page, "edith-field-error");
        Accessibility.assertNoSeriousViolations(page, "item form with an error");
        address.fill(SeedIssue2021No4.content(NDCS).getJsonObject("shared").getString("sourceUrl"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save"))
                .click();
        assertThat(page.locator("h1")).containsText("通过循环经济加强国家自主贡献");
        assertThat(page.locator(".field-error")).hasCount(0);
        assertEquals(
                SeedIssue2021No4.zh(NDCS, "body"),
                zhOf(item(itemIdBySample(NDCS)), "body"),
                "the body as typed, paragraph by paragraph");

        // An announcement typed in, at the head of its rubric (it belongs third: moved there below).
        page.navigate(Api.base().resolve("/app/#/issues/" + issueId).toString());
        rubricSection(page, 2).getByLabel("Item type").selectOption("announcement");
        rubricSection(page, 2)
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add item"))
                .click();
        field(page, "Title").fill(SeedIssue2021No4.zh(TCO, "title"));
        RichTextInput.typeParagraphs(field(page, "Body"), SeedIssue2021No4.zh(TCO, "body"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save"))
                .click();
        assertThat(page.locator("h1")).containsText(SeedIssue2021No4.zh(TCO, "title"));
        assertEquals(SeedIssue2021No4.zh(TCO, "body"), zhOf(item(itemIdBySample(TCO)), "body"));

        // The rest of the issue, as edith would type it, over the API; the second rubric deliberately out of order.
        addOverApi(
                rubricIds.get(0),
                List.of("event/2021-4-cop26", "news/2021-4-food-systems-summit", "news/2021-4-10yfp-extended"));
        addOverApi(
                rubricIds.get(1),
                List.of(
                        "report-summary/2021-4-unep-spp-guidelines",
                        "working-group/2021-4-food-working-group",
                        "results/2021-4-sdg-12-7-1"));
        addOverApi(
                rubricIds.get(2),
                List.of(
                        "podcast-series/2021-4-iclei-food-podcasts",
                        "announcement/2021-4-wwf-future-food",
                        "survey/2021-4-igpn-climate-survey"));
        addOverApi(rubricIds.get(3), SeedIssue2021No4.COLOPHON.items());
        page.navigate(Api.base().resolve("/app/#/issues/" + issueId).toString());
        page.reload();
        assertThat(page.locator("li.item")).hasCount(12);
        browser.screenshot(page, "edith-issue-editor");
        Accessibility.assertNoSeriousViolations(page, "issue editor");
    }

    /**
     * The COP26 flyer, entered written once in English: the form shows the switch on, in English; edith turns it
     * off (the item is translated per locale again) and on again, in English, and the content says so each time.
     */
    private void edithUnmarksAndMarksTheFlyerWrittenOnce(Page page) {
        String flyer = itemIdBySample(COP26);
        JsonObject entered = item(flyer).getJsonObject("content");
        page.navigate(Api.base()
                .resolve("/app/#/issues/" + issueId + "/items/" + flyer)
                .toString());
        Locator once = page.getByTestId("same-in-every-locale");
        Locator language = page.getByTestId("written-once-language");
        Locator save = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save"));
        assertThat(once).isChecked();
        assertThat(language).hasValue("en");
        assertThat(page.locator("fieldset.written-once")).containsText("Written once, in English");

        once.uncheck();
        save.click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Saved.");
        assertThat(once).not().isChecked();
        assertThat(page.locator("fieldset.written-once"))
                .containsText("Translated into every language of the publication.");
        assertEquals(false, item(flyer).getJsonObject("content").containsKey("sameInEveryLocale"));

        language.selectOption("en");
        once.check();
        save.click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Saved.");
        assertThat(once).isChecked();
        Accessibility.assertNoSeriousViolations(page, "item form of an item written once");
        JsonObject marked = item(flyer).getJsonObject("content");
        assertEquals("en", marked.getString("sameInEveryLocale"));
        assertEquals(
                entered.getJsonObject("localized").getJsonObject("en"),
                marked.getJsonObject("localized").getJsonObject("en"),
                "its English as entered");
        // back to the issue, where the next step finds the items' handles
        page.navigate(Api.base().resolve("/app/#/issues/" + issueId).toString());
    }

    private void edithReordersItemsByKeyboardAndByDrag(Page page) {
        String tco = itemIdBySample(TCO);
        Locator handle = page.locator("li[data-item='" + tco + "'] .drag-handle");
        handle.focus();
        page.keyboard().press("Alt+ArrowDown");
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Moved to position 2.");
        assertThat(page.locator("li[data-item='" + tco + "'] .drag-handle")).isFocused();
        page.keyboard().press("Alt+ArrowDown");
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Moved to position 3.");

        String results = itemIdBySample("results/2021-4-sdg-12-7-1");
        String workingGroup = itemIdBySample("working-group/2021-4-food-working-group");
        // The mouse only reaches what is on screen; the rubrics above may push both items below the fold. In the
        // middle of the viewport, not at its edge: near an edge Sortable scrolls the page while the mouse moves, and
        // on a loaded machine it scrolls far enough to drop the item elsewhere.
        page.locator("li[data-item='" + workingGroup + "']").evaluate("li => li.scrollIntoView({block: 'center'})");
        BoundingBox from =
                page.locator("li[data-item='" + results + "'] .drag-handle").boundingBox();
        BoundingBox to = page.locator("li[data-item='" + workingGroup + "']").boundingBox();
        page.mouse().move(from.x + from.width / 2, from.y + from.height / 2);
        page.mouse().down();
        page.mouse().move(to.x + to.width / 2, to.y + 4, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(12));
        page.mouse().up();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Moved to position 2.");

        List<List<String>> expected = SeedIssue2021No4.RUBRICS.stream()
                .map(rubric -> rubric.items().stream()
                        .map(sample -> SeedIssue2021No4.zh(sample, sample.startsWith("colophon") ? "editor" : "title"))
                        .toList())
                .toList();
        assertEquals(expected, titlesByRubric(), "the items stand in the seed's order");
        browser.screenshot(page, "edith-reordered");
    }

    private void edithSendsToTranslation(Page page) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send to translation"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Sent to translation.");
        assertThat(page.locator("h1 [data-stage]")).hasText("In translation");
    }

    private void tomTranslates(Page page) {
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("我的工作台")))
                .isVisible();
        Locator task = page.locator("[data-tasks=translations] a[href='#/issues/" + issueId + "/translate/en']");
        assertThat(task).containsText("2021年第4期 总第6期");
        assertThat(page.locator("[data-tasks=drafts]")).hasCount(0);
        browser.screenshot(page, "tom-home");
        task.click();

        assertThat(page.locator("h1")).containsText("翻译成英文");
        AllowedButtons.assertExactlyTheAllowed(page, DemoUser.TOM, issueId, AllowedButtons.ON_THE_TRANSLATION_SCREEN);
        String ndcs = itemIdBySample(NDCS);
        Locator item = page.locator("article[data-item='" + ndcs + "']");
        assertThat(item.locator(".translation-status")).hasText("未翻译");
        assertThat(item.locator(".source")).containsText("在第26届联合国气候变化大会期间");
        Locator sharedAddress = field(item, "来源网址");
        assertThat(sharedAddress).not().isEditable();
        assertThat(sharedAddress)
                .hasValue(SeedIssue2021No4.content(NDCS).getJsonObject("shared").getString("sourceUrl"));

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("标记英文翻译完成"))
                .click();
        assertThat(page.locator(".problem[role=alert]").first()).isVisible();
        browser.screenshot(page, "tom-cannot-mark-done-yet");

        // the agency's memory offers the title as an exact match; nothing is filled in until tom clicks
        Locator titleMatches = item.locator(".memory-matches[data-unit='item:" + ndcs + ":title']");
        assertThat(titleMatches.locator(".memory-match.exact")).containsText("完全匹配 100%");
        assertThat(titleMatches).containsText(SeedIssue2021No4.en(NDCS, "title"));
        assertThat(field(item, "标题")).hasValue("");
        titleMatches
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(Pattern.compile("^使用此译文")))
                .click();
        assertThat(field(item, "标题")).hasValue(SeedIssue2021No4.en(NDCS, "title"));
        browser.screenshot(item, "tom-fills-an-exact-match");
        RichTextInput.typeParagraphs(field(item, "正文"), SeedIssue2021No4.en(NDCS, "body"));
        item.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(Pattern.compile("^保存译文")))
                .click();
        assertThat(item.getByRole(AriaRole.STATUS)).hasText("译文已保存。");
        assertEquals(
                SeedIssue2021No4.en(NDCS, "body"),
                RichTextInput.asTyped(item(ndcs)
                        .getJsonObject("content")
                        .getJsonObject("localized")
                        .getJsonObject("en")
                        .getString("body")),
                "the English body as typed");
        assertThat(item.locator(".translation-status")).hasText("已翻译");
        browser.screenshot(item, "tom-translated-one-item");
        Accessibility.assertNoSeriousViolations(page, "translation view");
        tomTranslatesATitleInACatToolAndUploadsTheFile(page);

        for (SeedIssue2021No4.Rubric rubric : SeedIssue2021No4.RUBRICS) {
            rubric.items().stream()
                    .filter(sample -> !sample.equals(NDCS))
                    // The COP26 flyer is written once, in English: it takes no translation (a write is refused).
                    .filter(sample -> !SeedIssue2021No4.writtenOnce(sample))
                    .forEach(sample ->
                            SeedContentOverApi.translate(itemIdBySample(sample), SeedIssue2021No4.english(sample)));
        }
        page.reload();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("标记英文翻译完成"))
                .click();
        assertThat(page.locator("p[role=status]").first()).hasText("英文翻译已标记完成。");
        assertThat(page.getByTestId("locale-state")).containsText("tom 已标记完成");
        browser.screenshot(page, "tom-translation-done");
    }

    /**
     * edith brings an agency's TMX file into the memory on the translation page and downloads the memory again. The
     * unit may be in the memory already (another walk of this class may have published the seed issue before):
     * then it is unchanged, and the match tom sees is the same.
     */
    private void edithBringsAnAgencysMemoryIn(Page page) {
        page.navigate(
                Api.base().resolve("/app/#/issues/" + issueId + "/translate/en").toString());
        String zhTitle = SeedIssue2021No4.zh(NDCS, "title");
        String enTitle = SeedIssue2021No4.en(NDCS, "title");
        Path tmx = temporaryFile(
                "agency-",
                ".tmx",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\"><header creationtool=\"agency\""
                        + " creationtoolversion=\"1\" segtype=\"paragraph\" o-tmf=\"none\" adminlang=\"en\""
                        + " srclang=\"zh-CN\" datatype=\"plaintext\"/><body><tu tuid=\"ndcs-title\">"
                        + "<tuv xml:lang=\"zh-CN\"><seg>" + escaped(zhTitle) + "</seg></tuv>"
                        + "<tuv xml:lang=\"en\"><seg>" + escaped(enTitle) + "</seg></tuv></tu></body></tmx>");
        page.getByLabel("TMX file to bring into the memory").setInputFiles(tmx);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload TMX"))
                .click();
        Locator report = page.getByTestId("exchange-report");
        assertThat(report).containsText("Result of " + tmx.getFileName());
        assertThat(report.locator("[data-unit='ndcs-title']"))
                .hasAttribute("data-outcome", Pattern.compile("^(applied|unchanged)$"));
        browser.screenshot(page, "edith-brings-a-memory-in");

        Download download = page.waitForDownload(() -> page.getByRole(
                        AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^Download TMX")))
                .click());
        assertEquals("memory-zh-CN-en.tmx", download.suggestedFilename());
        assertTrue(read(download.path()).contains(escaped(enTitle)), "the memory's TMX has the agency's unit");
    }

    /**
     * tom downloads the issue as XLIFF 2.1, translates the TCO announcement's title "in a CAT tool" (a target added
     * to its unit), uploads the file and sees what became of each unit.
     */
    private void tomTranslatesATitleInACatToolAndUploadsTheFile(Page page) {
        String tco = itemIdBySample(TCO);
        String ndcs = itemIdBySample(NDCS);
        Download download = page.waitForDownload(
                () -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("下载 XLIFF 2.1"))
                        .click());
        assertEquals("issue-" + issueId + "-en.xlf", download.suggestedFilename());
        String exported = read(download.path());
        int unit = exported.indexOf("<unit id=\"item:" + tco + ":title\"");
        assertTrue(unit > 0, exported);
        int segmentEnd = exported.indexOf("</segment>", unit);
        String translated = exported.substring(0, segmentEnd)
                + "<target>" + escaped(SeedIssue2021No4.en(TCO, "title")) + "</target>"
                + exported.substring(segmentEnd);

        page.getByLabel("已翻译的 XLIFF 文件").setInputFiles(temporaryFile("tom-", ".xlf", translated));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("上传 XLIFF"))
                .click();
        Locator report = page.getByTestId("exchange-report");
        Locator tcoTitle = report.locator("[data-unit='item:" + tco + ":title']");
        assertThat(tcoTitle).hasAttribute("data-outcome", "applied");
        assertThat(tcoTitle).containsText("已应用");
        assertThat(tcoTitle).containsText("标题");
        assertThat(report.locator("[data-unit='item:" + ndcs + ":title']")).hasAttribute("data-outcome", "unchanged");
        browser.screenshot(page, "tom-uploads-a-translated-file");
        assertEquals(
                SeedIssue2021No4.en(TCO, "title"),
                item(tco)
                        .getJsonObject("content")
                        .getJsonObject("localized")
                        .getJsonObject("en")
                        .getString("title"),
                "the title translated in the file is the item's");
    }

    private void edithSubmitsForReview(Page page) {
        page.navigate(Api.base().resolve("/app/#/issues/" + issueId).toString());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit for review"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Submitted for review.");
        assertThat(page.locator("h1 [data-stage]")).hasText("In review");
        assertThat(page.getByTestId("content-locked")).hasText("This issue is in review; its content is locked.");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add item")))
                .hasCount(0);
        assertThat(page.locator(".drag-handle")).hasCount(0);
        AllowedButtons.assertExactlyTheAllowed(page, DemoUser.EDITH, issueId, AllowedButtons.ON_THE_ISSUE_SCREEN);
        browser.screenshot(page, "edith-issue-locked-in-review");
    }

    private void annaRejectsWithAComment(Page page) {
        Locator task = page.locator("[data-tasks=reviews] a[href='#/issues/" + issueId + "/review']");
        assertThat(task).isVisible();
        browser.screenshot(page, "anna-home");
        task.click();
        assertThat(page.locator("h1")).containsText("Review: 2021 No. 4");
        assertThat(page.getByTestId("changes-since-review")).containsText("First review: everything is new.");
        assertThat(page.locator("button[data-action]")).hasCount(2);
        AllowedButtons.assertExactlyTheAllowed(page, DemoUser.ANNA, issueId, AllowedButtons.ON_THE_REVIEW_SCREEN);
        Accessibility.assertNoSeriousViolations(page, "review");

        page.getByLabel("Comment on")
                .selectOption(new com.microsoft.playwright.options.SelectOption()
                        .setLabel(SeedIssue2021No4.zh(TCO, "title")));
        page.getByLabel("Comment", new Page.GetByLabelOptions().setExact(true))
                .fill("标题应与正文一致：“" + TCO_TITLE_FIXED + "”。");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add comment"))
                .click();
        assertThat(page.locator("li.comment")).containsText("标题应与正文一致");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Reject"))
                .click();
        assertThat(page.locator("#decision-comment-error")).isVisible();
        assertThat(page.locator("#decision-comment")).hasAttribute("aria-invalid", "true");
        browser.screenshot(page, "anna-reject-needs-a-comment");
        page.locator("#decision-comment").fill("TCO 条目标题需要修改，见批注。");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Reject"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Rejected; the issue is a draft again.");
        assertThat(page.locator("h1 [data-stage]")).hasText("Draft");
        browser.screenshot(page, "anna-rejected");
    }

    private void edithFixesTheTitleThroughAConflict(Page page) {
        page.navigate(Api.base().resolve("/app/#/").toString());
        Locator draft = page.locator("[data-tasks=drafts] a[href='#/issues/" + issueId + "']");
        assertThat(draft).isVisible();
        draft.click();
        assertThat(page.locator("section.comments")).containsText("Rejected in review: TCO 条目标题需要修改，见批注。");
        assertThat(page.locator("section.comments")).containsText("标题应与正文一致");
        browser.screenshot(page, "edith-sees-the-rejection");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(SeedIssue2021No4.zh(TCO, "title")))
                .click();
        Locator title = field(page, "Title");
        assertThat(title).hasValue(SeedIssue2021No4.zh(TCO, "title"));

        // Meanwhile, in another tab, edith's own earlier edit of the body lands first.
        String tco = itemIdBySample(TCO);
        String fixedBody = SeedIssue2021No4.zh(TCO, "body").replace("具有4个特点", "具有四个特点");
        reviseOverApi(tco, "body", fixedBody);

        title.fill(TCO_TITLE_FIXED);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save"))
                .click();
        Locator conflict = page.locator("section.conflict");
        assertThat(conflict).containsText("Not saved: someone else changed this item");
        assertThat(conflict.locator("tbody tr")).hasCount(1);
        assertThat(conflict.locator("tbody tr")).containsText("Body (zh-CN)");
        assertThat(conflict.locator("tbody tr")).containsText("具有四个特点");
        browser.screenshot(page, "edith-save-conflict");
        Accessibility.assertNoSeriousViolations(page, "item form with a conflict");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Re-apply my changes to their version"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Saved.");

        JsonObject zh =
                item(tco).getJsonObject("content").getJsonObject("localized").getJsonObject("zh-CN");
        assertEquals(TCO_TITLE_FIXED, zh.getString("title"), "edith's change");
        assertTrue(zh.getString("body").contains("具有四个特点"), "the other tab's change is kept");

        page.navigate(Api.base().resolve("/app/#/issues/" + issueId).toString());
        edithSendsToTranslation(page);
    }

    private void tomUpdatesTheOutdatedTranslation(Page page) {
        page.navigate(
                Api.base().resolve("/app/#/issues/" + issueId + "/translate/en").toString());
        page.reload();
        String tco = itemIdBySample(TCO);
        Locator item = page.locator("article[data-item='" + tco + "']");
        assertThat(item).hasAttribute("data-status", "outdated");
        assertThat(item.getByTestId("source-changes")).containsText("标题");
        assertThat(item.getByTestId("source-changes")).containsText(TCO_TITLE_FIXED);
        assertThat(page.locator("article[data-status=outdated]")).hasCount(1);
        browser.screenshot(item, "tom-sees-outdated-item");

        field(item, "标题").fill(TCO_TITLE_FIXED_EN);
        item.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(Pattern.compile("^保存译文")))
                .click();
        assertThat(item.getByRole(AriaRole.STATUS)).hasText("译文已保存。");
        assertThat(page.locator("article[data-status=outdated]")).hasCount(0);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("标记英文翻译完成"))
                .click();
        assertThat(page.locator("p[role=status]").first()).hasText("英文翻译已标记完成。");
    }

    private void annaSeesWhatChangedAndSignsOff(Page page) {
        page.navigate(Api.base().resolve("/app/#/issues/" + issueId + "/review").toString());
        page.reload();
        Locator changes = page.getByTestId("changes-since-review");
        assertThat(changes).containsText("Last review: anna");
        assertThat(changes.locator("li[data-item]")).hasCount(1);
        assertThat(changes).containsText("/localized/zh-CN/title");
        assertThat(changes).containsText(TCO_TITLE_FIXED);
        AllowedButtons.assertExactlyTheAllowed(page, DemoUser.ANNA, issueId, AllowedButtons.ON_THE_REVIEW_SCREEN);
        browser.screenshot(page, "anna-changes-since-last-review");
        page.locator("#decision-comment").fill("内容无误，同意发布。");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve (sign off)"))
                .click();
        assertThat(page.locator("p[role=status]").first()).hasText("Approved and signed off.");
        assertThat(page.getByTestId("sign-off")).containsText("Signed off by anna");
        assertThat(page.getByTestId("sign-off")).containsText("内容无误，同意发布。");
        browser.screenshot(page, "anna-signed-off");
    }

    private void adamPreviewsBothLocalesAndPublishes(Page page) {
        page.navigate(
                Api.base().resolve("/app/#/issues/" + issueId + "/preview").toString());
        Locator document = page.getByTestId("preview-document");
        assertThat(document).containsText("2021年第4期");
        assertThat(document).containsText(TCO_TITLE_FIXED);
        browser.screenshot(page, "adam-preview-chinese");
        page.locator(".locale-tabs")
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("English"))
                .click();
        assertThat(document).hasAttribute("lang", "en");
        assertThat(document).containsText(TCO_TITLE_FIXED_EN);
        assertThat(document).containsText(SeedIssue2021No4.en(NDCS, "title"));
        browser.screenshot(page, "adam-preview-english");
        Accessibility.assertNoSeriousViolations(page, "preview");

        page.navigate(Api.base().resolve("/app/#/issues/" + issueId + "/review").toString());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish now"))
                .click();
        assertThat(page.locator("p[role=status]").first()).hasText("Published.");
        assertThat(page.locator("h1 [data-stage]")).hasText("Published");
        browser.screenshot(page, "adam-published");

        Api.Reply delivered = Api.anonymous().get("/api/delivery/v1/publications/" + slug + "/issues/2021/4?locale=en");
        assertEquals(200, delivered.status(), delivered::toString);
        assertEquals(
                12,
                delivered.json().getJsonArray("rubrics").getValuesAs(JsonObject.class).stream()
                        .mapToInt(rubric -> rubric.getJsonArray("items").size())
                        .sum(),
                "every item of the seed issue");
    }

    private void edithSignsOut(Page page) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out"))
                .click();
        assertThat(page.locator("#kc-login")).isVisible();
        browser.screenshot(page, "edith-signed-out");
    }

    // --- the API, for what the walk does not type and for checking what was stored ---

    private void startPublication() {
        slug = "spp-ui-" + UUID.randomUUID().toString().substring(0, 8);
        JsonObject body = Json.createObjectBuilder()
                .add("slug", slug)
                .add(
                        "title",
                        Json.createObjectBuilder()
                                .add("zh-CN", "可持续公共采购计划简报（界面测试）")
                                .add("en", "SPP Programme Newsletter (UI walk)"))
                .add("publisher", "中环联合认证中心")
                .add("sourceLocale", "zh-CN")
                .add("targetLocales", Json.createArrayBuilder().add("en"))
                .build();
        Api.Reply created = Api.as(DemoUser.EDITH).post("/api/v1/publications", body);
        assertEquals(201, created.status(), created::toString);
        publicationId = created.json().getString("id");
    }

    private static Path temporaryFile(String prefix, String suffix, String text) {
        try {
            Path file = Files.createTempFile(prefix, suffix);
            file.toFile().deleteOnExit();
            return Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** The input labelled {@code name}; a label may go on, e.g. "Title (required to publish)". */
    private static Locator field(Page page, String name) {
        return page.getByLabel(labelled(name));
    }

    private static Locator field(Locator scope, String name) {
        return scope.getByLabel(labelled(name));
    }

    private static Pattern labelled(String name) {
        // Pattern.quote's \\Q…\\E does not survive the trip to the browser's regular expressions.
        return Pattern.compile("^" + name.replaceAll("[\\\\^$.|?*+()\\[\\]{}]", "\\\\$0") + "(\\s|$)");
    }

    private Locator rubricSection(Page page, int index) {
        return page.locator("section.rubric").nth(index);
    }

    private JsonObject issue() {
        return Api.as(DemoUser.EDITH).get("/api/v1/issues/" + issueId).json();
    }

    private JsonObject item(String id) {
        return Api.as(DemoUser.EDITH).get("/api/v1/items/" + id).json();
    }

    private void addOverApi(String rubricId, List<String> samples) {
        samples.forEach(sample -> SeedContentOverApi.addSample(issueId, rubricId, sample));
    }

    private void reviseOverApi(String itemId, String field, String zhValue) {
        Api.Reply read = Api.as(DemoUser.EDITH).get("/api/v1/items/" + itemId);
        JsonObject content = read.json().getJsonObject("content");
        JsonObject localized = Json.createObjectBuilder(content.getJsonObject("localized"))
                .add(
                        "zh-CN",
                        Json.createObjectBuilder(
                                        content.getJsonObject("localized").getJsonObject("zh-CN"))
                                .add(field, zhValue))
                .build();
        JsonObject body = Json.createObjectBuilder()
                .add("content", Json.createObjectBuilder(content).add("localized", localized))
                .build();
        Api.Reply reply = Api.as(DemoUser.EDITH)
                .header("If-Match", read.header("ETag").orElseThrow())
                .send(
                        "PUT",
                        "/api/v1/items/" + itemId,
                        HttpRequest.BodyPublishers.ofString(body.toString()),
                        "application/json");
        assertEquals(200, reply.status(), reply::toString);
    }

    private List<JsonObject> items() {
        return issue().getJsonArray("rubrics").getValuesAs(JsonObject.class).stream()
                .flatMap(rubric -> rubric.getJsonArray("items").getValuesAs(JsonObject.class).stream())
                .toList();
    }

    private String itemIdBySample(String sample) {
        String type = SeedIssue2021No4.type(sample);
        String field = type.equals("colophon") ? "editor" : "title";
        String value = SeedIssue2021No4.zh(sample, field);
        return items().stream()
                .filter(item -> item.getString("type").equals(type))
                .filter(item -> value.equals(zhOf(item, field))
                        || sample.equals(TCO) && TCO_TITLE_FIXED.equals(zhOf(item, field)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no item for " + sample))
                .getString("id");
    }

    private List<List<String>> titlesByRubric() {
        return issue().getJsonArray("rubrics").getValuesAs(JsonObject.class).stream()
                .map(rubric -> rubric.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                        .map(item ->
                                item.getString("type").equals("colophon") ? zhOf(item, "editor") : zhOf(item, "title"))
                        .toList())
                .toList();
    }

    /** A field as the Chinese issue shows it: in Chinese, or in the one language of an item written once. */
    private static String zhOf(JsonObject item, String field) {
        JsonObject content = item.getJsonObject("content");
        JsonObject shown =
                content.getJsonObject("localized").getJsonObject(content.getString("sameInEveryLocale", "zh-CN"));
        return shown == null ? null : shown.getString(field, null);
    }
}
