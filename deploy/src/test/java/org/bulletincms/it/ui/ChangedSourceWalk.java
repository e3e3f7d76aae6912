package org.bulletincms.it.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import org.bulletincms.it.Api;
import org.bulletincms.it.DemoUser;

/**
 * A source changed under the translator's feet, shown precisely (issue 18). Tom has translated the TCO
 * announcement and downloads the issue as XLIFF; then edith writes the body's "4个特点" as "四个特点". Tom's
 * translation view marks the item outdated and shows the one character that changed, struck and inserted, not the
 * whole 150-character paragraph twice. Tom uploads the file translated meanwhile (a new title for the NDCS news):
 * the result list shows that unit applied and the TCO body outdated, with the same one-character difference.
 * Lists too: edith corrects a count in the SDG 12.7.1 results (33 → 34 in the third finding and the third key
 * figure), and tom's view shows those two entries with the number struck and inserted, not both lists whole.
 * What is not under test is entered over the API.
 */
final class ChangedSourceWalk {

    private static final String NDCS = "news/2021-4-circular-economy-ndcs";
    private static final String TCO = "announcement/2021-4-tco-certified";
    private static final String RESULTS = "results/2021-4-sdg-12-7-1";

    private final Browser browser;
    private final Path files;
    private String issueId;
    private String ndcs;
    private String tco;
    private String results;

    ChangedSourceWalk(Browser browser, Path files) {
        this.browser = browser;
        this.files = files;
    }

    void walk() throws IOException {
        translatedIssueOverApi();
        Page tom = browser.signIn(DemoUser.TOM, "zh-CN");
        String exported = tomDownloadsTheXliff(tom);
        edithWritesTheNumberInWordsOverApi();
        edithCorrectsACountInTheResultsOverApi();
        tomSeesTheOneCharacterThatChanged(tom);
        tomSeesTheListEntriesThatChanged(tom);
        tomUploadsTheFileTranslatedMeanwhile(tom, exported);
    }

    private void translatedIssueOverApi() {
        SeedContentOverApi.DraftedItem drafted =
                SeedContentOverApi.draftOneItem(2021, 4, 6, "合作伙伴最新进展", "Partner updates", TCO);
        issueId = drafted.issueId();
        tco = drafted.itemId();
        String rubric = Api.as(DemoUser.EDITH)
                .get("/api/v1/issues/" + issueId)
                .json()
                .getJsonArray("rubrics")
                .getJsonObject(0)
                .getString("id");
        ndcs = SeedContentOverApi.addSample(issueId, rubric, NDCS);
        results = SeedContentOverApi.addSample(issueId, rubric, RESULTS);
        SeedContentOverApi.take(DemoUser.EDITH, issueId, "send-to-translation");
        SeedContentOverApi.translate(tco, SeedIssue2021No4.english(TCO));
        SeedContentOverApi.translate(results, SeedIssue2021No4.english(RESULTS));
    }

