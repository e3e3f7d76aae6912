package org.bulletincms.it.sources;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The smallest WordprocessingML package that Tika detects as DOCX and hands to POI: content types, the package
 * relationship and {@code word/document.xml}, whose bytes the caller streams, so that a hostile main part never has
 * to be held in memory.
 */
final class DocxPackage {

    static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /** The WordprocessingML namespace, to be bound to {@code w:} on the root of the main part. */
    static final String W_NAMESPACE = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private static final String CONTENT_TYPES = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
             <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
             <Default Extension="xml" ContentType="application/xml"/>
             <Override PartName="/word/document.xml" \
            ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
            </Types>
            """;

    private static final String PACKAGE_RELATIONSHIPS = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
             <Relationship Id="rId1" \
            Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
            Target="word/document.xml"/>
            </Relationships>
            """;

    /** Writes the bytes of {@code word/document.xml}; the stream is the zip entry's, not to be closed. */
    @FunctionalInterface
    interface MainPart {
        void writeTo(OutputStream out) throws IOException;
    }

    private DocxPackage() {}

    static Path write(Path file, MainPart mainPart) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            // The best ratio makes a bomb smaller; for ordinary parts it costs nothing measurable.
            zip.setLevel(Deflater.BEST_COMPRESSION);
            add(zip, "[Content_Types].xml", CONTENT_TYPES);
            add(zip, "_rels/.rels", PACKAGE_RELATIONSHIPS);
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            mainPart.writeTo(zip);
            zip.closeEntry();
        }
        return file;
    }

    /** A main part given whole, for documents small enough to hold. */
    static Path write(Path file, String documentXml) throws IOException {
        return write(file, out -> out.write(documentXml.getBytes(StandardCharsets.UTF_8)));
    }

    private static void add(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
