package org.bulletincms.delivery;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Makes a PDF's text say 目录, not ⽬录. Noto Sans SC draws a Kangxi radical (U+2F6C ⽬) and the ideograph it
 * looks like (U+76EE 目) with one glyph, and PDFBox names each embedded glyph by the lowest code point that maps to
 * it, the radical: text copied, searched or read aloud from the PDF, and {@code pdftotext}, would have radicals in
 * place of 一, 目, 日, 首… This rewrites each font's text map ({@code ToUnicode}) so that a glyph of a Kangxi
 * radical is named by its compatibility equivalent (NFKC), the ideograph. A seed issue has no Kangxi radical of
 * its own; one would now read as its ideograph, which is what it means.
 */
final class IdeographTextMap {

    private static final Pattern BFCHAR = Pattern.compile("<([0-9A-Fa-f]+)>\\s*<([0-9A-Fa-f]+)>");
    private static final Pattern BFRANGE = Pattern.compile("<([0-9A-Fa-f]+)>\\s*<([0-9A-Fa-f]+)>\\s*<([0-9A-Fa-f]+)>");
    private static final Pattern SECTION = Pattern.compile("\\d+\\s+begin(bfchar|bfrange)(.*?)end\\1", Pattern.DOTALL);
    private static final HexFormat HEX = HexFormat.of().withUpperCase();
    private static final int ENTRIES_PER_SECTION = 100;

    private IdeographTextMap() {}

    /** The PDF with the text maps of its fonts naming ideographs; the same bytes if no map names a radical. */
    static byte[] of(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            boolean changed = false;
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    if (font instanceof PDType0Font
                            && font.getCOSObject().getDictionaryObject(COSName.TO_UNICODE) instanceof COSStream map) {
                        changed |= rewrite(map);
                    }
                }
            }
            if (!changed) {
                return pdf;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot rewrite the print PDF's text maps", e);
        }
    }

    /** Rewrites one text map if it names a radical; a font shared by pages is rewritten once. */
    private static boolean rewrite(COSStream map) throws IOException {
        String cmap;
        try (var in = map.createInputStream()) {
            cmap = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
        Map<Integer, String> names = new TreeMap<>();
        Matcher section = SECTION.matcher(cmap);
        int firstSection = -1;
        int lastSection = -1;
        while (section.find()) {
            if (firstSection < 0) {
                firstSection = section.start();
            }
            lastSection = section.end();
            if (section.group(1).equals("bfchar")) {
                Matcher entry = BFCHAR.matcher(section.group(2));
                while (entry.find()) {
                    names.put(Integer.parseInt(entry.group(1), 16), text(entry.group(2)));
                }
            } else {
                Matcher entry = BFRANGE.matcher(section.group(2));
                while (entry.find()) {
                    int low = Integer.parseInt(entry.group(1), 16);
                    int high = Integer.parseInt(entry.group(2), 16);
                    byte[] first = HEX.parseHex(entry.group(3));
                    for (int code = low; code <= high; code++) {
                        byte[] name = first.clone();
                        name[name.length - 1] += (byte) (code - low);
                        names.put(code, new String(name, StandardCharsets.UTF_16BE));
                    }
                }
            }
        }
        if (firstSection < 0 || names.values().stream().noneMatch(IdeographTextMap::namesARadical)) {
            return false;
        }
        StringBuilder sections = new StringBuilder();
        var entries = names.entrySet().stream().toList();
        for (int from = 0; from < entries.size(); from += ENTRIES_PER_SECTION) {
            var chunk = entries.subList(from, Math.min(entries.size(), from + ENTRIES_PER_SECTION));
            sections.append(chunk.size()).append(" beginbfchar\n");
            for (var entry : chunk) {
                sections.append('<')
                        .append(String.format("%04X", entry.getKey()))
                        .append("> <")
                        .append(HEX.formatHex(ideographs(entry.getValue()).getBytes(StandardCharsets.UTF_16BE)))
                        .append(">\n");
            }
            sections.append("endbfchar\n");
        }
        String rewritten = cmap.substring(0, firstSection) + sections + cmap.substring(lastSection);
        try (OutputStream out = map.createOutputStream()) {
            out.write(rewritten.getBytes(StandardCharsets.ISO_8859_1));
        }
        return true;
    }

    private static String text(String hex) {
        return new String(HEX.parseHex(hex), StandardCharsets.UTF_16BE);
    }

    private static boolean namesARadical(String text) {
        return text.codePoints().anyMatch(IdeographTextMap::kangxiRadical);
    }

    private static String ideographs(String text) {
        StringBuilder result = new StringBuilder();
        text.codePoints()
                .forEach(point -> result.append(
                        kangxiRadical(point)
                                ? Normalizer.normalize(Character.toString(point), Normalizer.Form.NFKC)
                                : Character.toString(point)));
        return result.toString();
    }

    private static boolean kangxiRadical(int codePoint) {
        return codePoint >= 0x2F00 && codePoint <= 0x2FDF;
    }
}
