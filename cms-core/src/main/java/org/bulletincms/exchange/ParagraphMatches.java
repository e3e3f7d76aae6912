package org.bulletincms.exchange;

import java.util.List;

/**
 * What the memory offers one paragraph of a rich text of several paragraphs (a paragraph is a segment of its own, as
 * CAT tools segment a text): its exact match, if any, then its near matches. The translation view shows them as
 * suggestions; the XLIFF export writes them beside the unit, pointing at the paragraph.
 *
 * @param paragraph its place in the text, from 1
 * @param source    the paragraph, numbered afresh as a text of its own
 * @param matches   the exact match first, then near matches, most similar first
 */
public record ParagraphMatches(int paragraph, InlineText source, List<MemoryMatch> matches) {

    public ParagraphMatches {
        matches = List.copyOf(matches);
    }
}
