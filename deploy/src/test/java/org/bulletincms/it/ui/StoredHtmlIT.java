package org.bulletincms.it.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Page;
import java.util.List;
import org.bulletincms.it.Api;
import org.bulletincms.it.BulletinDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The rich-text editor reads stored HTML through {@code app/js/inert-html.js}: nothing in the markup runs. Tried in
 * Chromium on the deployed module with the markup handed to it directly (the server's sanitizer would strip it
 * before it could be stored), next to a control that parses the same markup the way the editor used to, which does
 * run, so the test can tell. Only in the H2 run, like the other browser tests; no sign-in needed.
 */
@ExtendWith(ArquillianExtension.class)
@EnabledIfSystemProperty(named = "bulletin.it.database", matches = "h2")
class StoredHtmlIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return BulletinDeployment.forTests();
    }

    @Test
    void storedHtmlWithAnEventHandlerIsParsedWithoutRunningIt() {
        try (Browser browser = new Browser()) {
            Page page = browser.withoutContentSecurityPolicy();
            page.navigate(Api.base().resolve("/").toString());

            Object text = page.evaluate("""
                    async () => {
                      window.ran = [];
                      const { inertBody } = await import('/app/js/inert-html.js');
                      const body = inertBody('<p>Hello <img src="/missing-image-inert.png" '
                          + 'onerror="window.ran.push(\\'inert\\')"><script>window.ran.push(\\'script\\')</script></p>');
                      const control = document.createElement('div');
                      control.innerHTML = '<img src="/missing-image-live.png" onerror="window.ran.push(\\'live\\')">';
                      return body.querySelector('p').firstChild.textContent;
                    }""");
            // The control's handler runs once its image fails; the inert image never even loads.
            page.waitForFunction("() => window.ran.includes('live')");

            assertEquals("Hello ", text, "the markup is parsed");
            assertEquals(List.of("live"), page.evaluate("() => window.ran"));
        }
    }
}
