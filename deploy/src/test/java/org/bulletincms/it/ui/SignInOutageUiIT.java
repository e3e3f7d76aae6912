package org.bulletincms.it.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import org.bulletincms.it.BulletinDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The editorial UI while its sign-in service does not answer: it says so, counts down to the next attempt instead of
 * sending the browser to a dead sign-in page, and goes on to sign in once the service answers. The browser is told
 * (through a replaced {@code /ui-config.json}) to sign in at {@code sign-in.test}, whose every request the test
 * answers: refused as by a stopped Keycloak, then served. So no Keycloak is stopped and no sign-in is needed.
 */
@ExtendWith(ArquillianExtension.class)
@EnabledIfSystemProperty(named = "bulletin.it.database", matches = "h2")
class SignInOutageUiIT {

    /**
     * The test Keycloak's origin, which the pages' Content-Security-Policy allows to be reached; in this browser
     * context every request to it is answered by the test instead ({@link #signInAt}).
     */
    private static final String SIGN_IN_SERVICE = "http://localhost:" + Integer.getInteger("keycloak.port", 18180);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return BulletinDeployment.forTests();
    }

    private final AtomicBoolean keycloakUp = new AtomicBoolean(false);
    private final List<String> signInRequests = new CopyOnWriteArrayList<>();
    private Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = new Browser();
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void whileKeycloakDoesNotAnswerTheUiSaysSoAndSignsInOnceItAnswers() {
        Page page = browser.open("en-GB", this::signInAt);

        Locator outage = page.getByTestId("sign-in-unavailable");
        outage.waitFor();
        assertThat(outage).containsText("The sign-in service is unavailable");
        assertThat(outage).containsText(Pattern.compile("Trying again in \\d+ s"));
        assertThat(outage).hasAttribute("role", "alert");
        browser.screenshot(page, "sign-in-service-unavailable");
        assertTrue(
                signInRequests.stream().noneMatch(url -> url.contains("/protocol/openid-connect/auth")),
                "the browser was never sent to the dead sign-in page: " + signInRequests);

        keycloakUp.set(true);
        outage.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Try now"))
                .click();

        page.waitForURL(Pattern.compile(Pattern.quote(SIGN_IN_SERVICE) + "/realms/cms/protocol/openid-connect/auth.*"));
        assertThat(page.locator("h1")).hasText("Sign in");
    }

    @Test
    void theOutageIsExplainedInChinese() {
        Page page = browser.open("zh-CN", this::signInAt);

        Locator outage = page.getByTestId("sign-in-unavailable");
        outage.waitFor();
        assertThat(outage).containsText("登录服务暂时不可用");
        assertThat(outage).containsText(Pattern.compile("\\d+ 秒后重试"));
        assertEquals("立即重试", outage.locator("button").textContent().trim());
        browser.screenshot(page, "sign-in-service-unavailable-zh");
    }

    /** The server's sign-in settings name the test's sign-in service, which answers only while "up". */
    private void signInAt(BrowserContext context) {
        context.route(
                "**/ui-config.json",
                route -> route.fulfill(new Route.FulfillOptions()
                        .setStatus(200)
                        .setContentType("application/json")
                        .setBody("{\"keycloak\":{\"url\":\"" + SIGN_IN_SERVICE
                                + "\",\"realm\":\"cms\",\"clientId\":\"cms-ui\"}}")));
        context.route(SIGN_IN_SERVICE + "/**", route -> {
            signInRequests.add(route.request().url());
            if (!keycloakUp.get()) {
                route.abort("connectionrefused");
            } else if (route.request().url().contains("/.well-known/openid-configuration")) {
                route.fulfill(new Route.FulfillOptions()
                        .setStatus(200)
                        .setContentType("application/json")
                        .setBody("{}"));
            } else {
                route.fulfill(
                        new Route.FulfillOptions()
                                .setStatus(200)
                                .setContentType("text/html")
                                .setBody(
                                        "<!DOCTYPE html><html><head><title>Sign in</title></head><body><h1>Sign in</h1></body></html>"));
            }
        });
    }
}
