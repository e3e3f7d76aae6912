package org.bulletincms.source;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;

/**
 * Reads a stored upload's type from its bytes, never from its name: Tika's magic numbers, the OpenDocument zip
 * detector, and for Office Open XML the names of the zip's parts. Nothing is parsed here; only a few bytes and a
 * zip's directory are read, so this is safe to run inside the server on untrusted files.
 */
@ApplicationScoped
public class SourceTypes {

    private static final String OOXML = "application/x-tika-ooxml";

    private final Detector detector = TikaConfig.getDefaultConfig().getDetector();

    /** The media type the bytes say, e.g. {@code application/pdf}, {@code application/x-executable}. */
    public String detect(Path file) {
        try (InputStream in = TikaInputStream.get(file)) {
            MediaType type = detector.detect(in, new Metadata());
            String detected = type.getBaseType().toString();
            return OOXML.equals(detected) ? officeOpenXmlKind(file) : detected;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Tells DOCX, XLSX and PPTX apart by their main part, as Office itself does: the word/, xl/ or ppt/ folder.
     * (Tika's own OOXML detector needs Apache POI, which stays out of the server.)
     */
    private static String officeOpenXmlKind(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                String name = entries.nextElement().getName();
                if (name.equals("word/document.xml")) {
                    return SourceType.DOCX.mediaType();
                }
                if (name.equals("xl/workbook.xml")) {
                    return SourceType.XLSX.mediaType();
                }
                if (name.equals("ppt/presentation.xml")) {
                    return SourceType.PPTX.mediaType();
                }
            }
            return OOXML;
        } catch (IOException e) {
            return "application/zip";
        }
    }
}
