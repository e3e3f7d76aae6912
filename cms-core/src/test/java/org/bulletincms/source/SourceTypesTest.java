package org.bulletincms.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceTypesTest {

    @TempDir
    Path dir;

    private final SourceTypes types = new SourceTypes();

    @Test
    void pdfIsKnownByItsHeaderWhateverItsName() throws IOException {
        Path file = dir.resolve("report.docx");
        Files.writeString(file, "%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n");
        assertEquals("application/pdf", types.detect(file));
    }

    @Test
    void executableNamedPdfIsAnExecutable() throws IOException {
        Path file = dir.resolve("report.pdf");
        Files.write(file, new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3e, 0});
        assertEquals("application/x-executable", types.detect(file));
    }

    @Test
    void officeOpenXmlKindsAreToldApartByTheirMainPart() throws IOException {
        assertEquals(SourceType.DOCX.mediaType(), types.detect(ooxml("word/document.xml")));
        assertEquals(SourceType.XLSX.mediaType(), types.detect(ooxml("xl/workbook.xml")));
        assertEquals(SourceType.PPTX.mediaType(), types.detect(ooxml("ppt/presentation.xml")));
    }

    @Test
    void aPlainZipIsNotASourceType() throws IOException {
        Path file = dir.resolve("archive.docx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("hello".getBytes(StandardCharsets.UTF_8));
        }
        assertEquals(java.util.Optional.empty(), SourceType.ofMediaType(types.detect(file)));
    }

    @Test
    void htmlAndTextAreRecognised() throws IOException {
        Path html = dir.resolve("page.txt");
        Files.writeString(html, "<!DOCTYPE html><html><head><title>x</title></head><body><p>可持续</p></body></html>");
        assertEquals("text/html", types.detect(html));
        Path text = dir.resolve("notes.pdf");
        Files.writeString(text, "可持续公共采购 sustainable public procurement\n");
        assertEquals("text/plain", types.detect(text));
    }

    private Path ooxml(String mainPart) throws IOException {
        Path file = dir.resolve(mainPart.replace('/', '_') + ".bin");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                            + "content-types\"></Types>")
                    .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("_rels/.rels"));
            zip.write("<Relationships/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry(mainPart));
            OutputStream out = zip;
            out.write("<x/>".getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }
}
