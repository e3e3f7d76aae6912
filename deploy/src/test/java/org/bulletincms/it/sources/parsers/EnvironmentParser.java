package org.bulletincms.it.sources.parsers;

import java.io.InputStream;
import java.util.Set;
import java.util.TreeSet;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.XHTMLContentHandler;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * A parser that reports what a parser taken over by a hostile file could read from its environment: the names of
 * its environment variables, one paragraph each (names only, so no secret of the test machine ends up in a report).
 */
public final class EnvironmentParser implements Parser {

    /** The first bytes of a file that this parser receives. */
    public static final String MAGIC = "BULLETIN-TEST-ENV";

    public static final MediaType MEDIA_TYPE = MediaType.application("x-bulletin-test-env");

    private static final long serialVersionUID = 1L;

    @Override
    public Set<MediaType> getSupportedTypes(ParseContext context) {
        return Set.of(MEDIA_TYPE);
    }

    @Override
    public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
            throws SAXException {
        XHTMLContentHandler xhtml = new XHTMLContentHandler(handler, metadata);
        xhtml.startDocument();
        for (String name : new TreeSet<>(System.getenv().keySet())) {
            xhtml.element("p", name);
        }
        xhtml.endDocument();
    }
}
