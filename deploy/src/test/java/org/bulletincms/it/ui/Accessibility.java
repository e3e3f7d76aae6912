package org.bulletincms.it.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** axe-core (from its WebJar on the test class path) run in the page; serious and critical violations fail. */
public final class Accessibility {

    private static final String AXE = "META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";

    private Accessibility() {}

    public static void assertNoSeriousViolations(Page page, String screen) {
        if (!(Boolean) page.evaluate("() => typeof window.axe !== 'undefined'")) {
            // Evaluated, not added as a <script>: the UI's content security policy refuses inline scripts.
            page.evaluate("() => {\n" + axeSource() + "\n}");
        }
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> serious = (List<Map<String, Object>>) page.evaluate("""
                async () => {
                  const result = await axe.run(document, { resultTypes: ['violations'] });
                  return result.violations
                    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
                    .map((v) => ({ id: v.id, impact: v.impact, help: v.help,
                                   targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')).join(' | ') }));
                }""");
        assertEquals(
                List.of(),
                serious,
                () -> screen + " has serious accessibility violations:\n"
                        + serious.stream()
                                .map(v -> v.get("impact") + " " + v.get("id") + ": " + v.get("help") + " at "
                                        + v.get("targets"))
                                .collect(Collectors.joining("\n")));
    }

    private static String axeSource() {
        try (InputStream in = Accessibility.class.getClassLoader().getResourceAsStream(AXE)) {
            if (in == null) {
                throw new IllegalStateException(AXE + " is not on the test class path (org.webjars.npm:axe-core)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
