package org.bulletincms.exchange;

import java.util.List;

/**
 * What the memory offers one text of an issue in the translation view: matches for the text as a whole (on the
 * unit) and, for a rich text of several paragraphs, for each of its paragraphs.
 *
 * @param unit       the text, with its matches
 * @param paragraphs its paragraphs that have matches, in order; empty for other texts
 */
public record MemorySuggestions(ExchangeUnit unit, List<ParagraphMatches> paragraphs) {

    public MemorySuggestions {
        paragraphs = List.copyOf(paragraphs);
    }

    public boolean isEmpty() {
        return unit.matches().isEmpty() && paragraphs.isEmpty();
    }
}
