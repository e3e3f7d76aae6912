package org.bulletincms.it.sources.parsers;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.PagedText;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.XHTMLContentHandler;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * A parser that takes its time and then succeeds, so that a test can interrupt an extraction (a server reload)
 * while it runs and see it resumed.
 *
 * <p>The file is UTF-8 text. Its first line is {@code BULLETIN-TEST-SLOW <seconds>} (a decimal such as {@code 4} or
 * {@code 0.5}); the parser waits that long, then emits the rest of the file like a paged document: pages are
 * separated by form feeds ({@code \f}), each page is a {@code <div class="page">} as Tika's PDF parser writes it,
 * and each non-blank line is a paragraph. Unlike {@link HangingParser} it honours interrupts.
 */
public final class SlowParser implements Parser {

    /** The first bytes of a file that this parser receives. */
    public static final String MAGIC = "BULLETIN-TEST-SLOW";

    public static final MediaType MEDIA_TYPE = MediaType.application("x-bulletin-test-slow");

    /** What separates pages in the rest of the file. */
    public static final char PAGE_SEPARATOR = '\f';

    private static final long serialVersionUID = 1L;

    @Override
    public Set<MediaType> getSupportedTypes(ParseContext context) {
        return Set.of(MEDIA_TYPE);
    }

    @Override
    public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
            throws IOException, SAXException, TikaException {
        // Not closed: a Tika parser consumes the stream, its caller closes it.
        BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8));
        waitAsTold(reader.readLine());
        List<String> pages =
                List.of(reader.lines().collect(Collectors.joining("\n")).split(String.valueOf(PAGE_SEPARATOR), -1));
        metadata.set(PagedText.N_PAGES, pages.size());

        XHTMLContentHandler xhtml = new XHTMLContentHandler(handler, metadata);
        xhtml.startDocument();
        for (String page : pages) {
            xhtml.startElement("div", "class", "page");
            for (String line : page.split("\n")) {
                if (!line.isBlank()) {
                    xhtml.element("p", line.strip());
                }
            }
            xhtml.endElement("div");
        }
        xhtml.endDocument();
    }

    private static void waitAsTold(String firstLine) throws TikaException {
        if (firstLine == null || !firstLine.startsWith(MAGIC)) {
            throw new TikaException("A slow test document starts with '" + MAGIC + " <seconds>', not: " + firstLine);
        }
        String seconds = firstLine.substring(MAGIC.length()).strip();
        try {
            long millis = seconds.isEmpty()
                    ? 0
                    : new BigDecimal(seconds).movePointRight(3).longValueExact();
            Thread.sleep(millis);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new TikaException("Not a number of seconds after '" + MAGIC + "': " + seconds, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TikaException("Interrupted while being slow on purpose", e);
        }
    }
}
