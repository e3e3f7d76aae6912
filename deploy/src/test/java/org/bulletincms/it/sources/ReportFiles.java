package org.bulletincms.it.sources;

import java.nio.file.Path;
import java.util.List;

/**
 * The well-formed source reports that {@link SourceFiles#writeReports} wrote, one file per format.
 *
 * @param chinesePdf  {@link SampleReports#CHINESE_BULLETIN}: 3 pages, title and author set
 * @param englishPdf  {@link SampleReports#ENGLISH_NOTES}: 2 pages, title and author set
 * @param mixedDocx   {@link SampleReports#MIXED_BULLETIN} made by LibreOffice, title and author set
 * @param mixedOdt    the same as a packaged ODT, title and author set
 * @param mixedRtf    the same as RTF, title and author set
 * @param mixedHtml   the same as HTML, with a {@code <title>} and a {@code <meta name="author">}
 * @param mixedText   the same as UTF-8 plain text, without metadata
 */
public record ReportFiles(
        Path chinesePdf,
        Path englishPdf,
        Path mixedDocx,
        Path mixedOdt,
        Path mixedRtf,
        Path mixedHtml,
        Path mixedText) {

    public List<Path> all() {
        return List.of(chinesePdf, englishPdf, mixedDocx, mixedOdt, mixedRtf, mixedHtml, mixedText);
    }
}
