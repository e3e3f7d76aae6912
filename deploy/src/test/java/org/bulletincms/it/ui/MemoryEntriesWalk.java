package org.bulletincms.it.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.util.UUID;
import java.util.regex.Pattern;
import org.bulletincms.it.Api;
import org.bulletincms.it.DemoUser;
import org.bulletincms.it.Editorial;

/**
 * An editor keeps the translation memory right where it is offered (issue 18). An agency's TMX file brought in
 * over the API has two translations for the TCO announcement's title: one of exactly its source, with a wrong
 * English, and one of a near source. Tom, the translator, sees both matches and no way to change them; edith sees
 * "Correct" and "Delete" beside each: an empty correction is refused with the server's problem shown at the form,
 * her correction is offered at once, and the near entry, deleted after the confirm dialog, is offered no more. The
 * memory is read again over the API. The title is made unique to this run (the memory is shared by every walk), and
 * short enough (at most 20 characters) that a near match is found by its length alone.
 */
final class MemoryEntriesWalk {

    private static final String TCO = "announcement/2021-4-tco-certified";
    private static final String WRONG = "Swedish TCO certificate, new plan";
    private static final String CORRECTED = "TCO Certified: a new generation";
    private static final String NEAR_TARGET = "TCO Certified: an old plan";

    private final Browser browser;
    private final String title;
    private final String nearTitle;
    private String issueId;
    private String tco;

    MemoryEntriesWalk(Browser browser) {
        this.browser = browser;
        String run = UUID.randomUUID().toString().substring(0, 6);
        this.title = "瑞典TCO认证新计划" + run;
        this.nearTitle = "瑞典TCO认证旧计划" + run;
    }

    void walk() {
        issueInTranslationOverApi();
        agencysMemoryOverApi();
        tomSeesTheMatchesButCannotChangeThem(browser.signIn(DemoUser.TOM, "zh-CN"));
        Page edith = browser.signIn(DemoUser.EDITH, "en-GB");
        Locator titleMatches = openTitleMatches(edith);
        String exact = entryOf(titleMatches, "100");
        String near = entryOf(titleMatches, "93");
        edithCorrectsTheExactEntry(edith, titleMatches);
        edithDeletesTheNearEntry(edith, titleMatches);
        theMemoryChanged(exact, near);
    }

    private void issueInTranslationOverApi() {
        JsonObject publication = Editorial.startPublication(DemoUser.EDITH);
        JsonObject issue = Editorial.draftIssue(DemoUser.EDITH, publication, 2021, 4, 6);
        JsonObject rubric = Editorial.addRubric(DemoUser.EDITH, issue, "合作伙伴最新进展", "Partner updates");
        issueId = issue.getString("id");
        JsonObject source = SeedIssue2021No4.chineseSource(TCO);
        JsonObject zh = source.getJsonObject("localized").getJsonObject("zh-CN");
        JsonObject content = Json.createObjectBuilder(source)
                .add(
                        "localized",
                        Json.createObjectBuilder()
                                .add("zh-CN", Json.createObjectBuilder(zh).add("title", title)))
                .build();
        Api.Reply added =
                Editorial.addItem(DemoUser.EDITH, issueId, rubric.getString("id"), SeedIssue2021No4.type(TCO), content);
        assertEquals(201, added.status(), added::toString);
        tco = added.json().getString("id");
        SeedContentOverApi.take(DemoUser.EDITH, issueId, "send-to-translation");
    }

    private void agencysMemoryOverApi() {
        String tmx = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\"><header creationtool=\"agency\""
                + " creationtoolversion=\"1\" segtype=\"paragraph\" o-tmf=\"none\" adminlang=\"en\""
                + " srclang=\"zh-CN\" datatype=\"plaintext\"/><body>"
                + unit("exact", title, WRONG)
                + unit("near", nearTitle, NEAR_TARGET)
                + "</body></tmx>";
        Api.Reply reply = Api.as(DemoUser.EDITH)
                .send(
                        "PUT",
                        "/api/v1/translation-memory/tmx/zh-CN/en",
                        HttpRequest.BodyPublishers.ofString(tmx),
                        "application/x-tmx+xml");
        assertEquals(200, reply.status(), reply::toString);
        assertEquals(2, reply.json().getInt("applied"), reply::toString);
    }

