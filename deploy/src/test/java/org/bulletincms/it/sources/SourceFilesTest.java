package org.bulletincms.it.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.PagedText;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;
import org.apache.tika.mime.MimeTypesFactory;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.CompositeParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.PasswordProvider;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.ToXMLContentHandler;
import org.bulletincms.it.sources.parsers.HangingParser;
import org.bulletincms.it.sources.parsers.MemoryExhaustingParser;
import org.bulletincms.it.sources.parsers.SlowParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;

/**
 * The generated sources are what they claim, as in-process Tika reads them: the reports' text on the right pages
 * and their metadata, the hostile documents reaching the parser they target, and the trigger files reaching the test
 * parsers. The hanging and memory-exhausting parsers are only looked up, never run: that is for a forked JVM.
 */
class SourceFilesTest {

    private static final TikaConfig TIKA = TikaConfig.getDefaultConfig();
    private static final AutoDetectParser PARSER = new AutoDetectParser(TIKA);

    /** Written once for the class, read-only afterwards: LibreOffice and the zip bomb are the slow parts. */
    @TempDir
    static Path sharedDir;

    private static ReportFiles reports;
    private static Path zipBomb;

    @TempDir
    Path dir;

    @BeforeAll
    static void writeSlowSources() throws IOException {
        reports = SourceFiles.writeReports(sharedDir);
        zipBomb = HostileSources.zipBombDocx(sharedDir);
    }

    @Test
    void chinesePdfHasEachExpectedPhraseOnItsOwnPage() throws Exception {
        assertPhrasesOnTheirPages(
                SampleReports.CHINESE_BULLETIN_PAGES,
                extract(reports.chinesePdf()).pages());
    }

    @Test
    void chinesePdfHasItsEnglishParagraphOnPage1AndTheSearchTermOnPage3Only() throws Exception {
        List<String> pages = extract(reports.chinesePdf()).pages();
        assertTrue(pages.get(0).contains(SampleReports.EN_IN_CHINESE_BULLETIN), pages.get(0));
        assertEquals(
                List.of(false, false, true),
                pages.stream()
                        .map(page -> page.contains(SampleReports.ZH_SEARCH_TERM_ON_PAGE_3))
                        .toList());
    }

    @Test
    void chinesePdfCarriesTitleAuthorAndPageCount() throws Exception {
        Metadata metadata = extract(reports.chinesePdf()).metadata();
        assertEquals("application/pdf", metadata.get(Metadata.CONTENT_TYPE));
        assertEquals(SampleReports.CHINESE_BULLETIN_TITLE, metadata.get(TikaCoreProperties.TITLE));
        assertEquals(SampleReports.AUTHOR, metadata.get(TikaCoreProperties.CREATOR));
        assertEquals(3, metadata.getInt(PagedText.N_PAGES));
    }

    @Test
    void englishPdfHasEachExpectedPhraseOnItsOwnPage() throws Exception {
        Extraction extraction = extract(reports.englishPdf());
        assertPhrasesOnTheirPages(SampleReports.ENGLISH_NOTES_PAGES, extraction.pages());
        assertEquals(SampleReports.ENGLISH_NOTES_TITLE, extraction.metadata().get(TikaCoreProperties.TITLE));
        assertEquals(2, extraction.metadata().getInt(PagedText.N_PAGES));
    }

    /** The formats of the mixed-language report, with what Tika says they are. */
    enum MixedFormat {
        DOCX(ReportFiles::mixedDocx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", true),
        ODT(ReportFiles::mixedOdt, "application/vnd.oasis.opendocument.text", true),
        RTF(ReportFiles::mixedRtf, "application/rtf", true),
        HTML(ReportFiles::mixedHtml, "text/html; charset=UTF-8", true),
        TEXT(ReportFiles::mixedText, "text/plain; charset=UTF-8", false);

        final Function<ReportFiles, Path> file;
        final String contentType;
        final boolean carriesTitleAndAuthor;

        MixedFormat(Function<ReportFiles, Path> file, String contentType, boolean carriesTitleAndAuthor) {
            this.file = file;
            this.contentType = contentType;
            this.carriesTitleAndAuthor = carriesTitleAndAuthor;
        }
    }

    @ParameterizedTest
    @EnumSource(MixedFormat.class)
    void mixedReportKeepsChineseAndEnglishText(MixedFormat format) throws Exception {
        Extraction extraction = extract(format.file.apply(reports));
        assertEquals(format.contentType, extraction.metadata().get(Metadata.CONTENT_TYPE));
        for (String phrase : List.of(SampleReports.MIXED_ZH_1, SampleReports.MIXED_ZH_2, SampleReports.MIXED_EN)) {
            assertTrue(extraction.text().contains(phrase), phrase + " in " + extraction.text());
        }
    }

