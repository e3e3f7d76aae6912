package org.bulletincms.bench;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One file's extraction as the benchmark compares the two paths: its pages and the length of its XHTML body. Pages are
 * Tika's {@code <div class="page">} (what the product numbers pages by); a format without page marks (DOCX)
 * counts the pages its metadata declares (LibreOffice writes them), so that a DOCX page weighs like a PDF page.
 */
record Extraction(int pages, int characters) {

    private static final Pattern PAGE = Pattern.compile("<div class=\"page\">");

    /** The body: the head differs between the paths (a parser process adds what its fetcher knew of the file). */
    private static String body(String xhtml) {
        int start = xhtml.indexOf("<body");
        int end = xhtml.lastIndexOf("</body>");
        return start >= 0 && end > start ? xhtml.substring(start, end) : xhtml;
    }

    static Extraction of(String xhtml, String declaredPages) {
        int pages = 0;
        for (Matcher page = PAGE.matcher(xhtml); page.find(); ) {
            pages++;
        }
        if (pages == 0 && declaredPages != null) {
            try {
                pages = Integer.parseInt(declaredPages.strip());
            } catch (NumberFormatException e) {
                pages = 0;
            }
        }
        return new Extraction(Math.max(pages, 1), body(xhtml).length());
    }
}
