package org.bulletincms.it.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import jakarta.json.JsonString;
import java.util.List;
import java.util.Set;
import org.bulletincms.it.Api;
import org.bulletincms.it.DemoUser;

/**
 * The action buttons a screen shows ({@code button[data-action]}) against the {@code allowedActions} the server
 * gives the same user for the same issue: the editorial UI shows exactly what is listed, and keeps no rules of its
 * own.
 */
final class AllowedButtons {

    /** The workflow moves the issue screen offers. */
    static final Set<String> ON_THE_ISSUE_SCREEN = Set.of("send-to-translation", "submit-for-review");

    /** The workflow moves the review screen offers. */
    static final Set<String> ON_THE_REVIEW_SCREEN = Set.of(
            "reject",
            "approve",
            "withdraw-approval",
            "publish",
            "schedule-publication",
            "start-correction",
            "unpublish");

    /** The translation screen's action (marking the locale done). */
    static final Set<String> ON_THE_TRANSLATION_SCREEN = Set.of("translate");

    private AllowedButtons() {}

    /**
     * Asserts that the page, already showing its screen, has a button for each action of {@code onThisScreen} that
     * the server allows {@code user} now, and for no other.
     */
    static void assertExactlyTheAllowed(Page page, DemoUser user, String issueId, Set<String> onThisScreen) {
        List<String> allowed =
                Api.as(user).get("/api/v1/issues/" + issueId).json().getJsonArray("allowedActions").stream()
                        .map(code -> ((JsonString) code).getString())
                        .filter(onThisScreen::contains)
                        .sorted()
                        .toList();
        Locator buttons = page.locator("button[data-action]");
        assertThat(buttons).hasCount(allowed.size());
        List<String> shown = buttons.all().stream()
                .map(button -> button.getAttribute("data-action"))
                .sorted()
                .toList();
        assertEquals(allowed, shown, user.username() + " sees a button for each action allowedActions lists");
    }
}
