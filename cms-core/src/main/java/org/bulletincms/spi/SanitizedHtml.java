package org.bulletincms.spi;

import java.util.Objects;

/**
 * The HTML of a {@link FieldKind#RICH_TEXT} value, which the core sanitised before storing it.
 *
 * <p>A plugin cannot make one from a string: it gets one from {@link ItemView#richText(String)}
 * and hands it to {@link HtmlSink#trustedRichText(SanitizedHtml)}. That keeps arbitrary strings
 * from reaching a preview as markup by accident.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class SanitizedHtml {

    private final String html;

    SanitizedHtml(String html) {
        this.html = Objects.requireNonNull(html, "html");
    }

    /**
     * The markup, for the core's HTML sink and for deliveries.
     *
     * @since 0.1
     */
    public String html() {
        return html;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SanitizedHtml that && html.equals(that.html);
    }

    @Override
    public int hashCode() {
        return html.hashCode();
    }

    @Override
    public String toString() {
        return html;
    }
}
