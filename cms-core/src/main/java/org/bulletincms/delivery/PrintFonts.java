package org.bulletincms.delivery;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.InputStream;
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
 */
final class PrintFonts {

    /** The CSS font families, in the order the print stylesheet names them. */
    static final String CHINESE = "Noto Sans SC";

    static final String LATIN_FALLBACK = "Liberation Sans";

    private record Face(String family, String resource, int weight) {}

    private static final List<Face> FACES = List.of(
            new Face(CHINESE, "/fonts/ttf/NotoSansSC/NotoSansSC-Regular.ttf", 400),
            new Face(CHINESE, "/fonts/ttf/NotoSansSC/NotoSansSC-Bold.ttf", 700),
            new Face(LATIN_FALLBACK, "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf", 400));

    private PrintFonts() {}

    /** The Chinese font's regular face, whose character map names the ideographs. */
    static InputStream chinese() {
        return open(FACES.get(0).resource());
    }

    static void addTo(PdfRendererBuilder builder) {
        for (Face face : FACES) {
            builder.useFont(() -> open(face.resource()), face.family(), face.weight(), FontStyle.NORMAL, true);
        }
    }

    private static InputStream open(String resource) {
        InputStream font = PrintFonts.class.getResourceAsStream(resource);
        if (font == null) {
            throw new IllegalStateException("the print font " + resource + " is not on the class path");
        }
        return font;
    }
}
