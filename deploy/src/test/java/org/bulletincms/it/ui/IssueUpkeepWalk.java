package org.bulletincms.it.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.bulletincms.it.Api;
import org.bulletincms.it.DemoUser;
import org.bulletincms.it.Editorial;

/**
 * Keeping an issue in shape, and the workflow steps after a first approval, in the browser. Edith renames a
 * rubric and moves another up from the keyboard. Removing a rubric that still holds an item is refused with the
 * server's reason; she deletes the item after confirming in a dialog (having cancelled once with Escape), then
 * removes the empty rubric. She names tom as the English translator and sends the issue to translation; tom
 * finds it among his tasks. Anna approves, withdraws her approval (a reason is required) and approves again,
 * schedules the publication a week ahead, which both the review and the issue editor show, then publishes at
 * once; edith starts a correction with a note. Anna unpublishes another issue (a reason is required), and front
 * ends no longer see it. What is not under test is entered over the API.
 */
final class IssueUpkeepWalk {

    private static final String NDCS = "news/2021-4-circular-economy-ndcs";
    private static final String TCO = "announcement/2021-4-tco-certified";
    private static final String RENAMED_ZH = "同一个地球网络动态";
    private static final String RENAMED_EN = "One Planet Network news";
    private static final String CORRECTION = "更正：新闻的来源网址有误，已改正。";

    private final Browser browser;
    private JsonObject publication;
    private String slug;
    private String issueId;
    private String onePlanet;
    private String partners;
    private String sppProgramme;
    private String ndcs;
    private String tco;

    IssueUpkeepWalk(Browser browser) {
        this.browser = browser;
    }

    void walk() {
        draftAnIssueOverApi();
        Page edith = browser.signIn(DemoUser.EDITH, "en-GB");
        edithRenamesOneRubricAndMovesAnother(edith);
        edithDeletesAnItemAndRemovesItsEmptyRubric(edith);
        edithAssignsTomAndSendsToTranslation(edith);

        Page tom = browser.signIn(DemoUser.TOM, "zh-CN");
        tomFindsTheIssueAmongHisTasks(tom);
        translateAndSubmitForReviewOverApi();

        Page anna = browser.signIn(DemoUser.ANNA, "en-GB");
        annaApprovesWithdrawsAndApprovesAgain(anna);
        annaSchedulesThePublicationThenPublishesAtOnce(anna);
        edithStartsACorrection(edith);
        annaUnpublishesAnotherIssue(anna);
    }

    private void edithRenamesOneRubricAndMovesAnother(Page page) {
        page.navigate(Api.base().resolve("/app/#/issues/" + issueId).toString());
        assertThat(page.locator("section.rubric")).hasCount(3);

        Locator first = rubric(page, onePlanet);
        Locator rename = first.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Rename rubric"));
        rename.click();
        assertThat(rename).hasAttribute("aria-expanded", "true");
        assertThat(first.getByLabel("New title (Chinese)")).isFocused();
        first.getByLabel("New title (Chinese)").fill(RENAMED_ZH);
        first.getByLabel("New title (English)").fill(RENAMED_EN);
        first.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save the title"))
                .click();
        assertThat(status(page, "issue-screen")).hasText("Rubric renamed.");
        assertThat(first.locator("h2")).containsText(RENAMED_ZH);
        assertThat(first.locator("h2")).containsText(RENAMED_EN);
        assertThat(first.locator("h2")).isFocused();
        assertThat(first.locator("form.rename-rubric")).hasCount(0);

        Locator up = rubric(page, sppProgramme)
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Move rubric up"));
        up.focus();
        page.keyboard().press("Enter");
        assertThat(status(page, "issue-screen")).hasText("Rubric moved to position 2.");
        assertThat(page.locator("section.rubric h2"))
                .containsText(new String[] {RENAMED_ZH, "可持续公共采购计划最新进展", "合作伙伴最新进展"});
        assertThat(up).isFocused();
        browser.screenshot(page, "edith-rubric-renamed-and-moved");
    }

