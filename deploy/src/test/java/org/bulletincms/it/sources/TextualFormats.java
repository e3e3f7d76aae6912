package org.bulletincms.it.sources;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A {@link Report} in the formats small enough to write by hand: RTF, HTML and plain text, all UTF-8 or ASCII. */
final class TextualFormats {

    private TextualFormats() {}

    /** RTF is 7-bit: everything beyond ASCII is a {@code \\uN?} escape, and {@code \\page} breaks pages. */
    static Path writeRtf(Report report, Path file) throws IOException {
        StringBuilder rtf = new StringBuilder("{\\rtf1\\ansi\\ansicpg1252\\deff0\\uc1\n")
                .append("{\\fonttbl{\\f0\\fnil Noto Serif CJK SC;}}\n")
                .append("{\\info{\\title ")
                .append(rtfText(report.title()))
                .append("}{\\author ")
                .append(rtfText(report.author()))
                .append("}}\n");
        boolean firstPage = true;
        for (Report.Page page : report.pages()) {
            if (!firstPage) {
                rtf.append("\\page\n");
            }
            rtf.append("\\pard\\plain\\f0\\b\\fs28 ")
                    .append(rtfText(page.heading()))
                    .append("\\b0\\par\n");
            for (String paragraph : page.paragraphs()) {
                rtf.append("\\pard\\plain\\f0\\fs24 ")
                        .append(rtfText(paragraph))
                        .append("\\par\n");
            }
            firstPage = false;
        }
        return Files.writeString(file, rtf.append("}\n"), StandardCharsets.US_ASCII);
    }

    static Path writeHtml(Report report, Path file) throws IOException {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"")
                .append(Xml.escape(report.language()))
                .append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(Xml.escape(report.title()))
                .append("</title>\n<meta name=\"author\" content=\"")
                .append(Xml.escape(report.author()))
                .append("\">\n</head>\n<body>\n");
        for (Report.Page page : report.pages()) {
            html.append("<section>\n<h1>").append(Xml.escape(page.heading())).append("</h1>\n");
            page.paragraphs()
                    .forEach(paragraph ->
                            html.append("<p>").append(Xml.escape(paragraph)).append("</p>\n"));
            html.append("</section>\n");
        }
        return Files.writeString(file, html.append("</body>\n</html>\n"), StandardCharsets.UTF_8);
    }

    /** Plain text has no metadata: the title is the first line, and paragraphs are separated by blank lines. */
    static Path writeText(Report report, Path file) throws IOException {
        StringBuilder text = new StringBuilder(report.title()).append("\n\n");
        for (Report.Page page : report.pages()) {
            text.append(page.heading()).append("\n\n");
            page.paragraphs().forEach(paragraph -> text.append(paragraph).append("\n\n"));
        }
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static String rtfText(String text) {
        StringBuilder rtf = new StringBuilder();
        // char by char on purpose: RTF's \\u takes UTF-16 code units, so a supplementary character is two escapes.
        for (char c : text.toCharArray()) {
            if (c == '\\' || c == '{' || c == '}') {
                rtf.append('\\').append(c);
            } else if (c < 0x80) {
                rtf.append(c);
            } else {
                rtf.append("\\u").append((int) (short) c).append('?');
            }
        }
        return rtf.toString();
    }
}