    private String tomDownloadsTheXliff(Page page) throws IOException {
        page.navigate(
                Api.base().resolve("/app/#/issues/" + issueId + "/translate/en").toString());
        assertThat(page.locator("h1")).containsText("翻译成英文");
        assertThat(page.locator("article[data-item='" + tco + "']")).not().hasAttribute("data-status", "outdated");
        Download download = page.waitForDownload(
                () -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("下载 XLIFF 2.1"))
                        .click());
        return Files.readString(download.path(), StandardCharsets.UTF_8);
    }

    private void edithWritesTheNumberInWordsOverApi() {
        edithRevisesTheChineseOverApi(tco, zh -> {
            String body = zh.getString("body");
            assertTrue(body.contains("具有4个特点"), body);
            return Json.createObjectBuilder(zh).add("body", body.replace("具有4个特点", "具有四个特点"));
        });
    }

    private void edithCorrectsACountInTheResultsOverApi() {
        edithRevisesTheChineseOverApi(results, zh -> {
            JsonArray findings = zh.getJsonArray("findings");
            JsonArray figures = zh.getJsonArray("keyFigures");
            assertTrue(findings.getString(2).contains("合格的33个"), findings::toString);
            assertEquals(33, figures.getJsonObject(2).getInt("value"), figures::toString);
            return Json.createObjectBuilder(zh)
                    .add(
                            "findings",
                            Json.createArrayBuilder(findings)
                                    .set(2, findings.getString(2).replace("合格的33个", "合格的34个")))
                    .add(
                            "keyFigures",
                            Json.createArrayBuilder(figures)
                                    .set(
                                            2,
                                            Json.createObjectBuilder(figures.getJsonObject(2))
                                                    .add("value", 34)));
        });
    }

    /** Edith's revision of an item's Chinese, naming the version she read. */
    private void edithRevisesTheChineseOverApi(String itemId, Function<JsonObject, JsonObjectBuilder> revision) {
        Api.Reply read = Api.as(DemoUser.EDITH).get("/api/v1/items/" + itemId);
        JsonObject content = read.json().getJsonObject("content");
        JsonObject zh = content.getJsonObject("localized").getJsonObject("zh-CN");
        JsonObject changed = Json.createObjectBuilder(content)
                .add(
                        "localized",
                        Json.createObjectBuilder(content.getJsonObject("localized"))
                                .add("zh-CN", revision.apply(zh)))
                .build();
        Api.Reply reply = Api.as(DemoUser.EDITH)
                .header("If-Match", read.header("ETag").orElseThrow())
                .send(
                        "PUT",
                        "/api/v1/items/" + itemId,
                        HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder()
                                .add("content", changed)
                                .build()
                                .toString()),
                        "application/json");
        assertEquals(200, reply.status(), reply::toString);
    }

    private void tomSeesTheOneCharacterThatChanged(Page page) {
        page.reload();
        Locator item = page.locator("article[data-item='" + tco + "']");
        assertThat(item).hasAttribute("data-status", "outdated");
        Locator changes = item.getByTestId("source-changes");
        assertThat(changes.locator("del")).hasCount(1);
        assertThat(changes.locator("del")).hasText("4");
        assertThat(changes.locator("ins")).hasCount(1);
        assertThat(changes.locator("ins")).hasText("四");
        // the paragraph once, the struck 4 and the inserted 四 in their place
        assertThat(changes).containsText("新一代TCO认证具有4四个特点，一是通过具有社会责任感的制造商");
        assertThat(changes).not().containsText("可持续采购。新一代TCO认证具有四个特点");
        browser.screenshot(item, "tom-sees-one-character-changed");
        Accessibility.assertNoSeriousViolations(page, "translation view with a changed source");
    }

    private void tomSeesTheListEntriesThatChanged(Page page) {
        Locator item = page.locator("article[data-item='" + results + "']");
        assertThat(item).hasAttribute("data-status", "outdated");
        Locator changes = item.getByTestId("source-changes");
        // the third finding and the third key figure's number, each alone, the count struck and the new one inserted
        Locator finding = changes.locator(".entry-changes li[data-path='2']");
        assertThat(finding.locator("del")).hasText("33");
        assertThat(finding.locator("ins")).hasText("34");
        assertThat(finding).containsText("第 3 项");
        assertThat(finding).containsText("被评估为合格的3334个");
        Locator figure = changes.locator(".entry-changes li[data-path='2.value']");
        assertThat(figure.locator("del")).hasText("33");
        assertThat(figure.locator("ins")).hasText("34");
        assertThat(figure).containsText("第 3 项 · 数值");
        assertThat(changes.locator(".entry-changes li")).hasCount(2);
        assertThat(changes).not().containsText("参与方45%来自财政部");
        browser.screenshot(item, "tom-sees-the-list-entries-changed");
        Accessibility.assertNoSeriousViolations(page, "translation view with changed list entries");
    }

    private void tomUploadsTheFileTranslatedMeanwhile(Page page, String exported) throws IOException {
        int unit = exported.indexOf("<unit id=\"item:" + ndcs + ":title\"");
        assertTrue(unit > 0, exported);
        int segmentEnd = exported.indexOf("</segment>", unit);
        String translated = exported.substring(0, segmentEnd)
                + "<target>" + escaped(SeedIssue2021No4.en(NDCS, "title")) + "</target>"
                + exported.substring(segmentEnd);
        Path file = Files.writeString(files.resolve("tom-translated.xlf"), translated, StandardCharsets.UTF_8);

        page.getByLabel("已翻译的 XLIFF 文件").setInputFiles(file);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("上传 XLIFF"))
                .click();
        Locator report = page.getByTestId("exchange-report");
        Locator title = report.locator("[data-unit='item:" + ndcs + ":title']");
        assertThat(title).hasAttribute("data-outcome", "applied");
        assertThat(title).containsText("已应用");
        Locator body = report.locator("[data-unit='item:" + tco + ":body']");
        assertThat(body).hasAttribute("data-outcome", "outdated");
        assertThat(body.locator("del")).hasCount(1);
        assertThat(body.locator("del")).hasText("4");
        assertThat(body.locator("ins")).hasCount(1);
        assertThat(body.locator("ins")).hasText("四");
        assertThat(body).containsText("导出以来原文的改动");
        browser.screenshot(page, "tom-sees-applied-and-outdated-units");
        Accessibility.assertNoSeriousViolations(page, "XLIFF import report with an outdated unit");
        assertEquals(
                SeedIssue2021No4.en(NDCS, "title"),
                Api.as(DemoUser.EDITH)
                        .get("/api/v1/items/" + ndcs)
                        .json()
                        .getJsonObject("content")
                        .getJsonObject("localized")
                        .getJsonObject("en")
                        .getString("title"),
                "the unit applied is the item's English title");
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
