package org.bulletincms.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bulletincms.sectiontype.InstalledSectionTypes;
import org.junit.jupiter.api.Test;

/**
 * The print PDF of the sample edition, laid out from its web page without a container: A4, tagged, titled and in
 * the page's language; a cover, the contents with page numbers, and the issue label and page number on every page
 * after the cover; only embedded fonts. The items' own rendering is the web page's ({@link WebEditionPageTest}).
 */
class PrintEditionTest {

    private static final String LABEL = "2024年第2期 总第16期";
    private static final byte[] PDF = PrintEdition.of(
            WebEditionPage.of(
                    SampleEdition.snapshot(),
                    SampleEdition.publication(),
                    SampleEdition.ZH,
                    InstalledSectionTypes.of(List.of())),
            name -> Optional.empty());

    @Test
    void isATaggedA4DocumentWithTheIssuesTitleAndLanguage() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(PDF)) {
            PDPage first = pdf.getPage(0);
            assertEquals(595, Math.round(first.getMediaBox().getWidth()), "A4 is 210 mm (595 pt) wide");
            assertEquals(842, Math.round(first.getMediaBox().getHeight()), "and 297 mm (842 pt) high");
            assertEquals("zh-CN", pdf.getDocumentCatalog().getLanguage());
            assertTrue(pdf.getDocumentCatalog().getMarkInfo().isMarked(), "tagged");
            assertNotNull(pdf.getDocumentCatalog().getStructureTreeRoot(), "with a structure tree");
            assertEquals("可持续公共采购计划简报 " + LABEL, pdf.getDocumentInformation().getTitle());
        }
    }

    @Test
    void theCoverHasTheMastheadAndTheIssueLabelAndNothingElse() throws IOException {
        String cover = pages().get(0);

        assertTrue(cover.contains("可持续公共采购计划简报"), cover);
        assertTrue(cover.contains(LABEL), cover);
        assertFalse(cover.contains("目录"), cover);
        assertFalse(Pattern.compile("\\d+ / \\d+").matcher(cover).find(), "no page number on the cover: " + cover);
    }

    @Test
    void theContentsFollowTheCoverWithAPageNumberForEveryEntry() throws IOException {
        List<String> pages = pages();
        String contents = pages.get(1);

        assertTrue(contents.contains("目录"), contents);
        List<String> entries = contents.lines()
                .filter(line -> line.contains("."))
                .filter(line -> !line.startsWith(LABEL))
                .toList();
        assertFalse(entries.isEmpty(), contents);
        for (String entry : entries) {
            assertTrue(
                    Pattern.compile("\\.+\\s*([3-9]|[1-9][0-9])$")
                            .matcher(entry.strip())
                            .find(),
                    () -> "a contents entry ends with the page it is on (after the cover and the contents): " + entry);
        }
    }

    @Test
    void everyPageAfterTheCoverCarriesTheIssueLabelAndItsNumber() throws IOException {
        List<String> pages = pages();

        assertTrue(pages.size() >= 3, "cover, contents, rubrics: " + pages.size() + " pages");
        for (int page = 2; page <= pages.size(); page++) {
            String text = pages.get(page - 1);
            assertTrue(text.strip().startsWith(LABEL), "page " + page + " begins with the issue label: " + text);
            assertTrue(text.contains(page + " / " + pages.size()), "page " + page + " says its number: " + text);
        }
    }

    @Test
    void everyFontIsEmbeddedAndChineseIsSetInNotoSansSc() throws IOException {
        List<String> fonts = new ArrayList<>();
        try (PDDocument pdf = Loader.loadPDF(PDF)) {
            for (PDPage page : pdf.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    assertTrue(font.isEmbedded(), font.getName() + " is embedded");
                    assertTrue(font instanceof PDType0Font, font.getName() + " is a Type 0 (CID) font");
                    fonts.add(font.getName());
                }
            }
        }
        assertTrue(fonts.stream().anyMatch(name -> name.contains("NotoSansSC")), fonts.toString());
    }

    @Test
    void theTextNamesIdeographsAndDashesNotTheRadicalsAndTwoEmDashThatShareTheirGlyphs() throws IOException {
        String html = "<!DOCTYPE html><html lang=\"zh-CN\"><head><title>目录</title></head><body>"
                + "<p>常见的部门目录：一日首，宜可城——地方</p></body></html>";
        try (PDDocument pdf = Loader.loadPDF(
                PrintEdition.of(html.getBytes(java.nio.charset.StandardCharsets.UTF_8), name -> Optional.empty()))) {
            String text = new PDFTextStripper().getText(pdf).strip();

            assertEquals("常见的部门目录：一日首，宜可城——地方", text);
        }
        for (String page : pages()) {
            assertFalse(
                    page.codePoints().anyMatch(point -> point >= 0x2E80 && point <= 0x2FDF),
                    "no radical in the sample's text: " + page);
        }
    }

    @Test
    void anItemsPictureIsEmbeddedFromTheRenditionAtLeast1024PixelsWideAndNothingElseIsLoaded() throws Exception {
        String narrow = "a".repeat(64) + ".png";
        String print = "b".repeat(64) + ".png";
        String widest = "c".repeat(64) + ".png";
        String html = "<!DOCTYPE html><html lang=\"en\"><head><title>Pictures</title></head><body>"
                + "<figure class=\"picture\"><img alt=\"Street lights\" src=\"https://b.example/m/" + narrow
                + "\" srcset=\"https://b.example/m/" + narrow + " 640w, https://b.example/m/" + widest
                + " 2048w, https://b.example/m/" + print + " 1024w\" width=\"1200\" height=\"700\"></figure>"
                + "<p><img alt=\"tracker\" src=\"https://tracker.example/pixel.png\"></p></body></html>";
        List<String> asked = new ArrayList<>();
        byte[] bytes = png(1024, 597);

        byte[] pdf = PrintEdition.of(html.getBytes(java.nio.charset.StandardCharsets.UTF_8), name -> {
            asked.add(name);
            return name.equals(print) ? Optional.of(bytes) : Optional.empty();
        });

        assertEquals(List.of(print), asked);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDResources resources = document.getPage(0).getResources();
            List<COSName> images = new ArrayList<>();
            for (COSName name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject) {
                    images.add(name);
                }
            }
            assertEquals(1, images.size(), "the picture, not the tracker");
        }
    }

    private static byte[] png(int width, int height) throws IOException {
        java.awt.image.BufferedImage image =
                new java.awt.image.BufferedImage(width, height, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static List<String> pages() throws IOException {
        List<String> pages = new ArrayList<>();
        try (PDDocument pdf = Loader.loadPDF(PDF)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(pdf));
            }
        }
        return pages;
    }
}
