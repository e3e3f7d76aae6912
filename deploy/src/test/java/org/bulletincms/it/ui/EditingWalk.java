package org.bulletincms.it.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Keyboard;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.options.AriaRole;
import jakarta.json.Json;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;
import org.bulletincms.it.Api;
import org.bulletincms.it.DemoUser;

/**
 * Edith formats a news story's body with the rich-text editor (bold by keyboard, a bulleted list and a link from
 * the toolbar, a refused link address first) and the server stores exactly that markup. She compares the first
 * revision with the current one and restores it. Anna, an approver, sees the same item read-only, with its
 * history but no restore. Then edith's browser jumps past the access token's lifetime (a fake clock installed
 * before she signed in): the editor renews the token silently, her next save goes out with the new token, and
 * she never sees the login page.
 */
final class EditingWalk {

    private static final String SAMPLE = "news/2021-4-circular-economy-ndcs";
    /** accessTokenLifespan of deploy/keycloak/cms-realm.json, in seconds, and a little more. */
    private static final String PAST_THE_TOKEN_LIFETIME = "05:10";

    private static final String FORMATTED_BODY = "<p>各国<strong>加强</strong>国家自主贡献。</p>"
            + "<ul><li>资源效率</li><li>可持续消费</li></ul>"
            + "<p>详见<a href=\"https://www.oneplanetnetwork.org/\" rel=\"nofollow noopener noreferrer\">同一个地球网络</a>。</p>";

    private final Browser browser;
    private String issueId;
    private String itemId;
    /** Edith's latest call of the management API. */
    private Request lastApiRequest;

    EditingWalk(Browser browser) {
        this.browser = browser;
    }

    void walk() {
        draftANewsStoryOverApi();
        Page edith = browser.signIn(
                DemoUser.EDITH, "en-GB", context -> context.clock().install());
        edith.onRequest(request -> {
            if (request.url().contains("/api/v1/")) {
                lastApiRequest = request;
            }
        });
        edithFormatsTheBody(edith);
        edithComparesAndRestoresTheFirstRevision(edith);

        Page anna = browser.signIn(DemoUser.ANNA, "en-GB");
        annaReadsTheItemWithoutChangingIt(anna);

        edithKeepsWorkingPastTheTokenLifetime(edith);
    }

    private void edithFormatsTheBody(Page page) {
        openItem(page);
        Locator body = page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName(Pattern.compile("^Body")));
        assertThat(body).hasAttribute("lang", "zh-CN");
        assertThat(body).hasAttribute("aria-invalid", "false");
        assertThat(body).hasAttribute("aria-multiline", "true");
        assertThat(body).isEditable();
        assertThat(body).containsText(SeedIssue2021No4.zh(SAMPLE, "body").substring(3, 20));
        Locator toolbar = page.getByRole(
                AriaRole.TOOLBAR, new Page.GetByRoleOptions().setName(Pattern.compile("^Formatting of Body")));
        Locator bold = toolbar.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Bold"));
        Keyboard keys = page.keyboard();

