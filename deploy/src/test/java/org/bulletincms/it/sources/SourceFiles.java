package org.bulletincms.it.sources;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.bulletincms.it.sources.parsers.HangingParser;
import org.bulletincms.it.sources.parsers.MemoryExhaustingParser;
import org.bulletincms.it.sources.parsers.SlowParser;

/**
 * Source reports for the tests, generated into a directory the test owns (a JUnit {@code @TempDir}): the
 * well-formed reports in every format editors upload, and the plain-text files that send a forked Tika JVM into
 * the test parsers of {@link org.bulletincms.it.sources.parsers}. Hostile documents are in {@link HostileSources}.
 */
public final class SourceFiles {

    /** File names without extension; the bulletin issues the texts come from. */
    private static final String CHINESE = "spp-bulletin-2024-2";

    private static final String ENGLISH = "spp-english-notes";
    private static final String MIXED = "spp-bulletin-2021-4";

    private SourceFiles() {}

    /**
     * Writes every well-formed report into {@code dir}: PDFs and the DOCX through LibreOffice (two runs, about a
     * second each), the other formats directly. Call it once per test class.
     */
    public static ReportFiles writeReports(Path dir) throws IOException {
        Path chinese = OpenDocumentText.writeFlat(SampleReports.CHINESE_BULLETIN, dir.resolve(CHINESE + ".fodt"));
        Path english = OpenDocumentText.writeFlat(SampleReports.ENGLISH_NOTES, dir.resolve(ENGLISH + ".fodt"));
        Path mixed = OpenDocumentText.writeFlat(SampleReports.MIXED_BULLETIN, dir.resolve(MIXED + ".fodt"));

        List<Path> pdfs = LibreOffice.convert(LibreOffice.Format.PDF, dir, List.of(chinese, english));
        Path docx = LibreOffice.convert(LibreOffice.Format.DOCX, dir, List.of(mixed))
                .get(0);
        for (Path flat : List.of(chinese, english, mixed)) {
            // Not left for the test to pick up by mistake: Tika reads flat ODT too, but nobody uploads it.
            Files.delete(flat);
        }
        return new ReportFiles(
                pdfs.get(0),
                pdfs.get(1),
                docx,
                OpenDocumentText.writePackage(SampleReports.MIXED_BULLETIN, dir.resolve(MIXED + ".odt")),
                TextualFormats.writeRtf(SampleReports.MIXED_BULLETIN, dir.resolve(MIXED + ".rtf")),
                TextualFormats.writeHtml(SampleReports.MIXED_BULLETIN, dir.resolve(MIXED + ".html")),
                TextualFormats.writeText(SampleReports.MIXED_BULLETIN, dir.resolve(MIXED + ".txt")));
    }

    /**
     * {@code hanging.txt}: sends a forked Tika JVM into {@link HangingParser}, which never returns. Each call writes
     * different bytes, so that two uploads are two sources rather than a duplicate.
     */
    public static Path hangingParserTrigger(Path dir) throws IOException {
        return Files.writeString(
                dir.resolve("hanging.txt"),
                HangingParser.MAGIC + "\nThe test parser for this file never returns.\n" + nonce(),
                StandardCharsets.UTF_8);
    }

    /**
     * {@code memory-exhausting.txt}: sends a forked Tika JVM into {@link MemoryExhaustingParser}, which allocates
     * until the heap is full. Each call writes different bytes.
     */
    public static Path memoryExhaustingParserTrigger(Path dir) throws IOException {
        return Files.writeString(
                dir.resolve("memory-exhausting.txt"),
                MemoryExhaustingParser.MAGIC + "\nThe test parser for this file allocates until the heap is full.\n"
                        + nonce(),
                StandardCharsets.UTF_8);
    }

    /**
     * {@code slow.txt}: sends a forked Tika JVM into {@link SlowParser}, which waits {@code delay} (to the
     * millisecond) and then extracts {@code pages}, each a {@code <div class="page">} of {@code <p>} paragraphs. The
     * bytes are exactly the delay and the pages, so vary the pages to upload two different slow sources.
     *
     * @throws IllegalArgumentException if a paragraph holds a line break or a form feed
     */
    public static Path slowParserTrigger(Path dir, Duration delay, List<List<String>> pages) throws IOException {
        StringBuilder text = new StringBuilder(SlowParser.MAGIC)
                .append(' ')
                .append(BigDecimal.valueOf(delay.toMillis()).movePointLeft(3).toPlainString())
                .append('\n');
        for (int page = 0; page < pages.size(); page++) {
            if (page > 0) {
                text.append(SlowParser.PAGE_SEPARATOR).append('\n');
            }
            for (String paragraph : pages.get(page)) {
                if (paragraph.indexOf('\n') >= 0 || paragraph.indexOf(SlowParser.PAGE_SEPARATOR) >= 0) {
                    throw new IllegalArgumentException("One line per paragraph, no page break in it: " + paragraph);
                }
                text.append(paragraph).append('\n');
            }
        }
        return Files.writeString(dir.resolve("slow.txt"), text, StandardCharsets.UTF_8);
    }

    private static String nonce() {
        return "Written for test run " + UUID.randomUUID() + ".\n";
    }
}
