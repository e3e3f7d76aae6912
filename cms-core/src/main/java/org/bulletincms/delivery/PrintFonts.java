package org.bulletincms.delivery;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.CacheStore;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The fonts embedded in print PDFs, all Maven dependencies, so a machine with only Java and Maven makes the same
 * PDF as a server. PDFBox embeds TrueType outlines only (Debian's Noto CJK fonts are CFF):
 *
 * <ul>
 *   <li><b>Noto Sans SC</b> (ph-fonts-noto-sans-sc, TrueType outlines, SIL Open Font License 1.1), for Chinese and
 *       most Latin text;
 *   <li><b>Liberation Sans</b> (inside PDFBox, SIL Open Font License 1.1), the fallback for what Noto Sans SC lacks:
 *       the subscript digits of CO₂ (U+2082).
 * </ul>
 *
 * Both are subset: a PDF carries only the glyphs it draws.
 *
 * <p>Each face's file is read from the class path once, when the first PDF is made, and kept in memory (about 20 MB,
 * the two faces of Noto Sans SC): reading it from the WAR inflated 10 MB per face and PDF. Every PDF is still given
 * the bytes to parse, because PDFBox ties a loaded font to the document it embeds it in; what a font measures
 * (ascent, descent, widths) is shared by every PDF through openhtmltopdf's metrics cache, which is thread-safe, so a
 * face a PDF does not draw with (the fallback, when no character needs it) is not parsed for that PDF.
 */
final class PrintFonts {

    /** The CSS font families, in the order the print stylesheet names them. */
    static final String CHINESE = "Noto Sans SC";

    static final String LATIN_FALLBACK = "Liberation Sans";

    private record Face(String family, String resource, int weight, byte[] file) {

        Face(String family, String resource, int weight) {
            this(family, resource, weight, read(resource));
        }

        InputStream open() {
            return new ByteArrayInputStream(file);
        }
    }

    private static final List<Face> FACES = List.of(
            new Face(CHINESE, "/fonts/ttf/NotoSansSC/NotoSansSC-Regular.ttf", 400),
            new Face(CHINESE, "/fonts/ttf/NotoSansSC/NotoSansSC-Bold.ttf", 700),
            new Face(LATIN_FALLBACK, "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf", 400));

    /** Keyed by family, weight and style: three entries, never more. */
    private static final FSCacheEx<String, FSCacheValue> METRICS = new FSDefaultCacheStore();

    private PrintFonts() {}

    /** The Chinese font's regular face, whose character map names the ideographs. */
    static InputStream chinese() {
        return FACES.get(0).open();
    }

    static void addTo(PdfRendererBuilder builder) {
        builder.useCacheStore(CacheStore.PDF_FONT_METRICS, METRICS);
        for (Face face : FACES) {
            builder.useFont(face::open, face.family(), face.weight(), FontStyle.NORMAL, true);
        }
    }

    private static byte[] read(String resource) {
        try (InputStream font = PrintFonts.class.getResourceAsStream(resource)) {
            if (font == null) {
                throw new IllegalStateException("the print font " + resource + " is not on the class path");
            }
            return font.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the print font " + resource, e);
        }
    }
}
