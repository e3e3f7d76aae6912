package org.bulletincms.sectiontype;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.bulletincms.spi.ItemContent;
import org.bulletincms.spi.ItemView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EscapingHtmlSinkTest {

    private final EscapingHtmlSink sink = new EscapingHtmlSink(new RichTextSanitizer());

    @Test
    void escapesText() {
        sink.element("p", "<script>alert('x') & \"y\"</script>");

        assertEquals("<p>&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;</p>", sink.html());
    }

    @Test
    void closesABidiOverrideAtTheEndOfItsText() {
        sink.element("h3", "\u202Eexe.txt").element("p", "after");

        assertEquals("<h3>\u202Eexe.txt\u202C</h3><p>after</p>", sink.html());
    }

    @Test
    void closesNestedEmbeddingsAndIsolatesInnermostFirst() {
        sink.text("\u202Ba\u2067b\u202Dc");

        assertEquals("\u202Ba\u2067b\u202Dc\u202C\u2069\u202C", sink.html());
    }

    @Test
    void dropsAClosingBidiControlWithoutItsOpening() {
        sink.text("a\u202Cb\u2069c");

        assertEquals("abc", sink.html());
    }

    @Test
    void keepsBalancedBidiControlsAsWritten() {
        sink.text("\u2067שלום\u2069 world");

        assertEquals("\u2067שלום\u2069 world", sink.html());
    }

    @Test
    void closesABidiOverrideInRichTextBeforeTheNextTag() {
        ItemContent content = ItemContent.builder()
                .shared("body", "<p>\u202Eexe.txt</p><p>after</p>")
                .build();

        sink.trustedRichText(ItemView.of(content, "en").richText("body").orElseThrow());

        assertEquals("<p>\u202Eexe.txt\u202C</p><p>after</p>", sink.html());
    }

    @Test
    void escapesAttributeValuesAndWritesThemInNameOrder() {
        sink.start("time", Map.of("title", "\" onmouseover=\"alert(1)", "datetime", "2024-05-29T17:00+02:00"))
                .text("17:00")
                .end();

        assertEquals(
                "<time datetime=\"2024-05-29T17:00+02:00\" title=\"&quot; onmouseover=&quot;alert(1)\">17:00</time>",
                sink.html());
    }

    @Test
    void writesWebAndMailLinks() {
        sink.link("https://www.oneplanetnetwork.org/?a=1&b=2", "同一个地球网络").link("mailto:wangj@mepcec.com", "编辑");

        assertEquals(
                "<a href=\"https://www.oneplanetnetwork.org/?a=1&amp;b=2\">同一个地球网络</a><a href=\"mailto:wangj@mepcec.com\">编辑</a>",
                sink.html());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"javascript:alert(1)", " JavaScript:alert(1)", "data:text/html,x", "vbscript:x", "/relative", "#"
            })
    void leavesOutAddressesThatAreNotWebOrMail(String href) {
        sink.link(href, "x");

        assertEquals("<a>x</a>", sink.html());
    }

    @Test
    void refusesElementsOutsideTheAllowList() {
        assertThrows(IllegalArgumentException.class, () -> sink.start("script"));
        assertThrows(IllegalArgumentException.class, () -> sink.start("img"));
    }

    @Test
    void refusesAttributesOutsideTheAllowList() {
        assertThrows(IllegalArgumentException.class, () -> sink.start("p", Map.of("onclick", "alert(1)")));
        assertThrows(IllegalArgumentException.class, () -> sink.start("p", Map.of("style", "color:red")));
    }

    @Test
    void resanitisesRichText() {
        ItemView view = ItemView.of(
                ItemContent.builder()
                        .shared("body", "<p>ok</p><script>alert(1)</script>")
                        .build(),
                "en");

        sink.start("div").trustedRichText(view.richText("body").orElseThrow()).end();

        assertEquals("<div><p>ok</p></div>", sink.html());
    }

    @Test
    void replacesCharactersThatHaveNoPlaceInHtml() {
        sink.text("a\u0000b\uD800c\uD834\uDD1E");

        assertEquals("a\uFFFDb\uFFFDc\uD834\uDD1E", sink.html());
    }

    @Test
    void refusesToFinishWithOpenElements() {
        sink.start("article").start("p");

        assertThrows(IllegalStateException.class, sink::html);
    }

    @Test
    void refusesToCloseWhatIsNotOpen() {
        assertThrows(IllegalStateException.class, sink::end);
    }
}
