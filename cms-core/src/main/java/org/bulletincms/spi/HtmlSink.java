package org.bulletincms.spi;

import java.util.Map;
import java.util.Set;

/**
 * Where a section type writes its reader rendering ({@link SectionType#render}) and its editor's preview. It is
 * safe by construction: text is always escaped,
 * element and attribute names come from a fixed allow-list, attribute values are escaped, URL
 * attributes keep only http, https and mailto addresses, and the only markup that passes through is
 * a rich-text value the core has sanitised. No method accepts an HTML string.
 *
 * <p>Elements nest: {@link #end()} closes the innermost open element, and a preview must close every
 * element it opens.
 *
 * <p>Ownership and threading: the core creates one sink per rendering or preview, passes it to
 * {@link SectionType#render(ItemView, HtmlSink)} or {@link SectionType#preview(ItemView, HtmlSink)} and reads
 * the result after the call returns. The plugin must not keep a reference to it or use it from another thread.
 *
 * @since 0.1
 */
public interface HtmlSink {

    /**
     * The elements a preview may use.
     *
     * @since 0.1
     */
    Set<String> ELEMENTS = Set.of(
            "article",
            "section",
            "header",
            "footer",
            "div",
            "span",
            "p",
            "h2",
            "h3",
            "h4",
            "h5",
            "ul",
            "ol",
            "li",
            "dl",
            "dt",
            "dd",
            "strong",
            "em",
            "small",
            "cite",
            "blockquote",
            "figure",
            "figcaption",
            "time",
            "a");

    /**
     * The attributes a preview may use on any allowed element.
     *
     * @since 0.1
     */
    Set<String> ATTRIBUTES = Set.of("class", "lang", "title", "datetime", "href");

    /**
     * The attributes whose value is an address; an address whose scheme is not http, https or mailto
     * is left out (content is never trusted to be valid), the element itself is still written.
     *
     * @since 0.1
     */
    Set<String> URL_ATTRIBUTES = Set.of("href");

    /**
     * Opens an element without attributes.
     *
     * @throws IllegalArgumentException if the element is not in {@link #ELEMENTS}
     * @since 0.1
     */
    HtmlSink start(String element);

    /**
     * Opens an element with attributes; values are escaped, written in attribute-name order.
     *
     * @throws IllegalArgumentException if the element is not in {@link #ELEMENTS} or an attribute not in
     *                                  {@link #ATTRIBUTES}
     * @since 0.1
     */
    HtmlSink start(String element, Map<String, String> attributes);

    /**
     * Closes the innermost open element.
     *
     * @throws IllegalStateException if no element is open
     * @since 0.1
     */
    HtmlSink end();

    /**
     * Writes text, escaped; characters not allowed in content are replaced by U+FFFD. A bidirectional
     * embedding, override or isolate the text opens (U+202A–U+202E, U+2066–U+2068) is closed at the end of
     * the text, and a closing one without its opening is left out, so a value can reorder only itself, never
     * the page after it (since 0.3).
     *
     * @since 0.1
     */
    HtmlSink text(String text);

    /**
     * Writes the markup of a sanitised rich-text value. The core's sink sanitises it once more with
     * the current policy, because stored content may predate it.
     *
     * @since 0.1
     */
    HtmlSink trustedRichText(SanitizedHtml html);

    /**
     * Writes an element holding only text, {@code <p>text</p>}.
     *
     * @since 0.1
     */
    default HtmlSink element(String element, String text) {
        return start(element).text(text).end();
    }

    /**
     * Writes an element with attributes holding only text.
     *
     * @since 0.1
     */
    default HtmlSink element(String element, Map<String, String> attributes, String text) {
        return start(element, attributes).text(text).end();
    }

    /**
     * Writes a link, {@code <a href="…">text</a>}; see {@link #URL_ATTRIBUTES} for what happens to
     * an address that is not allowed.
     *
     * @since 0.1
     */
    default HtmlSink link(String href, String text) {
        return element("a", Map.of("href", href), text);
    }

    /**
     * Writes a picture for readers, {@code <figure class="picture">}: the picture itself ({@link #pictureImage}),
     * then its caption, credit and licence in a {@code <figcaption>}. Plugins call this, never build an image.
     *
     * @since 0.5
     */
    default HtmlSink picture(Picture picture) {
        start("figure", Map.of("class", "picture"));
        pictureImage(picture);
        if (picture.caption().isPresent() || picture.rights().isPresent()) {
            start("figcaption");
            picture.caption().ifPresent(caption -> element("span", Map.of("class", "caption"), caption));
            picture.rights().ifPresent(rights -> element("small", Map.of("class", "credit"), rights));
            end();
        }
        return end();
    }

    /**
     * Writes the picture itself where this sink can show it: the core's sinks write an {@code <img>} with
     * {@code src}, {@code srcset}, {@code sizes}, {@code alt}, {@code width}, {@code height} and
     * {@code loading="lazy"} once the picture is published ({@link Picture#source()}); only the core writes
     * {@code <img>}. This default, for a sink that cannot show pictures, writes nothing: the caption stands alone.
     *
     * @since 0.5
     */
    default HtmlSink pictureImage(Picture picture) {
        return this;
    }
}
