package org.bulletincms.it.ui;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.bulletincms.it.Api;
import org.bulletincms.it.DemoUser;

/**
 * Debian's headless Chromium driven by Playwright (whose own browser download is switched off by the build),
 * one browser context per signed-in user, and a numbered screenshot of every step under
 * {@code deploy/target/screenshots/}.
 */
public final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getProperty("bulletin.it.chromium", "/usr/bin/chromium"));
    static final Path SCREENSHOTS = Path.of("target/screenshots");

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser chromium;
    /** Screenshots are numbered across the test class, whose walks each open a browser of their own. */
    private static int shots;

    private static boolean cleared;

    public Browser() {
        playwright = Playwright.create();
        chromium = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(CHROMIUM)
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-quic",
                                "--no-first-run",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync")));
        if (cleared) {
            return;
        }
        cleared = true;
        try {
            Files.createDirectories(SCREENSHOTS);
            // A run without clean must not leave an earlier run's numbered steps beside this one's.
            try (var old = Files.newDirectoryStream(SCREENSHOTS, "*.png")) {
                for (Path shot : old) {
                    Files.delete(shot);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A fresh page of nobody signed in, with the page's content security policy switched off: for trying one of
     * the UI's modules by itself with markup the policy would otherwise stop before the module is put to the test.
     */
    Page withoutContentSecurityPolicy() {
        BrowserContext context = chromium.newContext(new NewContextOptions().setBypassCSP(true));
        context.setDefaultTimeout(30_000);
        return context.newPage();
    }

    /**
     * A fresh browser (no cookies) whose language is {@code locale}, signed in as {@code user} through the
     * real Keycloak login page the editorial UI redirects to.
     */
    Page signIn(DemoUser user, String locale) {
        return signIn(user, locale, context -> {});
    }

    /**
     * As {@link #signIn(DemoUser, String)}, with the fresh context prepared before the first page loads: a
     * fake clock installed there (context.clock().install()) governs every page of the sign-in and after.
     */
    Page signIn(DemoUser user, String locale, Consumer<BrowserContext> beforeFirstPage) {
        BrowserContext context =
                chromium.newContext(new NewContextOptions().setLocale(locale).setViewportSize(1280, 900));
        context.setDefaultTimeout(30_000);
        beforeFirstPage.accept(context);
        Page page = context.newPage();
        page.navigate(Api.base().resolve("/app/").toString());
        page.locator("#username").fill(user.username());
        page.locator("#password").fill(user.username());
        page.locator("#kc-login").click();
        page.getByTestId("signed-in-user").waitFor();
        return page;
    }

    /**
     * A fresh browser (no cookies) whose language is {@code locale}, prepared by {@code beforeFirstPage} (routes, a
     * clock), on the editorial UI's first page, not signed in.
     */
    Page open(String locale, Consumer<BrowserContext> beforeFirstPage) {
        BrowserContext context =
                chromium.newContext(new NewContextOptions().setLocale(locale).setViewportSize(1280, 900));
        context.setDefaultTimeout(30_000);
        beforeFirstPage.accept(context);
        Page page = context.newPage();
        page.navigate(Api.base().resolve("/app/").toString());
        return page;
    }

    /**
     * A fresh browser of nobody signed in, in a phone's viewport (a 390 × 844 CSS-pixel screen) and the given
     * language, on a page that is not the editorial UI (a reader's page of the delivery API).
     */
    public Page read(java.net.URI address, String locale) {
        BrowserContext context = chromium.newContext(new NewContextOptions()
                .setLocale(locale)
                .setViewportSize(390, 844)
                .setDeviceScaleFactor(2)
                .setIsMobile(true));
        context.setDefaultTimeout(30_000);
        Page page = context.newPage();
        page.navigate(address.toString());
        return page;
    }

    /**
     * A fresh browser in a phone's viewport showing the given HTML as a mail client does: from no address, so with
     * none of the content security policy the product sends (which, rightly for a web page, refuses inline styles).
     */
    public Page show(String html, String locale) {
        BrowserContext context = chromium.newContext(new NewContextOptions()
                .setLocale(locale)
                .setViewportSize(390, 844)
                .setDeviceScaleFactor(2)
                .setIsMobile(true));
        context.setDefaultTimeout(30_000);
        Page page = context.newPage();
        page.setContent(html);
        return page;
    }

    /** Saves what the page shows now as {@code NN-name.png}. */
    public void screenshot(Page page, String name) {
        shots++;
        page.screenshot(new Page.ScreenshotOptions()
                .setFullPage(true)
                .setPath(SCREENSHOTS.resolve(String.format("%02d-%s.png", shots, name))));
    }

    /** Saves what one part of the page shows now, for screens too long to read as a whole. */
    void screenshot(com.microsoft.playwright.Locator part, String name) {
        shots++;
        part.screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve(String.format("%02d-%s.png", shots, name))));
    }

    @Override
    public void close() {
        chromium.close();
        playwright.close();
    }
}