    private void edithDeletesAnItemAndRemovesItsEmptyRubric(Page page) {
        Locator partnerRubric = rubric(page, partners);
        Locator remove =
                partnerRubric.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Remove rubric"));
        remove.click();
        assertThat(page.locator("issue-screen > .problem[role=alert]"))
                .containsText("The rubric still holds 1 item(s); move or delete them first.");
        assertThat(page.locator("section.rubric")).hasCount(3);
        browser.screenshot(page, "edith-rubric-not-empty");

        String title = SeedIssue2021No4.zh(TCO, "title");
        Locator row = page.locator("li[data-item='" + tco + "']");
        Locator delete = row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Delete"));
        delete.click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        assertThat(dialog).containsText("Delete “" + title + "”?");
        assertThat(dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Cancel")))
                .isFocused();
        page.keyboard().press("Escape");
        assertThat(dialog).hasCount(0);
        assertThat(row).isVisible();
        assertThat(delete).isFocused();

        delete.click();
        browser.screenshot(page, "edith-confirms-the-delete");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Delete the item"))
                .click();
        assertThat(status(page, "issue-screen")).hasText("“" + title + "” deleted.");
        assertThat(row).hasCount(0);
        assertThat(partnerRubric).containsText("No items in this rubric yet.");
        assertEquals(404, Api.as(DemoUser.EDITH).get("/api/v1/items/" + tco).status(), "the item is gone");

        remove.click();
        assertThat(status(page, "issue-screen")).hasText("Rubric removed.");
        assertThat(page.locator("issue-screen > .problem")).hasCount(0);
        assertThat(page.locator("section.rubric")).hasCount(2);
        browser.screenshot(page, "edith-empty-rubric-removed");
    }

    private void edithAssignsTomAndSendsToTranslation(Page page) {
        Locator translators = page.locator("translator-assignment");
        assertThat(translators.locator(".assigned[data-locale=en]")).containsText("No translator assigned");
        translators.getByLabel("Translator into English (user name)").fill("tom");
        translators
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Assign"))
                .click();
        assertThat(translators.getByRole(AriaRole.STATUS)).hasText("tom translates into English.");
        assertThat(translators.locator(".assigned[data-locale=en]")).containsText("Translator: tom");

        rubric(page, onePlanet)
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Rename rubric"))
                .click();
        browser.screenshot(page, "edith-issue-upkeep-controls");
        Accessibility.assertNoSeriousViolations(page, "issue editor with rubric, item and translator controls");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send to translation"))
                .click();
        assertThat(status(page, "issue-screen")).hasText("Sent to translation.");
        assertThat(page.locator("h1 [data-stage]")).hasAttribute("data-stage", "in-translation");
        assertThat(translators.getByLabel("Translator into English (user name)"))
                .hasValue("tom");
    }

    private void tomFindsTheIssueAmongHisTasks(Page page) {
        Locator translations = page.locator("[data-tasks=translations]");
        assertThat(translations.locator("h3")).hasText("待我翻译");
        Locator task = translations.locator("a[href='#/issues/" + issueId + "/translate/en']");
        assertThat(task).containsText("2022年第1期 总第7期");
        browser.screenshot(page, "tom-home-with-his-assignment");
        task.click();
        assertThat(page.getByTestId("locale-state")).containsText("译者：tom");
    }

    private void annaApprovesWithdrawsAndApprovesAgain(Page page) {
        page.navigate(Api.base().resolve("/app/#/issues/" + issueId + "/review").toString());
        Locator stage = page.locator("h1 [data-stage]");
        assertThat(stage).hasText("In review");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve (sign off)"))
                .click();
        assertThat(status(page, "review-screen")).hasText("Approved and signed off.");
        assertThat(stage).hasText("Approved");

        Locator withdraw = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Withdraw approval"));
        withdraw.click();
        assertThat(page.locator("#withdraw-reason-error")).hasText("This action needs a comment that says why.");
        assertThat(page.locator("#withdraw-reason")).hasAttribute("aria-invalid", "true");
        assertThat(stage).hasText("Approved");
        browser.screenshot(page, "anna-withdrawal-needs-a-reason");
        page.getByLabel("Reason (required)").fill("封面日期需再核对。");
        withdraw.click();
        assertThat(status(page, "review-screen")).hasText("Approval withdrawn. The issue is now: In review.");
        String server = workflow().getString("stage");
        assertEquals("in-review", server, "a withdrawn approval returns the issue to review");
        assertThat(stage).hasAttribute("data-stage", server);
        assertThat(page.getByTestId("sign-off")).hasCount(0);
        browser.screenshot(page, "anna-approval-withdrawn");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve (sign off)"))
                .click();
        assertThat(status(page, "review-screen")).hasText("Approved and signed off.");
        assertThat(stage).hasText("Approved");
        assertThat(page.getByTestId("sign-off")).hasCount(1);
    }

    private void annaSchedulesThePublicationThenPublishesAtOnce(Page page) {
        Locator schedule = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Schedule"));
        schedule.click();
        assertThat(page.locator("#publish-at-error")).hasText("Choose the date and time to publish at.");

        LocalDateTime nextWeek = LocalDateTime.now()
                .plusDays(7)
                .withHour(9)
                .withMinute(30)
                .withSecond(0)
                .withNano(0);
        page.getByLabel("Publish at").fill(nextWeek.format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")));
        schedule.click();
        assertThat(status(page, "review-screen")).hasText("Publication scheduled.");
        String publishAt = workflow().getString("publishAt");
        Duration ahead = Duration.between(Instant.now(), Instant.parse(publishAt));
        assertTrue(
                ahead.compareTo(Duration.ofDays(5)) > 0 && ahead.compareTo(Duration.ofDays(9)) < 0,
                () -> "scheduled about a week ahead: " + publishAt);
        Locator scheduled = page.getByTestId("scheduled-publication");
        assertThat(scheduled).containsText("Scheduled for");
        assertThat(scheduled).hasAttribute("data-publish-at", publishAt);
        assertThat(page.locator("h1 [data-stage]")).hasText("Approved");
        browser.screenshot(page, "anna-publication-scheduled");

        page.navigate(Api.base().resolve("/app/#/issues/" + issueId).toString());
        assertThat(page.getByTestId("scheduled-publication")).hasAttribute("data-publish-at", publishAt);
        page.navigate(Api.base().resolve("/app/#/issues/" + issueId + "/review").toString());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish now"))
                .click();
        assertThat(status(page, "review-screen")).hasText("Published.");
        assertThat(page.locator("h1 [data-stage]")).hasText("Published");
        assertThat(page.getByTestId("scheduled-publication")).hasCount(0);
    }

    private void edithStartsACorrection(Page page) {
        page.navigate(Api.base().resolve("/app/#/issues/" + issueId + "/review").toString());
        assertThat(page.locator("h1 [data-stage]")).hasText("Published");
        Locator start = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start a correction"));
        start.click();
        assertThat(page.locator("#correction-note-error")).hasText("This action needs a comment that says why.");
        page.getByLabel("Correction note").fill(CORRECTION);
        start.click();
        assertThat(status(page, "review-screen")).hasText("Correction started: edition 2 is now: Draft.");
        assertThat(page.locator("h1 [data-stage]")).hasText("Draft");
        JsonObject state = workflow();
        assertEquals(2, state.getInt("edition"));
        assertEquals(CORRECTION, state.getString("correctionNote"));
        browser.screenshot(page, "edith-correction-started");
    }

    private void annaUnpublishesAnotherIssue(Page page) {
        String other = publishAnotherIssueOverApi();
        String delivered = "/api/delivery/v1/publications/" + slug + "/issues/2022/2";
        assertEquals(200, Api.anonymous().get(delivered).status(), "front ends see the issue");

        page.navigate(Api.base().resolve("/app/#/issues/" + other + "/review").toString());
        // The screen before showed the first issue, published when anna last looked: wait for the other one.
        assertThat(page.locator("h1")).containsText("2022 No. 2");
        assertThat(page.locator("h1 [data-stage]")).hasText("Published");
        Locator unpublish = page.getByRole(
                AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Unpublish").setExact(true));
        unpublish.click();
        assertThat(page.locator("#unpublish-reason-error")).hasText("This action needs a comment that says why.");
        assertEquals(200, Api.anonymous().get(delivered).status(), "refused: still delivered");
        page.getByLabel("Reason (required, kept internal)").fill("应合作伙伴要求撤下本期。");
        unpublish.click();
        assertThat(status(page, "review-screen")).hasText("Unpublished. The issue is now: Draft.");
        assertThat(page.locator("h1 [data-stage]")).hasText("Draft");
        assertEquals(404, Api.anonymous().get(delivered).status(), "front ends no longer see it");
        browser.screenshot(page, "anna-unpublished");
    }

    // --- the API, for what the walk does not type ---

    /** Issue 2022 No. 2 with one item, translated, approved by anna and published by edith. */
    private String publishAnotherIssueOverApi() {
        JsonObject issue = Editorial.draftIssue(DemoUser.EDITH, publication, 2022, 2, 8);
        String id = issue.getString("id");
        String rubric = Editorial.addRubric(DemoUser.EDITH, issue, "合作伙伴最新进展", "Partner updates")
                .getString("id");
        String item = SeedContentOverApi.addSample(id, rubric, TCO);
        SeedContentOverApi.take(DemoUser.EDITH, id, "send-to-translation");
        SeedContentOverApi.translate(item, SeedIssue2021No4.english(TCO));
        SeedContentOverApi.markEnglishDone(id);
        SeedContentOverApi.take(DemoUser.EDITH, id, "submit-for-review");
        SeedContentOverApi.take(DemoUser.ANNA, id, "approve");
        SeedContentOverApi.take(DemoUser.EDITH, id, "publish");
        return id;
    }

    private void draftAnIssueOverApi() {
        publication = Editorial.startPublication(DemoUser.EDITH);
        slug = publication.getString("slug");
        JsonObject issue = Editorial.draftIssue(DemoUser.EDITH, publication, 2022, 1, 7);
        issueId = issue.getString("id");
        onePlanet = Editorial.addRubric(DemoUser.EDITH, issue, "同一个地球网络最新进展", "One Planet Network updates")
                .getString("id");
        partners = Editorial.addRubric(DemoUser.EDITH, issue, "合作伙伴最新进展", "Partner updates")
                .getString("id");
        sppProgramme = Editorial.addRubric(DemoUser.EDITH, issue, "可持续公共采购计划最新进展", "SPP Programme updates")
                .getString("id");
        ndcs = SeedContentOverApi.addSample(issueId, onePlanet, NDCS);
        tco = SeedContentOverApi.addSample(issueId, partners, TCO);
    }

    private void translateAndSubmitForReviewOverApi() {
        SeedContentOverApi.translate(ndcs, SeedIssue2021No4.english(NDCS));
        SeedContentOverApi.take(DemoUser.EDITH, issueId, "submit-for-review");
    }

    private JsonObject workflow() {
        return Api.as(DemoUser.EDITH)
                .get("/api/v1/issues/" + issueId + "/workflow")
                .json();
    }

    private static Locator rubric(Page page, String rubricId) {
        return page.locator("section.rubric[data-rubric='" + rubricId + "']");
    }

    /** The screen's own confirmation, not one of a component inside it. */
    private static Locator status(Page page, String screen) {
        return page.locator(screen + " > .status-note");
    }
}
