package org.bulletincms.sectiontype;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.bulletincms.spi.HtmlSink;
import org.bulletincms.spi.Picture;
import org.bulletincms.spi.SanitizedHtml;

/**
 * The core's {@link HtmlSink}: writes escaped HTML into a string. One sink per rendering or preview; not
 * thread-safe.
 *
 * <p>A {@linkplain #forPage page sink} also writes the frame of a whole page (document type, head, landmarks,
 * in-page and same-site links) around the items, which it lets each section type write through
 * {@link #render(Consumer)} with no more than the plugin vocabulary of {@link HtmlSink}: what a plugin may write
 * does not depend on where its rendering ends up.
 */
public final class EscapingHtmlSink implements HtmlSink {

    /** What the core's page frame adds to the plugins' elements; a plugin never gets these. */
    private static final Set<String> PAGE_ELEMENTS =
            Set.of("html", "head", "title", "body", "nav", "main", "h1", "meta", "link", "table", "tbody", "tr", "td");

    /** Elements without content or end tag: written by {@link #voidElement} only. */
    private static final Set<String> VOID_ELEMENTS = Set.of("meta", "link");

    private static final Set<String> PAGE_ATTRIBUTES = Set.of(
            "id",
            "charset",
            "name",
            "content",
            "rel",
            "aria-labelledby",
            "aria-label",
            "role",
            "width",
            "align",
            "style");

    /** The widest a picture is shown in the web page's column, in CSS pixels. */
    static final int COLUMN_PIXELS = 720;

    /** The width of a picture in an e-mail, in pixels: the usual 600-pixel e-mail column. */
    static final int EMAIL_PIXELS = 600;

    private final RichTextSanitizer sanitizer;
    private final StringBuilder html = new StringBuilder();
    private final Deque<String> open = new ArrayDeque<>();
    private final boolean page;
    /** For mail clients, which drop style sheets: the style each element gets inline unless it has its own. */
    private final Map<String, String> inlineStyles;
    /** Whether a plugin is writing now: only the plugin vocabulary, only absolute links, only its own elements. */
    private boolean pluginWriting;
    /** How many elements were open when the plugin began; it may not close those. */
    private int pluginFloor;

    public EscapingHtmlSink(RichTextSanitizer sanitizer) {
        this(sanitizer, false, Map.of());
    }

    private EscapingHtmlSink(RichTextSanitizer sanitizer, boolean page, Map<String, String> inlineStyles) {
        this.sanitizer = Objects.requireNonNull(sanitizer, "sanitizer");
        this.page = page;
        this.inlineStyles = Map.copyOf(inlineStyles);
    }

    /** A sink for a whole page: its frame written by the core, its items by {@link #render(Consumer)}. */
    public static EscapingHtmlSink forPage(RichTextSanitizer sanitizer) {
        return new EscapingHtmlSink(sanitizer, true, Map.of());
    }

    /**
     * A sink for an HTML e-mail: a page whose every element, the plugins' included, carries its style inline
     * ({@code style} from {@code inlineStyles} by element name, unless the frame gives one), since mail clients
     * drop style sheets. Plugins still cannot write a {@code style} themselves.
     */
    public static EscapingHtmlSink forEmail(RichTextSanitizer sanitizer, Map<String, String> inlineStyles) {
        return new EscapingHtmlSink(sanitizer, true, inlineStyles);
    }

    /** Starts an HTML document: {@code <!DOCTYPE html>}. */
    public EscapingHtmlSink doctype() {
        requirePage("<!DOCTYPE html>");
        html.append("<!DOCTYPE html>\n");
        return this;
    }

    /** Writes an element without content or end tag ({@code <meta>}, {@code <link>}) in a page's frame. */
    public EscapingHtmlSink voidElement(String element, Map<String, String> attributes) {
        requirePage("<" + element + ">");
        if (!VOID_ELEMENTS.contains(element)) {
            throw new IllegalArgumentException("<" + element + "> is not a void element; use start()");
        }
        Map<String, String> written = new TreeMap<>(attributes);
        written.keySet().forEach(name -> requireAllowed(element, name));
        html.append('<').append(element);
        written.forEach(this::attribute);
        html.append('>');
        return this;
    }

    /**
     * Lets a section type write one item into the page, with the plugin vocabulary only. A plugin that throws or
     * leaves an element open leaves nothing of its item in the page (it breaks its contract; the page stays
     * well formed); the answer says whether the item was written.
     */
    public boolean render(Consumer<HtmlSink> plugin) {
        requirePage("an item");
        int length = html.length();
        int depth = open.size();
        pluginWriting = true;
        pluginFloor = depth;
        try {
            plugin.accept(this);
            if (open.size() == depth) {
                return true;
            }
        } catch (RuntimeException broken) {
            // the contract says never throw; the page is not the place to find out
        } finally {
            pluginWriting = false;
        }
        html.setLength(length);
        while (open.size() > depth) {
            open.pop();
        }
        return false;
    }

