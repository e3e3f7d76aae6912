package org.bulletincms.sectiontype;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.bulletincms.spi.HtmlSink;
import org.bulletincms.spi.SanitizedHtml;

/**
 * The core's {@link HtmlSink}: writes escaped HTML into a string. One sink per rendering or preview; not
 * thread-safe.
 */
public final class EscapingHtmlSink implements HtmlSink {

    private final RichTextSanitizer sanitizer;
    private final StringBuilder html = new StringBuilder();
    private final Deque<String> open = new ArrayDeque<>();

    public EscapingHtmlSink(RichTextSanitizer sanitizer) {
        this.sanitizer = Objects.requireNonNull(sanitizer, "sanitizer");
    }

    @Override
    public HtmlSink start(String element) {
        return start(element, Map.of());
    }

    @Override
    public HtmlSink start(String element, Map<String, String> attributes) {
        if (!ELEMENTS.contains(element)) {
            throw new IllegalArgumentException(
                    "<" + element + "> is not allowed in a preview; use one of " + new TreeSet<>(ELEMENTS));
        }
        html.append('<').append(element);
        new TreeMap<>(attributes).forEach((name, value) -> attribute(element, name, value));
        html.append('>');
        open.push(element);
        return this;
    }

    private void attribute(String element, String name, String value) {
        if (!ATTRIBUTES.contains(name)) {
            throw new IllegalArgumentException("Attribute '" + name + "' is not allowed in a preview (on <" + element
                    + ">); use one of " + new TreeSet<>(ATTRIBUTES));
        }
        if (URL_ATTRIBUTES.contains(name) && !RichTextSanitizer.isAllowedLink(value)) {
            return;
        }
        html.append(' ').append(name).append("=\"");
        escape(value);
        html.append('"');
    }

    @Override
    public HtmlSink end() {
        if (open.isEmpty()) {
            throw new IllegalStateException("end() without an open element");
        }
        html.append("</").append(open.pop()).append('>');
        return this;
    }

    @Override
    public HtmlSink text(String text) {
        escape(text);
        return this;
    }

    @Override
    public HtmlSink trustedRichText(SanitizedHtml richText) {
        String clean = sanitizer.sanitise(richText.html());
        if (clean.chars().noneMatch(c -> BidiNesting.isControl((char) c))) {
            html.append(clean);
            return this;
        }
        // Each run of text closes what it opened before the next tag, as text() does; inside a tag (an attribute
        // value) a bidi control reorders nothing a reader needs and is dropped.
        BidiNesting bidi = new BidiNesting();
        boolean inTag = false;
        for (int i = 0; i < clean.length(); i++) {
            char c = clean.charAt(i);
            if (c == '<') {
                bidi.closeAll(html);
                inTag = true;
            } else if (c == '>') {
                inTag = false;
            } else if (BidiNesting.isControl(c)) {
                if (!inTag) {
                    bidi.accept(c, html);
                }
                continue;
            }
            html.append(c);
        }
        bidi.closeAll(html);
        return this;
    }

    /**
     * The HTML written.
     *
     * @throws IllegalStateException if an element is still open (a bug in the preview)
     */
    public String html() {
        if (!open.isEmpty()) {
            throw new IllegalStateException("The preview left elements open: " + open);
        }
        return html.toString();
    }

    private void escape(String text) {
        BidiNesting bidi = new BidiNesting();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (BidiNesting.isControl(c)) {
                bidi.accept(c, html);
                continue;
            }
            switch (c) {
                case '&' -> html.append("&amp;");
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                default -> html.append(isAllowedInHtml(text, i) ? c : '\uFFFD');
            }
        }
        bidi.closeAll(html);
    }

    private static boolean isAllowedInHtml(String text, int i) {
        char c = text.charAt(i);
        if (c < 0x20) {
            return c == '\t' || c == '\n' || c == '\r';
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
        }
        return true;
    }
}
