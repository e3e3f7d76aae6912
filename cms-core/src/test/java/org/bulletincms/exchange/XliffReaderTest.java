package org.bulletincms.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files from anywhere: what the reader refuses before anything in them is used. */
class XliffReaderTest {

    private static final String HEAD = "<?xml version=\"1.0\"?>\n";
    private static final String XLIFF2 = "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.1\""
            + " srcLang=\"zh-CN\" trgLang=\"en\"><file id=\"f\" original=\"urn:bulletin-cms:issue:x\">";

    @TempDir
    Path dir;

    private static ReceivedFile read(String xml) {
        return new XliffReader(1024 * 1024).read(stream(xml));
    }

    private static InputStream stream(String xml) {
        return new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anExternalEntityIsRefusedWithItsDoctype() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "top secret");
        String xxe = HEAD + "<!DOCTYPE xliff [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>\n" + XLIFF2
                + "<unit id=\"u\"><segment><source>&x;</source></segment></unit></file></xliff>";

        XliffUnreadable refused = assertThrows(XliffUnreadable.class, () -> read(xxe));

        assertEquals(XliffUnreadable.Reason.DOCTYPE, refused.reason());
    }

    @Test
    void aBillionLaughsFileIsRefusedByItsDoctypeBeforeAnyEntityIsExpanded() {
        StringBuilder doctype = new StringBuilder("<!DOCTYPE xliff [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            doctype.append("<!ENTITY lol").append(i).append(" \"");
            doctype.append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        doctype.append("]>");
        String bomb = HEAD + doctype + XLIFF2
                + "<unit id=\"u\"><segment><source>&lol9;</source></segment></unit></file></xliff>";

        XliffUnreadable refused = assertThrows(XliffUnreadable.class, () -> read(bomb));

        assertEquals(XliffUnreadable.Reason.DOCTYPE, refused.reason());
    }

    @Test
    void anUndeclaredEntityIsNotWellFormed() {
        String xml = HEAD + XLIFF2 + "<unit id=\"u\"><segment><source>&nbsp;</source></segment></unit></file></xliff>";

        assertThrows(XliffUnreadable.class, () -> read(xml));
    }

    @Test
    void aFileThatIsNotWellFormedSaysOnWhichLine() {
        String xml = HEAD + XLIFF2 + "\n<unit id=\"u\"><segment><source>a</target></segment></unit></file></xliff>";

        XliffUnreadable refused = assertThrows(XliffUnreadable.class, () -> read(xml));

        assertEquals(XliffUnreadable.Reason.NOT_WELL_FORMED, refused.reason());
        assertEquals(3, refused.line());
    }

    @Test
    void xmlThatIsNotXliffAndAnotherVersionAreRefused() {
        assertEquals(
                XliffUnreadable.Reason.NOT_XLIFF,
                assertThrows(XliffUnreadable.class, () -> read(HEAD + "<html><body/></html>"))
                        .reason());
        assertEquals(
                XliffUnreadable.Reason.VERSION,
                assertThrows(
                                XliffUnreadable.class,
                                () -> read(HEAD + "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:1.2\""
                                        + " version=\"1.1\"/>"))
                        .reason());
    }

    @Test
    void aFileLargerThanTheLimitIsRefusedWithoutReadingTheRest() {
        String large = HEAD + XLIFF2 + "<unit id=\"u\"><segment><source>" + "a".repeat(4096)
                + "</source></segment></unit></file></xliff>";

        XliffTooLarge refused = assertThrows(XliffTooLarge.class, () -> new XliffReader(2048).read(stream(large)));

        assertEquals(2048, refused.maxBytes());
    }

    @Test
    void codesOfXliff2AndXliff12AreReadByIdAndAnnotationsReadThrough() {
        ReceivedFile two = read(HEAD + XLIFF2 + "<unit id=\"u\"><segment><source>s</source><target><pc id=\"1\">"
                + "A <mrk id=\"m\" translate=\"no\">B</mrk><sc id=\"2\"/>C<ec startRef=\"2\"/><ph id=\"3\"/></pc>"
                + "</target></segment></unit></file></xliff>");
        ReceivedFile twelve = read(HEAD + "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:1.2\" version=\"1.2\">"
                + "<file original=\"o\" source-language=\"zh-CN\" target-language=\"en\" datatype=\"plaintext\">"
                + "<body><trans-unit id=\"t\"><source>s</source><target><g id=\"1\">A<x id=\"2\"/></g></target>"
                + "<context-group><context context-type=\"x-source-fingerprint\">abc</context></context-group>"
                + "</trans-unit></body></file></xliff>");

        InlineText target = two.units().get(0).target().orElseThrow();
        assertEquals("1 2 /2 3/ /1", target.codeList());
        assertEquals("A BC", target.words());
        assertEquals(Optional.of("en"), two.targetLocale());
        ReceivedFile.ReceivedUnit unit = twelve.units().get(0);
        assertEquals("1 2/ /1", unit.target().orElseThrow().codeList());
        assertEquals(Optional.of("abc"), unit.fingerprint());
        assertEquals(Optional.of("zh-CN"), twelve.sourceLocale());
        assertTrue(twelve.originals().contains("o"));
    }

    @Test
    void aUnitTranslatedInSomeSegmentsOnlyHasNoTarget() {
        ReceivedFile file = read(HEAD + XLIFF2 + "<unit id=\"u\"><segment><source>a</source><target>A</target>"
                + "</segment><ignorable><source> </source></ignorable><segment><source>b</source></segment>"
                + "</unit></file></xliff>");

        ReceivedFile.ReceivedUnit unit = file.units().get(0);
        assertTrue(unit.partlyTarget());
        assertTrue(unit.target().isEmpty());
        assertEquals("a b", unit.source().words());
    }
}