    @ParameterizedTest
    @EnumSource(value = MixedFormat.class, names = "TEXT", mode = EnumSource.Mode.EXCLUDE)
    void mixedReportCarriesTitleAndAuthor(MixedFormat format) throws Exception {
        Metadata metadata = extract(format.file.apply(reports)).metadata();
        assertEquals(SampleReports.MIXED_BULLETIN_TITLE, metadata.get(TikaCoreProperties.TITLE));
        assertEquals(SampleReports.AUTHOR, metadata.get(TikaCoreProperties.CREATOR), metadata.toString());
    }

    @Test
    void emptyFileIsRefusedAsZeroBytes() throws Exception {
        assertThrows(ZeroByteFileException.class, () -> extract(HostileSources.emptyFile(dir)));
    }

    @Test
    void executableNamedPdfIsDetectedAsAnExecutable() throws Exception {
        assertEquals(MediaType.application("x-executable"), detect(HostileSources.executableNamedPdf(dir)));
    }

    @Test
    void pdfNamedDocxIsDetectedAsPdf() throws Exception {
        assertEquals(MediaType.application("pdf"), detect(HostileSources.pdfNamedDocx(dir)));
    }

    @Test
    void encryptedPdfNeedsItsUserPassword() throws Exception {
        Path pdf = HostileSources.encryptedPdf(dir);
        assertThrows(EncryptedDocumentException.class, () -> extract(pdf));

        ParseContext withPassword = new ParseContext();
        withPassword.set(PasswordProvider.class, metadata -> HostileSources.PDF_USER_PASSWORD);
        assertTrue(extract(pdf, withPassword).text().contains(HostileSources.LATIN_PDF_TEXT));
    }

    @Test
    void zipBombIsASmallDocxThatInflatesToMoreThanAGigabyte() throws Exception {
        try (ZipFile zip = new ZipFile(zipBomb.toFile())) {
            long inflated = zip.getEntry("word/document.xml").getSize();
            assertTrue(inflated >= HostileSources.ZIP_BOMB_MIN_INFLATED_BYTES, "inflates to " + inflated);
        }
        assertTrue(
                zipBomb.toFile().length() < 8 << 20,
                "compressed " + zipBomb.toFile().length());
        assertEquals(MediaType.parse(DocxPackage.MEDIA_TYPE), detect(zipBomb));
    }

    /**
     * Only with POI's streaming (SAX) DOCX extractor: Tika's default builds the whole document tree first, so a
     * write limit never gets a chance and the bomb exhausts the heap.
     */
    @Test
    void zipBombIsStoppedByAWriteLimitWhenDocxIsStreamed() throws Exception {
        OfficeParserConfig streaming = new OfficeParserConfig();
        streaming.setUseSAXDocxExtractor(true);
        ParseContext context = new ParseContext();
        context.set(OfficeParserConfig.class, streaming);

        BodyContentHandler limited = new BodyContentHandler(100_000);
        Exception stopped = assertThrows(Exception.class, () -> parse(zipBomb, limited, new Metadata(), context));
        assertTrue(WriteLimitReachedException.isWriteLimitReached(stopped), stopped.toString());
    }

    @Test
    void billionLaughsDocxIsRefusedForItsDoctype() throws Exception {
        TikaException refused = assertThrows(TikaException.class, () -> extract(HostileSources.billionLaughsDocx(dir)));
        assertTrue(causes(refused).contains("DOCTYPE is disallowed"), causes(refused));
    }

    @Test
    void externalEntityNeverBringsTheLocalFileIntoTheText() throws Exception {
        Path docx = HostileSources.externalEntityFileDocx(dir);
        TikaException refused = assertThrows(TikaException.class, () -> extract(docx));
        assertFalse(causes(refused).contains(HostileSources.XXE_SECRET_MARKER));
    }

    @Test
    void externalEntityOverHttpConnectsNowhere() throws Exception {
        try (ServerSocketChannel listener = ServerSocketChannel.open()) {
            listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            listener.configureBlocking(false);
            int port = ((InetSocketAddress) listener.getLocalAddress()).getPort();

            assertThrows(TikaException.class, () -> extract(HostileSources.externalEntityHttpDocx(dir, port)));
            // The kernel completes a TCP handshake without accept(), so any attempt during the parse is queued here.
            assertNull(listener.accept(), "Tika connected to the XXE listener");
        }
    }

    @Test
    void deeplyNestedHtmlIsParsedWithoutBlowingTheStack() throws Exception {
        Extraction extraction = extract(HostileSources.deeplyNestedHtml(dir));
        assertTrue(extraction.text().contains("At the bottom of the nesting."));
    }

    @Test
    void triggerFilesAreDetectedAsTheTestTypes() throws Exception {
        assertEquals(HangingParser.MEDIA_TYPE, detect(SourceFiles.hangingParserTrigger(dir)));
        assertEquals(MemoryExhaustingParser.MEDIA_TYPE, detect(SourceFiles.memoryExhaustingParserTrigger(dir)));
        assertEquals(SlowParser.MEDIA_TYPE, detect(SourceFiles.slowParserTrigger(dir, Duration.ZERO, List.of())));
    }

