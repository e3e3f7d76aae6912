package org.bulletincms.bench;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.exception.TikaException;
import org.apache.tika.extractor.DocumentSelector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.PagedText;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BasicContentHandlerFactory;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Tika's parsers in this JVM, doing what a parser process does for {@code IsolatedTika} and nothing else: an
 * {@link AutoDetectParser} built from the very configuration file {@code IsolatedTika} wrote for its processes
 * (so the same {@code SecureContentHandler} limits apply), an XHTML handler ({@code ToXMLContentHandler}) behind
 * the same write limit, the same cap on embedded documents (Tika's {@code PipesServer}, concatenated mode).
 * Thread-safe, as {@link AutoDetectParser} is.
 */
final class InProcessTika {

    private static final int MAX_EMBEDDED_DOCUMENTS = 1000;

    private final AutoDetectParser parser;
    private final int writeLimit;

    InProcessTika(Path tikaConfiguration, int writeLimit) throws TikaException, IOException, SAXException {
        this.parser = new AutoDetectParser(new TikaConfig(tikaConfiguration));
        this.writeLimit = writeLimit;
    }

    Extraction parse(Path file) throws IOException, TikaException, SAXException {
        ParseContext context = new ParseContext();
        ContentHandler handler = new BasicContentHandlerFactory(
                        BasicContentHandlerFactory.HANDLER_TYPE.XML, writeLimit, true, context)
                .getNewContentHandler();
        context.set(DocumentSelector.class, new DocumentSelector() {
            private int embedded;

            @Override
            public boolean select(Metadata metadata) {
                return embedded++ < MAX_EMBEDDED_DOCUMENTS;
            }
        });
        Metadata metadata = new Metadata();
        try (TikaInputStream stream = TikaInputStream.get(file, metadata)) {
            parser.parse(stream, handler, metadata, context);
        }
        return Extraction.of(handler.toString(), metadata.get(PagedText.N_PAGES));
    }
}
