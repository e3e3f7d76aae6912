package org.bulletincms.source;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The text of a source, page by page for a paged format, each paragraph with its language.
 *
 * @param paged whether the pages are the source's own (a PDF's) rather than one page standing for the whole text
 */
public record ExtractedText(boolean paged, List<ExtractedPage> pages) {

    /** A language must cover this share of the letters to count among a source's languages. */
    private static final double NOTABLE_SHARE = 0.05;

    public ExtractedText {
        pages = List.copyOf(pages);
    }

    /**
     * The languages the source is written in, most used first: those of at least 5 % of its text, weighed by
     * the length of the paragraphs in each.
     */
    public List<String> languages() {
        Map<String, Long> lengthByLanguage = new LinkedHashMap<>();
        long total = 0;
        for (ExtractedPage page : pages) {
            for (Paragraph paragraph : page.paragraphs()) {
                long length =
                        paragraph.text().codePointCount(0, paragraph.text().length());
                total += length;
                paragraph.language().ifPresent(l -> lengthByLanguage.merge(l, length, Long::sum));
            }
        }
        long all = total;
        List<Map.Entry<String, Long>> notable = new ArrayList<>(lengthByLanguage.entrySet().stream()
                .filter(e -> e.getValue() >= all * NOTABLE_SHARE)
                .toList());
        notable.sort(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()));
        return notable.stream().map(Map.Entry::getKey).toList();
    }

    public boolean isEmpty() {
        return pages.stream().allMatch(p -> p.paragraphs().isEmpty());
    }
}
