package org.bulletincms.source;

import java.util.List;
import java.util.OptionalInt;

/**
 * The paragraphs of one page of a paged source (a PDF: {@code number} is the page a quote cites as "p. 12"),
 * or of the whole of a source without pages ({@code number} empty).
 */
public record ExtractedPage(OptionalInt number, List<Paragraph> paragraphs) {

    public ExtractedPage {
        paragraphs = List.copyOf(paragraphs);
    }

    /** The page as plain text, paragraphs separated by blank lines. */
    public String text() {
        StringBuilder text = new StringBuilder();
        for (Paragraph paragraph : paragraphs) {
            if (!text.isEmpty()) {
                text.append("\n\n");
            }
            text.append(paragraph.text());
        }
        return text.toString();
    }
}
