package org.bulletincms.it.sources;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Documents built to hurt a parser, each written into a directory the test owns. The name each method gives its file
 * is the name to upload it under: for some of them the mismatch between name and bytes is the point.
 */
public final class HostileSources {

    /** In the local file that {@link #externalEntityFileDocx} points at: must never appear in extracted text. */
    public static final String XXE_SECRET_MARKER = "BULLETIN-XXE-SECRET-4f1c9a";

    /** The least that the zip bomb's {@code word/document.xml} inflates to (it is a little more). */
    public static final long ZIP_BOMB_MIN_INFLATED_BYTES = 1L << 30;

    /** How deep {@link #deeplyNestedHtml} nests its {@code <div>} elements. */
    public static final int HTML_NESTING_DEPTH = 100_000;

    public static final String PDF_OWNER_PASSWORD = "bulletin-owner";
    public static final String PDF_USER_PASSWORD = "bulletin-user";

    /** The text of the PDFs built here; Latin only, because PDFBox's standard fonts have no Chinese. */
    public static final String LATIN_PDF_TEXT = "Sustainable public procurement: monitoring report";

    /** Repeated in the zip bomb; a whole number of these is written, so the XML stays well-formed. */
    private static final String ZIP_BOMB_PARAGRAPH =
            "<w:p><w:r><w:t>可持续公共采购 Sustainable public procurement. </w:t></w:r></w:p>";

    private static final int ZIP_BOMB_CHUNK_BYTES = 1 << 20;

    private HostileSources() {}

    /** {@code empty.pdf}: zero bytes. */
    public static Path emptyFile(Path dir) throws IOException {
        return Files.write(dir.resolve("empty.pdf"), new byte[0]);
    }

