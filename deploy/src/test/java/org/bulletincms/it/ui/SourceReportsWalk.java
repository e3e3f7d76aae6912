package org.bulletincms.it.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.SelectOption;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.bulletincms.it.Api;
import org.bulletincms.it.DemoUser;
import org.bulletincms.it.Eventually;
import org.bulletincms.it.sources.HostileSources;
import org.bulletincms.it.sources.ReportFiles;
import org.bulletincms.it.sources.SampleReports;
import org.bulletincms.it.sources.SourceFiles;

/**
 * Source reports in the browser. Edith uploads a slow report and a Chinese PDF, with a progress bar for each
 * file, and watches their extraction finish without reloading. She uploads the PDF a second time, then an empty
 * file and an executable named {@code .pdf}, and each gets its answer on its own row. She finds a Chinese
 * phrase on page 3, downloads the original, and links the PDF to a report-summary item. Its text then stands
 * page by page beside the form, and she names it as the item's report file. Tom, a translator, searches the same text but is offered no upload.
 */
final class SourceReportsWalk {

    private static final String SAMPLE = "report-summary/2021-4-unep-spp-guidelines";
    /** Extraction forks a parser JVM; on a busy 2-core machine that takes several seconds. */
    private static final LocatorAssertions.HasAttributeOptions EXTRACTION =
            new LocatorAssertions.HasAttributeOptions().setTimeout(120_000);

    private final Browser browser;
    private final Path files;
    private String issueId;
    private String itemId;

    SourceReportsWalk(Browser browser, Path files) {
        this.browser = browser;
        this.files = files;
    }

    void walk() throws IOException {
        draftAReportSummaryOverApi();
        ReportFiles reports = SourceFiles.writeReports(files);
        // A name of its own: the API tests upload the same reports, generated a moment apart, under theirs.
        String chineseName = "简报2024年第2期（界面测试）.pdf";
        Path chinesePdf = Files.move(reports.chinesePdf(), files.resolve(chineseName));

        Page edith = browser.signIn(DemoUser.EDITH, "en-GB");
        edithUploadsAndWatchesTheExtraction(edith, chinesePdf);
        edithIsToldWhatIsWrongWithEachBadFile(edith, chinesePdf);
        // The search index follows the extraction shortly after (outbox): an editor who searched too early
        // would search again; the walk waits until the API finds it, then searches once in the page.
        Eventually.found(
                () -> Api.as(DemoUser.EDITH)
                        .get("/api/v1/sources/search?q="
                                + URLEncoder.encode(SampleReports.ZH_SEARCH_TERM_ON_PAGE_3, StandardCharsets.UTF_8)),
                reply -> reply.body().contains(chineseName));
        edithFindsAChinesePhraseAndDownloadsTheOriginal(edith, chinesePdf, chineseName);
        edithWritesTheSummaryBesideTheReport(edith, chineseName);

        Page tom = browser.signIn(DemoUser.TOM, "zh-CN");
        tomSearchesButCannotUpload(tom, chineseName);
    }

    private void edithUploadsAndWatchesTheExtraction(Page page, Path chinesePdf) throws IOException {
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Sources"))
                .click();
        assertThat(page.locator("h1")).hasText("Source reports");
        // The test parser waits four seconds before it extracts: long enough to see the extraction under way.
        Path slow = SourceFiles.slowParserTrigger(
                files,
                Duration.ofSeconds(4),
                List.of(List.of("A report that takes its time, " + UUID.randomUUID() + ".")));

        page.getByLabel("Report files").setInputFiles(new Path[] {slow, chinesePdf});
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Upload").setExact(true))
                .click();
        for (Path file : List.of(slow, chinesePdf)) {
            Locator upload = uploadRow(page, file);
            assertThat(upload.locator(".upload-state")).hasText("Uploaded; extraction queued.");
            assertThat(upload.getByRole(AriaRole.PROGRESSBAR)).hasAttribute("value", "100");
        }

        Locator slowRow = sourceRow(page, slow);
        assertThat(slowRow.getByRole(AriaRole.PROGRESSBAR)).isVisible();
        assertThat(slowRow.locator(".extraction-state")).hasText(java.util.regex.Pattern.compile("Queued|Extracting"));
        browser.screenshot(page, "edith-sources-extracting");
        assertThat(slowRow.locator(".extraction")).hasAttribute("data-status", "done", EXTRACTION);
        assertThat(slowRow.locator(".extraction-state")).hasText("Text extracted");
        assertThat(slowRow.getByRole(AriaRole.PROGRESSBAR)).hasCount(0);
        Locator pdfRow = sourceRow(page, chinesePdf);
        assertThat(pdfRow.locator(".extraction")).hasAttribute("data-status", "done", EXTRACTION);
        assertThat(pdfRow).containsText(SampleReports.CHINESE_BULLETIN_TITLE);
        assertThat(pdfRow).containsText("zh");
        browser.screenshot(page, "edith-sources-extracted");
    }

    private void edithIsToldWhatIsWrongWithEachBadFile(Page page, Path chinesePdf) throws IOException {
        Path empty = HostileSources.emptyFile(files);
        Path executable = HostileSources.executableNamedPdf(files);
        page.getByLabel("Report files").setInputFiles(new Path[] {chinesePdf, empty, executable});
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Upload").setExact(true))
                .click();

        assertThat(uploadRow(page, chinesePdf).first().locator(".upload-state"))
                .hasText("Uploaded before: the same file is already in the library.");
        Locator refusedEmpty = uploadRow(page, empty).locator("[role=alert]");
        assertThat(refusedEmpty).containsText("The file is empty (0 bytes).");
        Locator refusedExecutable = uploadRow(page, executable).locator("[role=alert]");
        assertThat(refusedExecutable).containsText("application/x-executable, which is not a source report");
        assertThat(sourceRows(page, chinesePdf)).hasCount(1);
        browser.screenshot(page, "edith-sources-refused");
        Accessibility.assertNoSeriousViolations(page, "sources");
    }

