package org.bulletincms.it.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bulletincms.it.Api;
import org.bulletincms.it.DemoUser;

/**
 * A source changed under the translator's feet, shown precisely (issue 18). Tom has translated the TCO
 * announcement and downloads the issue as XLIFF; then edith writes the body's "4个特点" as "四个特点". Tom's
 * translation view marks the item outdated and shows the one character that changed, struck and inserted, not the
 * whole 150-character paragraph twice. Tom uploads the file translated meanwhile (a new title for the NDCS news):
 * the result list shows that unit applied and the TCO body outdated, with the same one-character difference.
 * What is not under test is entered over the API.
 */
final class ChangedSourceWalk {

    private static final String NDCS = "news/2021-4-circular-economy-ndcs";
    private static final String TCO = "announcement/2021-4-tco-certified";

    private final Browser browser;
    private final Path files;
    private String issueId;
    private String ndcs;
    private String tco;

    ChangedSourceWalk(Browser browser, Path files) {
        this.browser = browser;
        this.files = files;
    }

    void walk() throws IOException {
        translatedIssueOverApi();
        Page tom = browser.signIn(DemoUser.TOM, "zh-CN");
        String exported = tomDownloadsTheXliff(tom);
        edithWritesTheNumberInWordsOverApi();
        tomSeesTheOneCharacterThatChanged(tom);
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
        SeedContentOverApi.take(DemoUser.EDITH, issueId, "send-to-translation");
        SeedContentOverApi.translate(tco, SeedIssue2021No4.english(TCO));
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
        Api.Reply read = Api.as(DemoUser.EDITH).get("/api/v1/items/" + tco);
        JsonObject content = read.json().getJsonObject("content");
        JsonObject zh = content.getJsonObject("localized").getJsonObject("zh-CN");
        String body = zh.getString("body");
        assertTrue(body.contains("具有4个特点"), body);
        JsonObject changed = Json.createObjectBuilder(content)
                .add(
                        "localized",
                        Json.createObjectBuilder(content.getJsonObject("localized"))
                                .add(
                                        "zh-CN",
                                        Json.createObjectBuilder(zh).add("body", body.replace("具有4个特点", "具有四个特点"))))
                .build();
        Api.Reply reply = Api.as(DemoUser.EDITH)
                .header("If-Match", read.header("ETag").orElseThrow())
                .send(
                        "PUT",
                        "/api/v1/items/" + tco,
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