    private void requirePage(String what) {
        if (!page || pluginWriting) {
            throw new IllegalArgumentException(what + " is written by the core's page frame, not by a section type");
        }
    }

    private boolean allowsElement(String element) {
        return ELEMENTS.contains(element) || (page && !pluginWriting && PAGE_ELEMENTS.contains(element));
    }

    private boolean allowsAttribute(String name) {
        return ATTRIBUTES.contains(name) || (page && !pluginWriting && PAGE_ATTRIBUTES.contains(name));
    }

    /** The page frame links within the page ({@code #…}) and to its own site ({@code /…}); plugins only out. */
    private boolean allowsLink(String value) {
        if (page && !pluginWriting && (value.startsWith("#") || (value.startsWith("/") && !value.startsWith("//")))) {
            return true;
        }
        return RichTextSanitizer.isAllowedLink(value);
    }

    @Override
    public HtmlSink start(String element) {
        return start(element, Map.of());
    }

    @Override
    public HtmlSink start(String element, Map<String, String> attributes) {
        if (!allowsElement(element) || VOID_ELEMENTS.contains(element)) {
            throw new IllegalArgumentException(
                    "<" + element + "> is not allowed in a preview; use one of " + new TreeSet<>(ELEMENTS));
        }
        Map<String, String> written = new TreeMap<>(attributes);
        written.keySet().forEach(name -> requireAllowed(element, name));
        Optional.ofNullable(inlineStyles.get(element)).ifPresent(style -> written.putIfAbsent("style", style));
        html.append('<').append(element);
        written.forEach(this::attribute);
        html.append('>');
        open.push(element);
        return this;
    }

    private void requireAllowed(String element, String name) {
        if (!allowsAttribute(name)) {
            throw new IllegalArgumentException("Attribute '" + name + "' is not allowed in a preview (on <" + element
                    + ">); use one of " + new TreeSet<>(ATTRIBUTES));
        }
    }

    private void attribute(String name, String value) {
        if (URL_ATTRIBUTES.contains(name) && !allowsLink(value)) {
            return;
        }
        html.append(' ').append(name).append("=\"");
        escape(value);
        html.append('"');
    }

    @Override
    public HtmlSink end() {
        if (open.isEmpty() || (pluginWriting && open.size() <= pluginFloor)) {
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
     * A picture with its renditions: {@code srcset} lets the browser pick the rendition for the reader's screen
     * ({@code sizes}: the column is at most {@value #COLUMN_PIXELS} pixels wide), {@code width} and {@code height}
     * keep the page from jumping as it loads, {@code loading="lazy"} leaves pictures below the fold until needed. An
     * e-mail gets one rendition of at least {@value #EMAIL_PIXELS} pixels, shown that wide, since mail clients
     * ignore {@code srcset}. A picture without a source (a draft's preview) gets its words only. The addresses are
     * the core's own (content-hashed rendition URLs), never content's; a stored view is data all the same, so only
     * http(s) addresses are written.
     */
    @Override
    public HtmlSink pictureImage(Picture picture) {
        Optional<Picture.Source> served = picture.source().filter(EscapingHtmlSink::isServedOverTheWeb);
        if (served.isEmpty()) {
            return this;
        }
        Picture.Source source = served.get();
        Map<String, String> img = new TreeMap<>();
        if (!isEmail()) {
            img.put("src", source.src());
            img.put(
                    "srcset",
                    source.renditions().stream()
                            .map(rendition -> rendition.url() + " " + rendition.width() + "w")
                            .collect(Collectors.joining(", ")));
            img.put("sizes", "(max-width: " + COLUMN_PIXELS + "px) 100vw, " + COLUMN_PIXELS + "px");
            img.put("width", Integer.toString(source.width()));
            img.put("height", Integer.toString(source.height()));
            img.put("loading", "lazy");
            img.put("decoding", "async");
        } else {
            img.put("src", source.atLeast(EMAIL_PIXELS).url());
            img.put("width", Integer.toString(Math.min(EMAIL_PIXELS, source.width())));
            img.put("style", "display:block;max-width:100%;height:auto;border:0;");
        }
        img.put("alt", picture.decorative() ? "" : picture.alt().orElse(""));
        html.append("<img");
        img.forEach(this::attribute);
        html.append('>');
        return this;
    }

    /** Only an e-mail's sink styles elements inline. */
    private boolean isEmail() {
        return !inlineStyles.isEmpty();
    }

    /** Defence in depth: the core writes these addresses, but a stored view is data, and data is checked. */
    private static boolean isServedOverTheWeb(Picture.Source source) {
        return Stream.concat(
                        Stream.of(source.src()), source.renditions().stream().map(Picture.Rendition::url))
                .allMatch(url -> (url.startsWith("https://") || url.startsWith("http://"))
                        && RichTextSanitizer.isAllowedLink(url)
                        && url.chars().noneMatch(c -> c == ' ' || c == ','));
    }

    /** How many characters were written so far: a position for {@link #written(int)}. */
    public int length() {
        return html.length();
    }

    /** What was written since a {@link #length()}. */
    public String written(int since) {
        return html.substring(since);
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