    private static String unit(String id, String zh, String en) {
        return "<tu tuid=\"" + id + "\"><tuv xml:lang=\"zh-CN\"><seg>" + zh + "</seg></tuv><tuv xml:lang=\"en\"><seg>"
                + en + "</seg></tuv></tu>";
    }

    private void tomSeesTheMatchesButCannotChangeThem(Page page) {
        Locator titleMatches = openTitleMatches(page);
        assertThat(titleMatches.locator(".memory-match.exact")).containsText(WRONG);
        assertThat(titleMatches.locator(".memory-match.near")).containsText(NEAR_TARGET);
        assertThat(page.locator("[data-memory-action]")).hasCount(0);
        AllowedButtons.assertExactlyTheAllowed(page, DemoUser.TOM, issueId, AllowedButtons.ON_THE_TRANSLATION_SCREEN);
    }

    private Locator openTitleMatches(Page page) {
        page.navigate(
                Api.base().resolve("/app/#/issues/" + issueId + "/translate/en").toString());
        Locator titleMatches =
                page.locator("article[data-item='" + tco + "'] .memory-matches[data-unit='item:" + tco + ":title']");
        assertThat(titleMatches.locator(".memory-match")).hasCount(2);
        return titleMatches;
    }

    private static String entryOf(Locator matches, String similarity) {
        return matches.locator(".memory-match[data-similarity='" + similarity + "']")
                .getAttribute("data-entry");
    }

    private void edithCorrectsTheExactEntry(Page page, Locator titleMatches) {
        Locator exact = titleMatches.locator(".memory-match.exact");
        assertThat(exact).containsText(WRONG);
        exact.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(Pattern.compile("^Correct")))
                .click();
        Locator correction = exact.getByLabel("Corrected translation");
        assertThat(correction).hasValue(WRONG);

        correction.fill("");
        exact.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save correction"))
                .click();
        // refused by the server (problem+json, 422) and shown at the form, as every form shows it
        assertThat(exact.locator(".problem[role=alert]")).containsText("“target” must not be blank");
        browser.screenshot(exact, "edith-correction-refused");

        correction.fill(CORRECTED);
        Accessibility.assertNoSeriousViolations(page, "translation view with a memory entry being corrected");
        exact.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save correction"))
                .click();
        assertThat(page.locator("p.status-note[role=status]").first()).containsText("corrected");
        assertThat(titleMatches.locator(".memory-match.exact .match-target")).hasText(CORRECTED);
        assertThat(titleMatches.getByLabel("Corrected translation")).hasCount(0);
        browser.screenshot(titleMatches, "edith-corrected-a-memory-entry");
    }

    private void edithDeletesTheNearEntry(Page page, Locator titleMatches) {
        Locator near = titleMatches.locator(".memory-match.near");
        near.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(Pattern.compile("^Delete from memory")))
                .click();
        Locator dialog = page.locator("dialog.confirm");
        assertThat(dialog).isVisible();
        assertThat(dialog).containsText(NEAR_TARGET);
        browser.screenshot(dialog, "edith-asked-before-deleting-a-memory-entry");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Delete entry"))
                .click();
        assertThat(page.locator("p.status-note[role=status]").first()).containsText("deleted");
        assertThat(titleMatches.locator(".memory-match")).hasCount(1);
        assertThat(titleMatches.locator(".memory-match.near")).hasCount(0);
        Accessibility.assertNoSeriousViolations(page, "translation view after a memory entry was deleted");
    }

    private void theMemoryChanged(String exact, String near) {
        Api.Reply corrected = Api.as(DemoUser.EDITH).get("/api/v1/translation-memory/entries/" + exact);
        assertEquals(200, corrected.status(), corrected::toString);
        assertEquals(CORRECTED, corrected.json().getString("target"), corrected::toString);
        Api.Reply deleted = Api.as(DemoUser.EDITH).get("/api/v1/translation-memory/entries/" + near);
        assertEquals(404, deleted.status(), deleted::toString);
    }
}
