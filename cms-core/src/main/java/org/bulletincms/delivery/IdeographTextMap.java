package org.bulletincms.delivery;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Makes a PDF's text say 目录 and 常见, not ⽬录 and 常⻅. Noto Sans SC draws a radical (U+2F6C ⽬, U+2EC5 ⻅) and the
 * ideograph it looks like (U+76EE 目, U+89C1 见) with one glyph, and PDFBox names each embedded glyph by the lowest
 * code point that maps to it, the radical: text copied, searched or read aloud from the PDF, and {@code pdftotext},
 * would have radicals in place of 一, 目, 日, 见, 门… This rewrites each font's text map ({@code ToUnicode}) so that
 * a glyph the font shares between a radical and an ideograph is named by the ideograph (found in the font's own
 * character map; else the radical's compatibility equivalent, NFKC). A seed issue has no radical of its own; one
 * would now read as its ideograph, which is what it means. The Chinese dash ‘——’, one glyph for two em dashes,
 * is named by the two dashes.
 */
final class IdeographTextMap {

    private static final Pattern BFCHAR = Pattern.compile("<([0-9A-Fa-f]+)>\\s*<([0-9A-Fa-f]+)>");
    private static final Pattern BFRANGE = Pattern.compile("<([0-9A-Fa-f]+)>\\s*<([0-9A-Fa-f]+)>\\s*<([0-9A-Fa-f]+)>");
    private static final Pattern SECTION = Pattern.compile("\\d+\\s+begin(bfchar|bfrange)(.*?)end\\1", Pattern.DOTALL);
    private static final HexFormat HEX = HexFormat.of().withUpperCase();
    private static final int ENTRIES_PER_SECTION = 100;

    /**
     * The font draws the Chinese dash ‘——’ (two U+2014) as one glyph, which PDFBox names U+2E3A TWO-EM DASH: text
     * taken from the PDF reads as the two dashes that were written.
     */
    private static final int TWO_EM_DASH = 0x2E3A;

    private static final int THREE_EM_DASH = 0x2E3B;

    /** The ideograph that shares its glyph with each radical, in the print fonts' character map. */
    private static final Map<Integer, Integer> IDEOGRAPH_OF_RADICAL = ideographsOfRadicals();

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
        return text.codePoints().anyMatch(point -> radical(point) || point == TWO_EM_DASH || point == THREE_EM_DASH);
    }

    private static String ideographs(String text) {
        StringBuilder result = new StringBuilder();
        text.codePoints().forEach(point -> {
            if (point == TWO_EM_DASH) {
                result.append("\u2014\u2014");
            } else if (point == THREE_EM_DASH) {
                result.append("\u2014\u2014\u2014");
            } else if (!radical(point)) {
                result.appendCodePoint(point);
            } else if (IDEOGRAPH_OF_RADICAL.containsKey(point)) {
                result.appendCodePoint(IDEOGRAPH_OF_RADICAL.get(point));
            } else {
                result.append(Normalizer.normalize(Character.toString(point), Normalizer.Form.NFKC));
            }
        });
        return result.toString();
    }

    /** CJK Radicals Supplement and Kangxi Radicals. */
    private static boolean radical(int codePoint) {
        return codePoint >= 0x2E80 && codePoint <= 0x2FDF;
    }

    /** CJK Unified Ideographs and their extensions (not the compatibility ideographs). */
    private static boolean unifiedIdeograph(int codePoint) {
        return (codePoint >= 0x4E00 && codePoint <= 0x9FFF)
                || (codePoint >= 0x3400 && codePoint <= 0x4DBF)
                || (codePoint >= 0x20000 && codePoint <= 0x3FFFF);
    }

    private static Map<Integer, Integer> ideographsOfRadicals() {
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(PrintFonts.chinese()))) {
            CmapLookup characters = font.getUnicodeCmapLookup();
            Map<Integer, Integer> ideographs = new HashMap<>();
            for (int radical = 0x2E80; radical <= 0x2FDF; radical++) {
                int glyph = characters.getGlyphId(radical);
                List<Integer> shared = glyph == 0 ? null : characters.getCharCodes(glyph);
                if (shared != null) {
                    int of = radical;
                    shared.stream()
                            .filter(IdeographTextMap::unifiedIdeograph)
                            .findFirst()
                            .ifPresent(ideograph -> ideographs.put(of, ideograph));
                }
            }
            return Map.copyOf(ideographs);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the character map of the print font", e);
        }
    }
}
