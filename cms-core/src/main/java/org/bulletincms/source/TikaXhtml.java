package org.bulletincms.source;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the XHTML a Tika parser writes into pages and paragraphs. Tika marks each page of a paged format with
 * {@code <div class="page">}; block elements ({@code p}, headings, list items, table cells…) are paragraphs, and
 * inside one, a blank line also separates paragraphs (plain text arrives as one block). The document head
 * (title, meta) is not text.
 *
 * <p>Elements nested deeper than {@value #MAX_DEPTH} levels (no real document comes close; a hostile HTML page
 * nests a hundred thousand {@code div}s to exhaust whoever walks the tree) make the text unusable.
 *
 * <p>The XHTML was written by Tika from an untrusted file, so it is read with a parser that refuses DOCTYPEs and
 * external entities, although Tika never writes them.
 */
final class TikaXhtml {

    private static final Set<String> BLOCKS = Set.of(
            "p",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "li",
            "td",
            "th",
            "pre",
            "blockquote",
            "div",
            "dd",
            "dt",
            "caption",
            "tr",
            "br");

    static final int MAX_DEPTH = 500;

    private static final String CJK =
            "[\\p{IsHan}\\p{InCJK_Symbols_and_Punctuation}\\p{InHalfwidth_and_Fullwidth_Forms}]";
    /**
     * Where a paragraph ends inside one block: a blank line, or a line that ends a sentence. PDF text comes as one
     * block per page with a line break after every line, and a Chinese paragraph followed by an English one must
     * become two paragraphs to get their languages right.
     */
    private static final java.util.regex.Pattern PARAGRAPH_END =
            java.util.regex.Pattern.compile("\\R[ \\t]*\\R\\s*|(?<=[。！？.!?])[ \\t]*\\R\\s*");
    /** A line break between two CJK characters: PDF lines of Chinese text break anywhere, with no space. */
    private static final java.util.regex.Pattern CJK_LINE_BREAK =
            java.util.regex.Pattern.compile("(?<=" + CJK + ")[ \\t]*\\R\\s*(?=" + CJK + ")");

    private TikaXhtml() {}

    static ExtractedText read(String xhtml, Function<String, Paragraph> paragraph) {
        PageCollector collector = new PageCollector(paragraph);
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.newSAXParser().parse(new InputSource(new StringReader(xhtml)), collector);
        } catch (TooDeep e) {
            throw new UnusableText(
                    FailureReason.SUSPECTED_BOMB, "elements are nested more than " + MAX_DEPTH + " levels deep", e);
        } catch (ParserConfigurationException | SAXException | IOException e) {
            // the parser's message is for the log (ExtractionQueue logs the cause); the editor gets what to do
            throw new UnusableText(FailureReason.UNPARSEABLE, FailureReason.UNPARSEABLE.advice(), e);
        }
        return collector.text();
    }

    private static final class PageCollector extends DefaultHandler {
        private final Function<String, Paragraph> paragraph;
        private final List<ExtractedPage> pages = new ArrayList<>();
        private List<Paragraph> current = new ArrayList<>();
        private final StringBuilder block = new StringBuilder();
        private boolean paged;
        private boolean inBody;
        private int pageDepth = -1;
        private int depth;

        PageCollector(Function<String, Paragraph> paragraph) {
            this.paragraph = paragraph;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) throws TooDeep {
            if (++depth > MAX_DEPTH) {
                throw new TooDeep();
            }
            if (localName.equals("body")) {
                inBody = true;
            } else if (localName.equals("div") && "page".equals(attributes.getValue("class")) && pageDepth < 0) {
                // text before the first page (a title some parsers write outside the pages) stays in current,
                // so it joins page 1
                endBlock();
                paged = true;
                pageDepth = depth;
            } else if (BLOCKS.contains(localName)) {
                endBlock();
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            if (localName.equals("body")) {
                endBlock();
                inBody = false;
            } else if (depth == pageDepth) {
                endBlock();
                pages.add(new ExtractedPage(OptionalInt.of(pages.size() + 1), current));
                current = new ArrayList<>();
                pageDepth = -1;
            } else if (BLOCKS.contains(localName)) {
                endBlock();
            }
            depth--;
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inBody) {
                block.append(ch, start, length);
            }
        }

        private void endBlock() {
            for (String part : PARAGRAPH_END.split(block)) {
                String text = CJK_LINE_BREAK
                        .matcher(part)
                        .replaceAll("")
                        .replaceAll("[\\s\\u00a0]+", " ")
                        .strip();
                if (!text.isEmpty()) {
                    current.add(paragraph.apply(text));
                }
            }
            block.setLength(0);
        }

        ExtractedText text() {
            if (!paged) {
                return new ExtractedText(false, List.of(new ExtractedPage(OptionalInt.empty(), current)));
            }
            // text after the last page is the PDF's outline (bookmarks repeat headings), not text of any page
            return new ExtractedText(true, pages);
        }
    }

    private static final class TooDeep extends SAXException {}
}