    /**
     * {@code report.pdf} that is a Linux executable: a valid ELF64 header (x86-64, type EXEC) and some code-like
     * bytes, never a PDF. Tika detects it as {@code application/x-executable} whatever the name says.
     */
    public static Path executableNamedPdf(Path dir) throws IOException {
        ByteBuffer elf = ByteBuffer.allocate(4096).order(ByteOrder.LITTLE_ENDIAN);
        elf.put(new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0}).put(new byte[8]); // 64-bit, little-endian, SysV
        elf.putShort((short) 2).putShort((short) 0x3E).putInt(1); // executable, x86-64, version 1
        elf.putLong(0x401000).putLong(64).putLong(0); // entry point, program headers right after, no sections
        elf.putInt(0).putShort((short) 64).putShort((short) 56).putShort((short) 1); // header sizes, one segment
        elf.putShort((short) 64).putShort((short) 0).putShort((short) 0);
        while (elf.hasRemaining()) {
            elf.put((byte) 0x90); // x86 NOP, so the rest is not all zeros
        }
        return Files.write(dir.resolve("report.pdf"), elf.array());
    }

    /** {@code report.docx} that is a real PDF: the bytes decide the type, not the name. */
    public static Path pdfNamedDocx(Path dir) throws IOException {
        Path file = dir.resolve("report.docx");
        try (PDDocument pdf = latinPdf()) {
            pdf.save(file.toFile());
        }
        return file;
    }

    /**
     * {@code encrypted.pdf}: AES-256 with an owner and a user password ({@link #PDF_OWNER_PASSWORD},
     * {@link #PDF_USER_PASSWORD}), so it cannot be read without the user password.
     */
    public static Path encryptedPdf(Path dir) throws IOException {
        Path file = dir.resolve("encrypted.pdf");
        try (PDDocument pdf = latinPdf()) {
            StandardProtectionPolicy policy =
                    new StandardProtectionPolicy(PDF_OWNER_PASSWORD, PDF_USER_PASSWORD, new AccessPermission());
            policy.setEncryptionKeyLength(256);
            pdf.protect(policy);
            pdf.save(file.toFile());
        }
        return file;
    }

    /**
     * {@code zip-bomb.docx}: a valid DOCX of about 4 MB whose {@code word/document.xml} inflates to more than
     * {@link #ZIP_BOMB_MIN_INFLATED_BYTES} of paragraphs. Streamed through the deflater, so writing it needs 1 MB of
     * memory and about 2 s.
     */
    public static Path zipBombDocx(Path dir) throws IOException {
        byte[] chunk = repeatedParagraphs();
        return DocxPackage.write(dir.resolve("zip-bomb.docx"), out -> {
            out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document xmlns:w=\""
                            + DocxPackage.W_NAMESPACE + "\"><w:body>")
                    .getBytes(StandardCharsets.UTF_8));
            for (long written = 0; written < ZIP_BOMB_MIN_INFLATED_BYTES; written += chunk.length) {
                out.write(chunk);
            }
            out.write("</w:body></w:document>".getBytes(StandardCharsets.UTF_8));
        });
    }

    /**
     * {@code billion-laughs.docx}: ten nested internal entities in {@code word/document.xml}, which would expand to
     * 10⁹ × "lol" (3 GB) in a parser that allows a DOCTYPE and does not cap entity expansion.
     */
    public static Path billionLaughsDocx(Path dir) throws IOException {
        StringBuilder entities = new StringBuilder(" <!ENTITY lol0 \"lol\">\n");
        for (int level = 1; level <= 9; level++) {
            entities.append(" <!ENTITY lol").append(level).append(" \"");
            entities.append(("&lol" + (level - 1) + ";").repeat(10)).append("\">\n");
        }
        return DocxPackage.write(
                dir.resolve("billion-laughs.docx"), documentWithDoctype("[\n" + entities + "]", "&lol9;"));
    }

    /**
     * {@code xxe-file.docx}: an external entity in {@code word/document.xml} that points at a local file, written
     * next to it as {@code xxe-secret.txt} with {@link #XXE_SECRET_MARKER}. A parser that resolves external
     * entities puts the marker into the extracted text.
     */
    public static Path externalEntityFileDocx(Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("xxe-secret.txt"), XXE_SECRET_MARKER, StandardCharsets.UTF_8);
        return DocxPackage.write(
                dir.resolve("xxe-file.docx"),
                documentWithDoctype(
                        "[\n <!ENTITY secret SYSTEM \""
                                + secret.toAbsolutePath().toUri() + "\">\n]",
                        "&secret;"));
    }

    /**
     * {@code xxe-http.docx}: {@code word/document.xml} reaches for {@code http://127.0.0.1:<port>/xxe/…} three ways,
     * an external DTD, a parameter entity (fetched while the DTD is read, even if nothing uses it) and a general
     * entity in the text, so that a test listening on {@code port} sees a connection if any of them is resolved.
     */
    public static Path externalEntityHttpDocx(Path dir, int port) throws IOException {
        String base = "http://127.0.0.1:" + port + "/xxe/";
        String doctype = "SYSTEM \"" + base + "dtd\" [\n"
                + " <!ENTITY % remote SYSTEM \"" + base + "parameter-entity\">\n"
                + " %remote;\n"
                + " <!ENTITY fetched SYSTEM \"" + base + "general-entity\">\n"
                + "]";
        return DocxPackage.write(dir.resolve("xxe-http.docx"), documentWithDoctype(doctype, "&fetched;"));
    }

    /**
     * {@code nested.html}: {@link #HTML_NESTING_DEPTH} nested {@code <div>} elements around one sentence, for
     * parsers and sanitisers that recurse per element (about 1 MB).
     */
    public static Path deeplyNestedHtml(Path dir) throws IOException {
        String html = "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Nested</title></head><body>"
                + "<div>".repeat(HTML_NESTING_DEPTH) + "At the bottom of the nesting."
                + "</div>".repeat(HTML_NESTING_DEPTH) + "</body></html>\n";
        return Files.writeString(dir.resolve("nested.html"), html, StandardCharsets.UTF_8);
    }

    private static String documentWithDoctype(String doctype, String text) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<!DOCTYPE w:document " + doctype + ">\n"
                + "<w:document xmlns:w=\"" + DocxPackage.W_NAMESPACE + "\"><w:body>"
                + "<w:p><w:r><w:t>Before the entity. " + text + " After the entity.</w:t></w:r></w:p>"
                + "</w:body></w:document>\n";
    }

    private static byte[] repeatedParagraphs() {
        int paragraphBytes = ZIP_BOMB_PARAGRAPH.getBytes(StandardCharsets.UTF_8).length;
        return ZIP_BOMB_PARAGRAPH.repeat(ZIP_BOMB_CHUNK_BYTES / paragraphBytes).getBytes(StandardCharsets.UTF_8);
    }

    private static PDDocument latinPdf() throws IOException {
        PDDocument pdf = new PDDocument();
        PDPage page = new PDPage();
        pdf.addPage(page);
        pdf.getDocumentInformation().setTitle(LATIN_PDF_TEXT);
        try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
            content.beginText();
            content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
            content.newLineAtOffset(72, 720);
            content.showText(LATIN_PDF_TEXT);
            content.endText();
        }
        return pdf;
    }
}
