package org.bulletincms.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TikaXhtmlTest {

    private static Paragraph unknownLanguage(String text) {
        return new Paragraph(text, Optional.empty());
    }

    @Test
    void pdfPagesBecomeNumberedPagesOfParagraphs() {
        String xhtml = """
                <html xmlns="http://www.w3.org/1999/xhtml"><head><title>报告</title></head><body>
                <div class="page"><p>第一页
                的文字</p><p>Second paragraph</p></div>
                <div class="page"><p>第二页</p><div class="annotation"><p>note</p></div></div>
                </body></html>""";
        ExtractedText text = TikaXhtml.read(xhtml, TikaXhtmlTest::unknownLanguage);
        assertTrue(text.paged());
        assertEquals(2, text.pages().size());
        assertEquals(1, text.pages().get(0).number().getAsInt());
        assertEquals(
                List.of("第一页的文字", "Second paragraph"),
                text.pages().get(0).paragraphs().stream().map(Paragraph::text).toList());
        assertEquals(
                List.of("第二页", "note"),
                text.pages().get(1).paragraphs().stream().map(Paragraph::text).toList());
    }

    @Test
    void chineseLinesOfAPdfJoinWithoutSpacesAndTheOutlineAfterThePagesIsNotText() {
        String xhtml = """
                <html xmlns="http://www.w3.org/1999/xhtml"><body>
                <div class="page"><p>数字公共基础设施促进环境
                可持续性的未来
                Digital public
                infrastructure</p></div>
                <ul><li>数字公共基础设施</li></ul>
                </body></html>""";
        ExtractedText text = TikaXhtml.read(xhtml, TikaXhtmlTest::unknownLanguage);
        assertEquals(1, text.pages().size());
        assertEquals(
                List.of("数字公共基础设施促进环境可持续性的未来 Digital public infrastructure"),
                text.pages().get(0).paragraphs().stream().map(Paragraph::text).toList());
    }

    @Test
    void aLineEndingASentenceEndsTheParagraphSoLanguagesAreToldApart() {
        String xhtml = """
                <html xmlns="http://www.w3.org/1999/xhtml"><body><div class="page"><p>第一段到此
                结束。
                The English paragraph
                follows.
                </p></div></body></html>""";
        assertEquals(
                List.of("第一段到此结束。", "The English paragraph follows."),
                TikaXhtml.read(xhtml, TikaXhtmlTest::unknownLanguage).pages().get(0).paragraphs().stream()
                        .map(Paragraph::text)
                        .toList());
    }

    @Test
    void unpagedTextIsOnePageWithoutNumberAndBlankLinesSplitParagraphs() {
        String xhtml = """
                <html xmlns="http://www.w3.org/1999/xhtml"><head><title>t</title><meta name="x" content="y"/></head>
                <body><p>one
                line

                two</p><h1>Title</h1></body></html>""";
        ExtractedText text = TikaXhtml.read(xhtml, TikaXhtmlTest::unknownLanguage);
        assertFalse(text.paged());
        assertTrue(text.pages().get(0).number().isEmpty());
        assertEquals(
                List.of("one line", "two", "Title"),
                text.pages().get(0).paragraphs().stream().map(Paragraph::text).toList());
    }

    @Test
    void aDoctypeInTheParsersOutputIsRefused() {
        String xhtml = "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><html><body><p>&e;</p></body></html>";
        UnusableText refused =
                assertThrows(UnusableText.class, () -> TikaXhtml.read(xhtml, TikaXhtmlTest::unknownLanguage));
        assertEquals(FailureReason.UNPARSEABLE, refused.asFailure().reason());
    }

    @Test
    void elementsNestedDeeperThanAnyRealDocumentAreRefusedAsABomb() {
        String xhtml = "<html><body>" + "<div>".repeat(100_000) + "x" + "</div>".repeat(100_000) + "</body></html>";
        UnusableText refused =
                assertThrows(UnusableText.class, () -> TikaXhtml.read(xhtml, TikaXhtmlTest::unknownLanguage));
        assertEquals(FailureReason.SUSPECTED_BOMB, refused.asFailure().reason());
    }

    @Test
    void documentLanguagesAreThoseOfANotableShareOfTheText() {
        ExtractedText text = new ExtractedText(
                false,
                List.of(new ExtractedPage(
                        java.util.OptionalInt.empty(),
                        List.of(
                                new Paragraph("中".repeat(70), Optional.of("zh")),
                                new Paragraph("e".repeat(28), Optional.of("en")),
                                new Paragraph("x".repeat(2), Optional.of("fr"))))));
        assertEquals(List.of("zh", "en"), text.languages());
    }
}
