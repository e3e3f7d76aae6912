package org.bulletincms.plugins.standard;

import java.util.Map;
import org.bulletincms.spi.HtmlSink;
import org.bulletincms.spi.ItemView;

/** Preview pieces several section types write the same way. */
final class Prose {

    private Prose() {}

    /** A plain-text field as an element with a class, when present. */
    static void line(ItemView view, String field, String element, HtmlSink html) {
        view.text(field).ifPresent(text -> html.element(element, Map.of("class", field), text));
    }

    /** A rich-text field in a div with a class, when present. */
    static void richText(ItemView view, String field, HtmlSink html) {
        view.richText(field)
                .ifPresent(body -> html.start("div", Map.of("class", field))
                        .trustedRichText(body)
                        .end());
    }

    /** A picture caption, when present. */
    static void caption(ItemView view, String field, HtmlSink html) {
        view.text(field)
                .ifPresent(caption ->
                        html.start("figure").element("figcaption", caption).end());
    }

    /** Escapes text that becomes part of a rich-text value, such as a note written by an upgrade. */
    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
