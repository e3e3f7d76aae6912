package org.bulletincms.it.sources.parsers;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.xml.sax.ContentHandler;

/**
 * A parser that allocates until its JVM throws {@link OutOfMemoryError}, like a real one fed a decompression bomb.
 * Only the forked JVM's heap cap bounds it, so never run it in a JVM without {@code -Xmx}.
 */
public final class MemoryExhaustingParser implements Parser {

    /** The first bytes of a file that this parser receives. */
    public static final String MAGIC = "BULLETIN-TEST-OOM";

    public static final MediaType MEDIA_TYPE = MediaType.application("x-bulletin-test-oom");

    private static final long serialVersionUID = 1L;

    /** Big blocks reach the heap cap in a few dozen allocations instead of millions. */
    private static final int BLOCK_BYTES = 16 * 1024 * 1024;

    @Override
    public Set<MediaType> getSupportedTypes(ParseContext context) {
        return Set.of(MEDIA_TYPE);
    }

    @Override
    public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context) {
        // Held in a live list so that nothing can be collected; Java zeroes each block, so the memory is committed.
        List<byte[]> hoard = new ArrayList<>();
        while (true) {
            hoard.add(new byte[BLOCK_BYTES]);
        }
    }
}