        body.click();
        keys.press("ControlOrMeta+A");
        keys.press("Delete");
        keys.insertText("各国");
        keys.press("ControlOrMeta+B");
        assertThat(bold).hasAttribute("aria-pressed", "true");
        keys.insertText("加强");
        keys.press("ControlOrMeta+B");
        keys.insertText("国家自主贡献。");
        keys.press("Enter");
        toolbar.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Bulleted list"))
                .click();
        assertThat(body.locator("ul > li")).hasCount(1);
        keys.insertText("资源效率");
        keys.press("Enter");
        keys.insertText("可持续消费");
        keys.press("Enter");
        keys.press("Enter");
        keys.insertText("详见同一个地球网络");
        for (int i = 0; i < "同一个地球网络".length(); i++) {
            keys.press("Shift+ArrowLeft");
        }
        toolbar.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Link"))
                .click();
        Locator address = page.getByLabel("Link address");
        assertThat(address).isFocused();
        address.fill("www.oneplanetnetwork.org");
        address.press("Enter");
        assertThat(address).hasAttribute("aria-invalid", "true");
        assertThat(page.locator(".rich-text-link .field-error")).containsText("Only full http://, https:// or mailto:");
        browser.screenshot(page, "edith-rich-text-link-refused");
        Accessibility.assertNoSeriousViolations(page, "item form with the rich-text editor and its link form");
        address.fill("https://www.oneplanetnetwork.org/");
        address.press("Enter");
        assertThat(address).hasCount(0);
        assertThat(body).isFocused();
        keys.press("End");
        keys.insertText("。");
        assertThat(body.locator("a[href='https://www.oneplanetnetwork.org/']")).hasText("同一个地球网络");
        assertThat(body.locator("strong")).hasText("加强");

        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Save").setExact(true))
                .click();
        assertThat(page.locator("item-screen > .status-note")).hasText("Saved.");
        assertEquals(FORMATTED_BODY, zhBody(), "the body as formatted, in the markup the server keeps");
        assertThat(body.locator("ul > li")).hasCount(2);
        browser.screenshot(page, "edith-rich-text-formatted");
    }

    private void edithComparesAndRestoresTheFirstRevision(Page page) {
        Locator history = page.locator("item-history");
        Locator rows = history.locator("table.revisions tbody tr");
        assertThat(rows).hasCount(2);
        assertThat(rows.nth(0)).containsText("No. 2 (current)");
        assertThat(rows.nth(0)).containsText("Edited");
        assertThat(rows.nth(0)).containsText("edith");
        assertThat(rows.nth(1)).containsText("Created");
        Locator first = history.locator("tr[data-revision='1']");
        first.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Compare with current"))
                .click();

        Locator diff = page.getByTestId("revision-diff");
        assertThat(diff.locator("h3")).hasText("Changes from No. 1 to No. 2 (current)");
        assertThat(diff.locator("h3")).isFocused();
        Locator bodyChange = diff.locator("tr[data-pointer='/localized/zh-CN/body']");
        assertThat(bodyChange.locator("th")).hasText("Body (zh-CN)");
        assertThat(bodyChange).containsText("Changed");
        assertThat(bodyChange.locator("td").nth(1)).containsText("在第26届联合国气候变化大会期间");
        assertThat(bodyChange.locator("td").nth(2)).containsText("各国加强国家自主贡献。");
        assertThat(diff.locator("tbody tr")).hasCount(1);
        browser.screenshot(page, "edith-compares-revisions");
        Accessibility.assertNoSeriousViolations(page, "item history with a comparison");

        first.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Restore"))
                .click();
        assertThat(page.locator("item-screen > .status-note"))
                .hasText("No. 1 restored: its content is the item's content again.");
        assertThat(rows).hasCount(3);
        assertThat(rows.nth(0)).containsText("No. 3 (current)");
        assertThat(rows.nth(0)).containsText("Restored");
        assertThat(diff).hasCount(0);
        Locator body = page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName(Pattern.compile("^Body")));
        assertThat(body).containsText("在第26届联合国气候变化大会期间");
        assertThat(body.locator("ul")).hasCount(0);
        assertEquals(SeedIssue2021No4.zh(SAMPLE, "body"), zhBody(), "the first revision's body again");
        browser.screenshot(page, "edith-restored-the-first-revision");
    }

    private void annaReadsTheItemWithoutChangingIt(Page page) {
        openItem(page);
        Locator body = page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName(Pattern.compile("^Body")));
        assertThat(body).hasAttribute("aria-readonly", "true");
        assertThat(body).not().isEditable();
        assertThat(body).containsText("在第26届联合国气候变化大会期间");
        assertThat(page.getByRole(AriaRole.TOOLBAR)).hasCount(0);
        Locator history = page.locator("item-history");
        assertThat(history.locator("table.revisions tbody tr")).hasCount(3);
        assertThat(history.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Compare with current")))
                .hasCount(2);
        assertThat(history.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Restore")))
                .hasCount(0);
        browser.screenshot(page, "anna-reads-an-item-and-its-history");
        Accessibility.assertNoSeriousViolations(page, "read-only item with its history");
    }

    private void edithKeepsWorkingPastTheTokenLifetime(Page page) {
        Locator title = page.getByLabel(Pattern.compile("^Title"));
        assertThat(title).hasValue(SeedIssue2021No4.zh(SAMPLE, "title"));
        String before = bearerOf(lastApiRequest);

        // The token timer fires at once; keycloak-js renews with the refresh token, no page is loaded.
        Request renewal = page.waitForRequest(
                EditingWalk::isTokenRenewal, () -> page.clock().fastForward(PAST_THE_TOKEN_LIFETIME));
        assertTrue(renewal.postData().contains("grant_type=refresh_token"), renewal::postData);

        String renamed = SeedIssue2021No4.zh(SAMPLE, "title") + "（续）";
        title.fill(renamed);
        Request save = page.waitForRequest(
                request -> "PUT".equals(request.method()) && request.url().endsWith("/api/v1/items/" + itemId),
                () -> page.getByRole(
                                AriaRole.BUTTON,
                                new Page.GetByRoleOptions().setName("Save").setExact(true))
                        .click());
        assertThat(page.locator("item-screen > .status-note")).hasText("Saved.");
        String after = bearerOf(save);
        assertNotEquals(before, after, "the save went out with a renewed token");
        assertTrue(issuedAt(after) > issuedAt(before), "the renewed token was issued after the first one");
        assertThat(page.locator("#kc-login")).hasCount(0);
        assertThat(page.getByTestId("signed-in-user")).isVisible();
        assertTrue(page.url().startsWith(Api.base().resolve("/app/").toString()), page.url());
        assertEquals(
                renamed,
                Api.as(DemoUser.EDITH)
                        .get("/api/v1/items/" + itemId)
                        .json()
                        .getJsonObject("content")
                        .getJsonObject("localized")
                        .getJsonObject("zh-CN")
                        .getString("title"));
        browser.screenshot(page, "edith-saved-past-the-token-lifetime");
    }

    private void openItem(Page page) {
        page.navigate(Api.base()
                .resolve("/app/#/issues/" + issueId + "/items/" + itemId)
                .toString());
        assertThat(page.locator("h1")).containsText(SeedIssue2021No4.zh(SAMPLE, "title"));
    }

    private static boolean isTokenRenewal(Request request) {
        return "POST".equals(request.method()) && request.url().endsWith("/protocol/openid-connect/token");
    }

    private static String bearerOf(Request request) {
        String authorization = Optional.ofNullable(request.allHeaders().get("authorization"))
                .orElseThrow(() -> new AssertionError("no Authorization header on " + request.url()));
        assertTrue(authorization.startsWith("Bearer "), authorization);
        return authorization.substring("Bearer ".length());
    }

    /** The token's iat claim; its signature is the server's business. */
    private static long issuedAt(String jwt) {
        String claims = new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
        return Json.createReader(new StringReader(claims))
                .readObject()
                .getJsonNumber("iat")
                .longValue();
    }

    private String zhBody() {
        return Api.as(DemoUser.EDITH)
                .get("/api/v1/items/" + itemId)
                .json()
                .getJsonObject("content")
                .getJsonObject("localized")
                .getJsonObject("zh-CN")
                .getString("body");
    }

    private void draftANewsStoryOverApi() {
        SeedContentOverApi.DraftedItem drafted =
                SeedContentOverApi.draftOneItem(2021, 4, 6, "同一个地球网络最新进展", "One Planet Network updates", SAMPLE);
        issueId = drafted.issueId();
        itemId = drafted.itemId();
    }
}
