package org.bulletincms.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tika in forked JVMs, with the test class path (which has the parsers) as the parsers' class path. */
class IsolatedTikaTest {

    @TempDir
    static Path root;

    private static DirectorySourceStore store;
    private static IsolatedTika tika;

    @BeforeAll
    static void startParsers() {
        store = new DirectorySourceStore(root);
        tika = new IsolatedTika(
                store.originals(),
                root.resolve("tika"),
                System.getProperty("java.class.path"),
                new SourceLimits(1 << 20, Duration.ofSeconds(60), 256, 2000, 1, 2));
    }

    @AfterAll
    static void stopParsers() {
        tika.close();
    }

    @Test
    void htmlIsParsedOutOfProcessWithTitleAndParagraphs() throws Exception {
        String key = keep("""
                <html><head><meta charset="utf-8"><title>绿色采购报告</title></head><body>
                <h1>可持续公共采购</h1><p>环境标志产品政府采购清单覆盖范围进一步扩大。</p></body></html>""");
        ParseOutcome.Parsed parsed = assertInstanceOf(ParseOutcome.Parsed.class, tika.parse(key));
        assertEquals("text/html", parsed.mediaType());
        assertEquals("绿色采购报告", parsed.metadata().title().orElseThrow());
        ExtractedText text = TikaXhtml.read(parsed.xhtml(), new ParagraphLanguages()::of);
        assertEquals(
                "环境标志产品政府采购清单覆盖范围进一步扩大。",
                text.pages().get(0).paragraphs().get(1).text());
        assertEquals("zh", text.pages().get(0).paragraphs().get(1).language().orElseThrow());
    }

    @Test
    void textBeyondTheWriteLimitFailsTheExtraction() throws Exception {
        String key = keep("<html><body><p>" + "procurement ".repeat(1000) + "</p></body></html>");
        ParseOutcome.Failed failed = assertInstanceOf(ParseOutcome.Failed.class, tika.parse(key));
        assertEquals(FailureReason.WRITE_LIMIT, failed.reason());
        assertTrue(failed.detail().contains("2000"), failed.detail());
    }

    @Test
    void aFileTheParserCannotReadFailsWithWhatToDoAndNoneOfTheParsersWords() throws Exception {
        String key = keep("%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> broken beyond repair\n");
        ParseOutcome.Failed failed = assertInstanceOf(ParseOutcome.Failed.class, tika.parse(key));
        assertEquals(FailureReason.UNPARSEABLE, failed.reason());
        assertEquals(FailureReason.UNPARSEABLE.advice(), failed.detail());
        assertFalse(
                failed.detail().contains("Exception")
                        || failed.detail().contains("org.apache")
                        || failed.detail().contains("@"),
                failed.detail());
    }

    private static String keep(String content) throws Exception {
        Path upload = Files.createTempFile(root, "upload", ".bin");
        Files.writeString(upload, content, StandardCharsets.UTF_8);
        return store.keep(store.receive(Files.newInputStream(upload), 1 << 20));
    }
}
