package org.bulletincms.it.sources;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A {@link Report} as OpenDocument text: flat ({@code .fodt}, one XML file, which LibreOffice converts to PDF and
 * DOCX) or packaged ({@code .odt}). Each page after the first starts with a hard page break, and the metadata
 * (title, initial creator) is what LibreOffice carries into the PDF's and the DOCX's own metadata.
 */
final class OpenDocumentText {

    static final String MEDIA_TYPE = "application/vnd.oasis.opendocument.text";

    private static final String NAMESPACES = " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
            + " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""
            + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
            + " xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\""
            + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
            + " xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\""
            + " office:version=\"1.3\"";

    /**
     * Chinese text in a Chinese font (Debian's fonts-noto-cjk): without the Asian language, LibreOffice falls back
     * to the Japanese cut of Noto CJK. Headings are styled here rather than taken from LibreOffice's defaults so
     * that their size, which decides whether a phrase fits on one line, is ours. Automatic styles only, and
     * without parents, because a packaged ODT's content.xml cannot hold common styles.
     */
    private static final String LANGUAGES = "fo:language=\"en\" fo:country=\"GB\" style:language-asian=\"zh\""
            + " style:country-asian=\"CN\" style:font-family-asian=\"'Noto Serif CJK SC'\"";

    private static final String HEADING_TEXT = "<style:text-properties fo:font-size=\"14pt\" fo:font-weight=\"bold\""
            + " style:font-size-asian=\"14pt\" style:font-weight-asian=\"bold\" " + LANGUAGES + "/>";
    private static final String STYLES = """
             <office:automatic-styles>
              <style:style style:name="Body" style:family="paragraph">
               <style:paragraph-properties fo:margin-bottom="6pt"/>
               <style:text-properties fo:font-size="12pt" style:font-size-asian="12pt" %1$s/>
              </style:style>
              <style:style style:name="Heading" style:family="paragraph">
               <style:paragraph-properties fo:margin-top="0.4cm" fo:margin-bottom="0.2cm"/>
               %2$s
              </style:style>
              <style:style style:name="HeadingOnNewPage" style:family="paragraph">
               <style:paragraph-properties fo:margin-bottom="0.2cm" fo:break-before="page"/>
               %2$s
              </style:style>
             </office:automatic-styles>
            """.formatted(LANGUAGES, HEADING_TEXT);

    private OpenDocumentText() {}

    /** Writes {@code report} as one flat ODT file. */
    static Path writeFlat(Report report, Path file) throws IOException {
        String document = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<office:document" + NAMESPACES + " office:mimetype=\"" + MEDIA_TYPE + "\">\n"
                + meta(report) + STYLES + body(report) + "</office:document>\n";
        return Files.writeString(file, document, StandardCharsets.UTF_8);
    }

    /** Writes {@code report} as a packaged ODT, the way an office suite saves it. */
    static Path writePackage(Report report, Path file) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            // The spec wants "mimetype" first and stored, so that the type can be read at a fixed offset.
            storeMimetype(zip);
            add(zip, "META-INF/manifest.xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" \
                    manifest:version="1.3">
                     <manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/>
                     <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
                     <manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>
                    </manifest:manifest>
                    """.formatted(MEDIA_TYPE));
            add(
                    zip,
                    "meta.xml",
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + "<office:document-meta" + NAMESPACES + ">\n"
                            + meta(report) + "</office:document-meta>\n");
            add(
                    zip,
                    "content.xml",
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                            + "<office:document-content" + NAMESPACES + ">\n" + STYLES + body(report)
                            + "</office:document-content>\n");
        }
        return file;
    }

    private static String meta(Report report) {
        return " <office:meta>\n"
                + "  <dc:title>" + Xml.escape(report.title()) + "</dc:title>\n"
                + "  <meta:initial-creator>" + Xml.escape(report.author()) + "</meta:initial-creator>\n"
                + "  <dc:creator>" + Xml.escape(report.author()) + "</dc:creator>\n"
                + "  <dc:language>" + Xml.escape(report.language()) + "</dc:language>\n"
                + " </office:meta>\n";
    }

    private static String body(Report report) {
        StringBuilder text = new StringBuilder(" <office:body>\n  <office:text>\n");
        boolean firstPage = true;
        for (Report.Page page : report.pages()) {
            String headingStyle = firstPage ? "Heading" : "HeadingOnNewPage";
            text.append("   <text:h text:style-name=\"")
                    .append(headingStyle)
                    .append("\" text:outline-level=\"1\">")
                    .append(Xml.escape(page.heading()))
                    .append("</text:h>\n");
            for (String paragraph : page.paragraphs()) {
                text.append("   <text:p text:style-name=\"Body\">")
                        .append(Xml.escape(paragraph))
                        .append("</text:p>\n");
            }
            firstPage = false;
        }
        return text.append("  </office:text>\n </office:body>\n").toString();
    }

    private static void storeMimetype(ZipOutputStream zip) throws IOException {
        byte[] bytes = MEDIA_TYPE.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(bytes);
        ZipEntry entry = new ZipEntry("mimetype");
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(bytes.length);
        entry.setCrc(crc.getValue());
        zip.putNextEntry(entry);
        zip.write(bytes);
        zip.closeEntry();
    }

    private static void add(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