    private void edithFindsAChinesePhraseAndDownloadsTheOriginal(Page page, Path chinesePdf, String name)
            throws IOException {
        page.getByLabel("Words or").fill(SampleReports.ZH_SEARCH_TERM_ON_PAGE_3);
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Search").setExact(true))
                .click();
        Locator hit = page.getByTestId("search-results")
                .locator("li.hit")
                .filter(new Locator.FilterOptions().setHasText(name));
        assertThat(hit).hasCount(1);
        assertThat(hit.locator(".page-number")).hasText("p. 3");
        assertThat(hit.locator(".snippet")).containsText(SampleReports.ZH_SEARCH_TERM_ON_PAGE_3);
        browser.screenshot(page, "edith-sources-search");

        hit.getByRole(AriaRole.LINK).click();
        assertThat(page.locator("h1")).hasText(SampleReports.CHINESE_BULLETIN_TITLE);
        Locator pageThree = page.locator(".source-page[data-page='3']");
        assertThat(pageThree.locator("h3")).hasText("p. 3");
        assertThat(pageThree).containsText(SampleReports.ZH_PAGE_3);
        assertThat(pageThree.locator("p[lang=zh]").first()).isVisible();
        assertThat(page.getByTestId("extraction")).containsText("Text extracted");
        browser.screenshot(page, "edith-source-text");

        Download download = page.waitForDownload(
                () -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Download the original"))
                        .click());
        assertEquals(name, download.suggestedFilename());
        assertArrayEquals(
                Files.readAllBytes(chinesePdf), Files.readAllBytes(download.path()), "the original, byte for byte");
    }

    private void edithWritesTheSummaryBesideTheReport(Page page, String name) {
        page.navigate(Api.base()
                .resolve("/app/#/issues/" + issueId + "/items/" + itemId)
                .toString());
        Locator panel = page.locator("source-panel");
        assertThat(panel).containsText("No source report linked to this item.");
        panel.getByLabel("Report to link")
                .selectOption(new SelectOption().setLabel(name + " — " + SampleReports.CHINESE_BULLETIN_TITLE));
        panel.getByRole(
                        AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName("Link").setExact(true))
                .click();
        assertThat(panel.locator(".status-note")).hasText(name + " linked.");

        Locator text = panel.getByTestId("source-text");
        assertThat(text.locator(".source-page")).hasCount(3);
        assertThat(text.locator(".source-page[data-page='1']")).containsText(SampleReports.ZH_PAGE_1);
        assertThat(text.locator(".source-page[data-page='3'] h3")).hasText("p. 3");
        BoundingBox form = page.locator("form.item-form").boundingBox();
        BoundingBox beside = text.boundingBox();
        assertTrue(beside.x >= form.x + form.width, "the text stands beside the form, not below it");

        JsonObject linked = Api.as(DemoUser.EDITH)
                .get("/api/v1/items/" + itemId + "/sources")
                .json()
                .getJsonArray("sources")
                .getJsonObject(0);
        assertEquals(name, linked.getString("filename"));

        // The section type's "Report file" field names the report too: it is chosen from the uploaded ones.
        page.getByLabel("Report file", new Page.GetByLabelOptions().setExact(true))
                .selectOption(new SelectOption().setLabel(name + " — " + SampleReports.CHINESE_BULLETIN_TITLE));
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Save").setExact(true))
                .click();
        assertThat(page.locator("item-screen > .status-note")).hasText("Saved.");
        JsonObject shared = Api.as(DemoUser.EDITH)
                .get("/api/v1/items/" + itemId)
                .json()
                .getJsonObject("content")
                .getJsonObject("shared");
        assertEquals(linked.getString("id"), shared.getString("sourceDocument"));
        browser.screenshot(page, "edith-report-summary-beside-its-source");
        Accessibility.assertNoSeriousViolations(page, "item beside its source");
    }

    private void tomSearchesButCannotUpload(Page page, String name) {
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("来源文件"))
                .click();
        assertThat(page.locator("h1")).hasText("来源报告");
        assertThat(page.getByLabel("报告文件", new Page.GetByLabelOptions().setExact(false)))
                .hasCount(0);
        page.getByLabel("词语或").fill(SampleReports.ZH_SEARCH_TERM_ON_PAGE_3);
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("搜索").setExact(true))
                .click();
        Locator hit = page.getByTestId("search-results")
                .locator("li.hit")
                .filter(new Locator.FilterOptions().setHasText(name));
        assertThat(hit.locator(".page-number")).hasText("第3页");
        browser.screenshot(page, "tom-sources-search");
    }

    private void draftAReportSummaryOverApi() {
        SeedContentOverApi.DraftedItem drafted =
                SeedContentOverApi.draftOneItem(2021, 4, 6, "可持续公共采购计划最新进展", "SPP Programme updates", SAMPLE);
        issueId = drafted.issueId();
        itemId = drafted.itemId();
    }

    private static Locator uploadRow(Page page, Path file) {
        return page.locator(".upload[data-file='" + file.getFileName() + "']");
    }

    private static Locator sourceRows(Page page, Path file) {
        return page.locator("table.sources tbody tr")
                .filter(new Locator.FilterOptions()
                        .setHas(page.getByRole(
                                AriaRole.LINK,
                                new Page.GetByRoleOptions()
                                        .setName(file.getFileName().toString())
                                        .setExact(true))));
    }

    private static Locator sourceRow(Page page, Path file) {
        return sourceRows(page, file).first();
    }
}