    @Test
    void testTypesAreKindsOfPlainText() {
        MediaTypeRegistry registry = TIKA.getMediaTypeRegistry();
        assertTrue(registry.isSpecializationOf(HangingParser.MEDIA_TYPE, MediaType.TEXT_PLAIN));
        assertTrue(registry.isSpecializationOf(MemoryExhaustingParser.MEDIA_TYPE, MediaType.TEXT_PLAIN));
        assertTrue(registry.isSpecializationOf(SlowParser.MEDIA_TYPE, MediaType.TEXT_PLAIN));
    }

    /** As in the application server, whose tika-core has only its own registry. */
    @Test
    void triggerFilesArePlainTextWhereTheTestTypesAreUnknown() throws Exception {
        MimeTypes tikaCoreOnly = MimeTypesFactory.create(MimeTypes.class.getResource("tika-mimetypes.xml"));
        Metadata metadata = new Metadata();
        try (TikaInputStream in = TikaInputStream.get(SourceFiles.hangingParserTrigger(dir))) {
            assertEquals(MediaType.TEXT_PLAIN, tikaCoreOnly.detect(in, metadata));
        }
    }

    @Test
    void testParsersAreRegisteredForTheirTypes() {
        CompositeParser parsers = (CompositeParser) TIKA.getParser();
        ParseContext context = new ParseContext();
        assertEquals(
                HangingParser.class,
                parsers.getParsers(context).get(HangingParser.MEDIA_TYPE).getClass());
        assertEquals(
                MemoryExhaustingParser.class,
                parsers.getParsers(context)
                        .get(MemoryExhaustingParser.MEDIA_TYPE)
                        .getClass());
        assertEquals(
                SlowParser.class,
                parsers.getParsers(context).get(SlowParser.MEDIA_TYPE).getClass());
    }

    @Test
    void slowParserWaitsThenExtractsItsPages() throws Exception {
        Path slow = SourceFiles.slowParserTrigger(
                dir,
                Duration.ofMillis(300),
                List.of(List.of(SampleReports.ZH_PAGE_1, SampleReports.MIXED_EN), List.of(SampleReports.ZH_PAGE_2)));
        long started = System.nanoTime();
        Extraction extraction = extract(slow);
        assertTrue(System.nanoTime() - started >= Duration.ofMillis(300).toNanos());
        assertEquals(
                List.of(SampleReports.ZH_PAGE_1 + SampleReports.MIXED_EN, SampleReports.ZH_PAGE_2), extraction.pages());
        assertEquals(2, extraction.metadata().getInt(PagedText.N_PAGES));
    }

    private static void assertPhrasesOnTheirPages(List<String> phrases, List<String> pages) {
        assertEquals(phrases.size(), pages.size(), "pages: " + pages);
        for (int page = 0; page < pages.size(); page++) {
            for (int phrase = 0; phrase < phrases.size(); phrase++) {
                assertEquals(
                        page == phrase,
                        pages.get(page).contains(phrases.get(phrase)),
                        "phrase " + (phrase + 1) + " on page " + (page + 1) + ": " + pages.get(page));
            }
        }
    }

    private static MediaType detect(Path file) throws IOException {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
        try (TikaInputStream in = TikaInputStream.get(file)) {
            return TIKA.getDetector().detect(in, metadata);
        }
    }

    private static Extraction extract(Path file) throws Exception {
        return extract(file, new ParseContext());
    }

    private static Extraction extract(Path file, ParseContext context) throws Exception {
        ToXMLContentHandler xhtml = new ToXMLContentHandler();
        Metadata metadata = new Metadata();
        parse(file, xhtml, metadata, context);
        return new Extraction(xhtml.toString(), metadata);
    }

    private static void parse(Path file, ContentHandler handler, Metadata metadata, ParseContext context)
            throws Exception {
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
        try (TikaInputStream in = TikaInputStream.get(file)) {
            PARSER.parse(in, handler, metadata, context);
        }
    }

    private static String causes(Throwable thrown) {
        StringBuilder messages = new StringBuilder();
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            messages.append(cause).append('\n');
        }
        return messages.toString();
    }

    /** What Tika made of a file: its XHTML and its metadata. */
    private record Extraction(String xhtml, Metadata metadata) {

        /** The text without markup; entities are left escaped, which no expected phrase contains. */
        String text() {
            return xhtml.replaceAll("<[^>]+>", "");
        }

        /**
         * The text of each {@code <div class="page">}, with line breaks removed as a reader would join lines. Read
         * as XML, not split on the tag: after the last page Tika lists the PDF's outline (LibreOffice exports the
         * headings as bookmarks), which would otherwise count as text of that page.
         */
        List<String> pages() throws Exception {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            NodeList divs = factory.newDocumentBuilder()
                    .parse(new InputSource(new StringReader(xhtml)))
                    .getElementsByTagName("div");
            List<String> pages = new ArrayList<>();
            for (int i = 0; i < divs.getLength(); i++) {
                Element div = (Element) divs.item(i);
                if (div.getAttribute("class").equals("page")) {
                    pages.add(div.getTextContent().replace("\n", ""));
                }
            }
            return pages;
        }
    }
}
