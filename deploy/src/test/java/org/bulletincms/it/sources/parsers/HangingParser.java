package org.bulletincms.it.sources.parsers;

import java.io.InputStream;
import java.util.Set;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.xml.sax.ContentHandler;

/**
 * A parser that never returns, like a real one stuck in a pathological document: only killing its JVM stops it.
 * It sleeps rather than spins so that the test machine keeps its CPU, and it swallows interrupts on purpose, because
 * a stuck parser does not cooperate either.
 */
public final class HangingParser implements Parser {

    /** The first bytes of a file that this parser receives. */
    public static final String MAGIC = "BULLETIN-TEST-HANG";

    public static final MediaType MEDIA_TYPE = MediaType.application("x-bulletin-test-hang");

    private static final long serialVersionUID = 1L;

    @Override
    public Set<MediaType> getSupportedTypes(ParseContext context) {
        return Set.of(MEDIA_TYPE);
    }

    @Override
    public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context) {
        while (true) {
            try {
                Thread.sleep(1_000);
            } catch (InterruptedException ignored) {
                // Deliberately not restoring the flag: the point is a parser that cannot be talked out of it.
            }
        }
    }
}
